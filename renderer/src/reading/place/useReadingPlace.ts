/**
 * Follows the reader's place as they scroll: the current section (for the table of contents) and, outside a
 * kiosk, the position kept for the next time the document is opened.
 */
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../../common/languages';
import type { SavedPlace } from '../../../../common/positions';
import { currentPosition, onScrollFrame } from './position-in-page';

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
 * Saves the position whenever the reader pauses, and when the page is hidden or closed. `save` is not called
 * at all when `enabled` is false (a kiosk keeps nothing).
 */
export function useKeepPosition({ documentId, language, enabled, save }: {
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
    if (!enabled || documentId === '') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const keep = () => {
      clearTimeout(timer);
      const position = currentPosition();
      const serialised = JSON.stringify(position);
      if (serialised === last) return;
      last = serialised;
      saveRef.current({ documentId, language, position });
    };
    const stop = onScrollFrame(() => {
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
