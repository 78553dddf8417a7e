/**
 * Focuses an element that is not a control (a heading the reader is taken to) without making it one: it is
 * focusable only while it has focus, so it never joins the Tab order nor is exposed as focusable once left. Focus
 * can come back to it the same way (a dialog closing returns focus to the heading the reader was on).
 */
export function focusWithoutTabStop(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}
