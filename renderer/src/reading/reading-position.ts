/** Where the reader is on the page, and how to take them somewhere else without losing their place. */
import { focusWithoutTabStop } from '../shared/focus-without-tab-stop';

const SECTION_ATTRIBUTE = 'data-section-id';

/**
 * The attribute that marks a section heading with its section's anchor. No `tabindex`: a heading that can take
 * focus is exposed to assistive technologies as focusable, as controls are (focusElement lends it one while it has
 * focus; why screen readers do not call it "clickable" even then: shared/quiet-root.ts).
 */
export function sectionHeadingProps(id: string) {
  return { id, [SECTION_ATTRIBUTE]: id } as const;
}

/**
 * The section being read, as its anchor followed by those of the sections around it (so that the other
 * language can fall back to the enclosing section): the section heading that has focus (the reader just went
 * there), else the last section heading scrolled above the upper third of the viewport. Empty at the top.
 */
export function currentSectionPath(): string[] {
  return sectionPath(focusedSectionHeading() ?? (window.scrollY === 0 ? undefined : lastHeadingAboveReadingLine()));
}

function focusedSectionHeading(): Element | undefined {
  const focused = document.activeElement;
  return focused?.hasAttribute(SECTION_ATTRIBUTE) ? focused : undefined;
}

function lastHeadingAboveReadingLine(): Element | undefined {
  const readingLine = window.innerHeight / 3;
  let current: Element | undefined;
  for (const heading of document.querySelectorAll(`[${SECTION_ATTRIBUTE}]`)) {
    if (heading.getBoundingClientRect().top > readingLine) break;
    current = heading;
  }
  return current;
}

/** The heading's anchor, then those of the sections that contain it, innermost first. */
function sectionPath(heading: Element | undefined): string[] {
  const path: string[] = [];
  for (let section = heading?.closest('section'); section; section = section.parentElement?.closest('section')) {
    const id = section.querySelector(`:scope > [${SECTION_ATTRIBUTE}]`)?.getAttribute(SECTION_ATTRIBUTE);
    if (id) path.push(id);
  }
  return path;
}

/** Moves keyboard focus to an element and brings it to the top of the view. */
export function focusElement(element: HTMLElement | null): void {
  if (!element) return;
  focusWithoutTabStop(element);
  element.scrollIntoView({ block: 'start' });
}

export function sectionHeading(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${SECTION_ATTRIBUTE}="${CSS.escape(id)}"]`);
}
