/**
 * Shows an element a report names: moves focus to it (making it focusable for the moment if it is not) and
 * outlines it, until focus leaves it. The outline is an outline, not a shadow, so forced colours keep it.
 */
export const HIGHLIGHT_CLASS = 'audit-highlight';

export function findElement(selector: string): HTMLElement | null {
  try {
    const element = document.querySelector(selector);
    return element instanceof HTMLElement || element instanceof SVGElement ? (element as HTMLElement) : null;
  } catch {
    // A selector axe wrote for a frame or shadow root that is no longer there.
    return null;
  }
}

export function revealElement(element: HTMLElement): void {
  const madeFocusable = !element.hasAttribute('tabindex') && element.tabIndex < 0;
  if (madeFocusable) element.setAttribute('tabindex', '-1');
  element.classList.add(HIGHLIGHT_CLASS);
  element.addEventListener(
    'blur',
    () => {
      element.classList.remove(HIGHLIGHT_CLASS);
      if (madeFocusable) element.removeAttribute('tabindex');
    },
    { once: true },
  );
  element.focus();
  element.scrollIntoView({ block: 'center' });
}
