/** Where the reader is on the page, and how to take them somewhere else without losing their place. */

const SECTION_ATTRIBUTE = 'data-section-id';

/** The attribute that marks a section heading with its section's anchor. */
export function sectionHeadingProps(id: string) {
  return { id, [SECTION_ATTRIBUTE]: id, tabIndex: -1 } as const;
}

/**
 * The anchor of the section being read: the section heading that has focus (the reader just went there),
 * else the last section heading scrolled above the upper third of the viewport; `undefined` at the top.
 */
export function currentSectionId(): string | undefined {
  const focused = document.activeElement?.getAttribute(SECTION_ATTRIBUTE);
  if (focused) return focused;
  if (window.scrollY === 0) return undefined;
  const threshold = window.innerHeight / 3;
  let current: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>(`[${SECTION_ATTRIBUTE}]`)) {
    if (heading.getBoundingClientRect().top > threshold) break;
    current = heading.getAttribute(SECTION_ATTRIBUTE) ?? undefined;
  }
  return current;
}

/** Moves keyboard focus to an element and brings it to the top of the view. */
export function focusElement(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
}

export function sectionHeading(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${SECTION_ATTRIBUTE}="${CSS.escape(id)}"]`);
}
