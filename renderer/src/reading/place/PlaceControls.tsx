/**
 * The reader's place in the header: where they are (the section and how much is read) in its row, and Back,
 * Forward and Find among the folded tools.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/languages';
import { formatPercent } from '../../../../common/format';
import { currentPosition, onScrollFrame, percentRead, sectionTitle } from './position-in-page';
import './place.css';

/** Where the reader is, as words: "Our work. 42% read." */
export function useDescribePlace(language: Language): () => { section: string; percent: string } {
  const { t } = useTranslation();
  return () => ({
    section: sectionTitle(currentPosition()) ?? t('place.top'),
    percent: formatPercent(percentRead(), language),
  });
}

/** Back, Forward and Find: commands, folded with the other tools. */
export function PlaceCommands({
  canGoBack,
  canGoForward,
  onBack,
  onForward,
  onFind,
}: {
  canGoBack: boolean;
  canGoForward: boolean;
  onBack: () => void;
  onForward: () => void;
  onFind: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="place-controls">
      <div role="group" aria-label={t('place.history')} className="place-history">
        <button type="button" onClick={() => canGoBack && onBack()} aria-disabled={!canGoBack}>
          <span aria-hidden="true">← </span>
          {t('place.back')}
        </button>
        <button type="button" onClick={() => canGoForward && onForward()} aria-disabled={!canGoForward}>
          {t('place.forward')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <button type="button" onClick={onFind}>
        {t('find.open')}
      </button>
    </div>
  );
}

/** Where the reader is, always in the header's row; pressing it says so aloud, as the Where am I shortcut does. */
export function PlaceIndicator({
  language,
  documentKey,
  onWhereAmI,
}: {
  language: Language;
  documentKey: string;
  onWhereAmI: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribePlace(language);
  const [place, setPlace] = useState(describe);
  useEffect(() => {
    const update = () => {
      const next = describe();
      setPlace((previous) =>
        previous.section === next.section && previous.percent === next.percent ? previous : next,
      );
    };
    update();
    return onScrollFrame(update);
    // `describe` is new each render; the place only changes with the scroll, the document or the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentKey, language]);

  return (
    <button type="button" className="place-indicator" onClick={onWhereAmI}>
      <span className="visually-hidden">{t('place.indicator')} </span>
      {place.section} · {t('place.progress', { percent: place.percent })}
    </button>
  );
}
