/**
 * What a reader does once the pre-rendered page is on screen but before the page's script listens: a reader who
 * sees the text presses Ctrl+= or clicks Tools at once, and that must not be lost. Links and the skip link work
 * without any script; keys that may be shortcuts and clicks on buttons do not. The early script keeps them under
 * these globals; the page takes them when it starts and acts on them in the order they came.
 */
export const EARLY_KEYS_GLOBAL = '__lisibleEarlyKeys';
export const EARLY_CLICKS_GLOBAL = '__lisibleEarlyClicks';

declare global {
  interface Window {
    /** Hands over the keys kept so far and stops keeping them. */
    [EARLY_KEYS_GLOBAL]?: (() => KeyboardEvent[]) | undefined;
    /** Hands over the buttons clicked so far and stops keeping them. */
    [EARLY_CLICKS_GLOBAL]?: (() => HTMLButtonElement[]) | undefined;
  }
}

/** Only keys that can be shortcuts: with a modifier, or a function key. Typing and Tab are the browser's. */
export function mayBeShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'key'>): boolean {
  return event.ctrlKey || event.altKey || event.metaKey || /^F\d{1,2}$/.test(event.key);
}

/** The button a click was on (by pointer, or Enter or Space on a focused button), if any. */
export function clickedButton(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest('button') : null;
}

/**
 * Clicks the buttons clicked before the page listened, once it does. The page drawn ahead of time is the page
 * the script takes over, element for element, so each is the button the reader meant; one the page has since
 * taken away is left.
 */
export function replayEarlyClicks(): void {
  for (const button of window[EARLY_CLICKS_GLOBAL]?.() ?? []) if (button.isConnected) button.click();
}
