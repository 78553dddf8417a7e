/**
 * Follows the reader's place as they scroll: the current section (for the table of contents) and, outside a
 * kiosk, the position kept for the next time the document is opened.
 */
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../../common/languages';
import type { SavedPlace } from '../../../../common/positions';
import type { Position } from '../../../../common/positions';
import { currentPosition, holdPosition, onScrollFrame } from './position-in-page';

/** The innermost section being read; null in the document's introduction. Updated only when it changes. */
export function useCurrentSection(documentKey: string): string | null {
  const [section, setSection] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setSection(currentPosition().section);
    update();
    return onScrollFrame(update);
  }, [documentKey]);
  return section;
}

/** Quiet time after scrolling stops before the position is saved: one write per pause, not per frame. */
const SAVE_DELAY_MS = 400;

/**
 * Follows the position as the reader scrolls and saves it whenever they pause, and when the page is hidden
 * or closed; when the window changes size, the text reflows and the reader is kept on the same paragraph
 * (what the top of the view shows after a reflow is not where they were). `save` is never called when
 * `enabled` is false (a kiosk keeps nothing).
 */
export function useKeepPosition({
  documentId,
  language,
  enabled,
  save,
}: {
  documentId: string;
  language: Language;
  enabled: boolean;
  save: (place: SavedPlace) => void;
}): void {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (documentId === '') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let position: Position | undefined;
    let saved = '';
    let width = window.innerWidth;
    let height = window.innerHeight;
    const keep = () => {
      clearTimeout(timer);
      const serialised = JSON.stringify(position);
      if (!enabled || position === undefined || serialised === saved) return;
      saved = serialised;
      saveRef.current({ documentId, language, position });
    };
    const stop = onScrollFrame(() => {
      if (window.innerWidth !== width || window.innerHeight !== height) {
        width = window.innerWidth;
        height = window.innerHeight;
        if (position) holdPosition(position);
        return;
      }
      position = currentPosition();
      clearTimeout(timer);
      timer = setTimeout(keep, SAVE_DELAY_MS);
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      // Not saved here: by now the page may already show another document or language.
      clearTimeout(timer);
      stop();
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [documentId, language, enabled]);
}
