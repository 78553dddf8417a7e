/**
 * The reader's place on screen: Back, Forward and Find as a row of the header's Tools panel, and where they are
 * (the section and how much is read) as a quiet status line at the foot of the window.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/languages';
import { formatPercent } from '../../../../common/format';
import { currentPosition, onScrollFrame, percentRead, sectionTitle } from './position-in-page';

/** Where the reader is, as words: "Our work. 42% read." */
export function useDescribePlace(language: Language): () => { section: string; percent: string } {
  const { t } = useTranslation();
  return () => ({
    section: sectionTitle(currentPosition()) ?? t('place.top'),
    percent: formatPercent(percentRead(), language),
  });
}

/** Back, Forward and Find: a row of the Tools panel (its arrow keys move by row). */
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
    <div className="tools-row">
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

/**
 * Where the reader is, as text at the foot of the window: no control and no Tab stop, so it never stands between
 * the reader and the document. While the text is small beside the window (the header sticks then too) it stays
 * in view at the bottom; at larger sizes it closes the page, and the Where am I shortcut says the same aloud.
 */
export function PlaceStatus({ language, documentKey }: { language: Language; documentKey: string }) {
  const { t } = useTranslation();
  const describe = useDescribePlace(language);
  // The page is drawn at build time with the reader at the top; where they really are is known once it runs.
  const [place, setPlace] = useState(() => ({ section: t('place.top'), percent: formatPercent(0, language) }));
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const update = () => {
      const next = describe();
      setPlace((previous) =>
        previous.section === next.section && previous.percent === next.percent ? previous : next,
      );
    };
    update();
    // The share read changes with the page's length too.
    return onScrollFrame(update, { onReflow: true });
    // `describe` is new each render; the place only changes with the scroll, the document or the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentKey, language]);

  // Its height becomes the page's bottom scroll padding, so that the line never hides what has focus (WCAG 2.4.11).
  useLayoutEffect(() => {
    const element = status.current;
    if (!element) return;
    const root = document.documentElement;
    // The observer's own measure: asking the element would lay the page out again, mid-frame.
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height !== undefined) root.style.setProperty('--place-status-height', `${height}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--place-status-height');
    };
  }, []);

  return (
    <p className="place-status" ref={status}>
      {/* Whole strings: one text node each, as in the page drawn at build time, which the page takes over as it is. */}
      <span className="visually-hidden">{`${t('place.indicator')} `}</span>
      {`${place.section} · ${t('place.progress', { percent: place.percent })}`}
    </p>
  );
}
