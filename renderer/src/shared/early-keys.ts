/**
 * Keys pressed once the pre-rendered page is on screen but before the reader's script listens: a reader who
 * sees the text presses Ctrl+= or Ctrl+Shift+E at once, and that key must not be lost. The early script keeps
 * them under this global; the page's keyboard handling takes them when it starts.
 */
export const EARLY_KEYS_GLOBAL = '__lisibleEarlyKeys';

declare global {
  interface Window {
    /** Hands over the keys kept so far and stops keeping them. */
    [EARLY_KEYS_GLOBAL]?: (() => KeyboardEvent[]) | undefined;
  }
}

/** Only keys that can be shortcuts: with a modifier, or a function key. Typing and Tab are the browser's. */
export function mayBeShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'key'>): boolean {
  return event.ctrlKey || event.altKey || event.metaKey || /^F\d{1,2}$/.test(event.key);
}
