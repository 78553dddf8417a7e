/**
 * Find in the document (Ctrl+F / Cmd+F): a field above the text. Matches are highlighted as the reader types
 * and "3 of 12" is announced; Enter and Shift+Enter move between matches; Escape closes the field and leaves
 * the reader at the current match, focus on its paragraph; with no match, focus goes back where it was.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../shared/Announcer';
import { useStickyWhileSmall } from '../../shared/useStickyWhileSmall';
import { readingLine } from '../place/position-in-page';
import { clearMatches, findInPage, revealMatch, showMatches } from './find-in-page';

export const FIND_INPUT_ID = 'find-input';

/** Typing pauses this long before the document is searched and the count announced. */
const SEARCH_DELAY_MS = 200;

const publishOnRoot = (sticky: boolean, height: number) => {
  const root = document.documentElement;
  root.dataset.find = sticky ? 'sticky' : 'static';
  root.style.setProperty('--find-bar-height', `${height}px`);
};

export function FindBar({
  documentKey,
  onClose,
}: {
  /** Changes when another document or language is shown: the matches are found again. */
  documentKey: string;
  /** `match` is the current match when the reader leaves with Escape, if there is one. */
  onClose: (match: Range | undefined) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ ranges: Range[]; index: number }>({ ranges: [], index: -1 });
  const current = found.ranges[found.index];
  const input = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    input.current?.focus();
    return clearMatches;
  }, []);

  // While small beside the window, the bar stays in view below the header, and its height joins the page's scroll
  // padding (find.css) so that the match, and whatever gets focus, is never hidden under it.
  useStickyWhileSmall(bar, publishOnRoot);
  useLayoutEffect(() => {
    const root = document.documentElement;
    return () => {
      delete root.dataset.find;
      root.style.removeProperty('--find-bar-height');
    };
  }, []);

  const countText = useMemo(() => {
    if (query.trim() === '') return '';
    if (found.ranges.length === 0) return t('find.none');
    return t('find.count', { current: found.index + 1, total: found.ranges.length });
  }, [found, query, t]);

  // The search waiting for the reader to pause typing; Enter runs it at once.
  const pending = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    const search = () => {
      clearTimeout(timer);
      pending.current = undefined;
      const article = document.querySelector('main article');
      const ranges = article && query.trim() !== '' ? findInPage(article, query) : [];
      // The first match from where the reader is, not from the top of the document.
      const line = readingLine();
      const ahead = ranges.findIndex((range) => range.getBoundingClientRect().bottom > line);
      setFound({ ranges, index: ranges.length === 0 ? -1 : Math.max(0, ahead) });
    };
    const timer = setTimeout(search, SEARCH_DELAY_MS);
    pending.current = search;
    return () => {
      clearTimeout(timer);
      pending.current = undefined;
    };
  }, [query, documentKey]);

  useEffect(() => {
    showMatches(found.ranges, current);
    if (current) revealMatch(current);
  }, [found, current]);

  // Said once the count settles, not on every key.
  useEffect(() => {
    if (countText) announce(countText);
  }, [countText, announce]);

  const step = (by: 1 | -1) => {
    setFound(({ ranges, index }) =>
      ranges.length === 0 ? { ranges, index } : { ranges, index: (index + by + ranges.length) % ranges.length },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      // Typed and at once Enter: the step is taken among the matches of what was typed.
      pending.current?.();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      // Before the search field's own Escape, which would only empty it.
      event.preventDefault();
      onClose(current);
    }
  };

  return (
    <div ref={bar} className="find-bar" role="search" aria-labelledby="find-label">
      <label id="find-label" htmlFor={FIND_INPUT_ID}>
        {t('find.label')}
      </label>
      <input
        ref={input}
        id={FIND_INPUT_ID}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="find-count find-hint"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="find-count" className="find-count">
        {countText}
      </p>
      <button type="button" onClick={() => step(-1)} aria-disabled={found.ranges.length === 0}>
        {t('find.previous')}
      </button>
      <button type="button" onClick={() => step(1)} aria-disabled={found.ranges.length === 0}>
        {t('find.next')}
      </button>
      <button type="button" onClick={() => onClose(undefined)}>
        {t('find.close')}
      </button>
      <p id="find-hint" className="visually-hidden">
        {t('find.hint')}
      </p>
    </div>
  );
}
