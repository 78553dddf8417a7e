/**
 * The reader's place as the page shows it: which section, which paragraph, how far through. A position names
 * a section's heading and counts its paragraphs and list items (its own, not its subsections'), so the same
 * position finds the same paragraph at any window or text size.
 */
import type { Position } from '../../../../common/positions';
import { START_POSITION } from '../../../../common/positions';
import { focusWithoutTabStop } from '../../shared/focus-without-tab-stop';

const ARTICLE = 'main article';
const SECTION_HEADING = '[data-section-id]';
/** What a reader reads one at a time: paragraphs and list items. */
const READING_UNITS = 'p, li';

function article(): HTMLElement | null {
  return document.querySelector<HTMLElement>(ARTICLE);
}

/** The section heading an element belongs to: its own section's, or none in the introduction. */
function headingOf(element: Element): HTMLElement | null {
  return element.closest('section')?.querySelector<HTMLElement>(`:scope > ${SECTION_HEADING}`) ?? null;
}

/** A section's own paragraphs and list items, in reading order (its subsections' are theirs). */
function unitsOf(heading: HTMLElement | null, root: HTMLElement): HTMLElement[] {
  const section = heading?.closest('section') ?? null;
  return [...root.querySelectorAll<HTMLElement>(READING_UNITS)].filter(
    (unit) => (unit.closest('section') ?? null) === section,
  );
}

/** The top of the space the text is read in: below the sticky header, if it is sticky. */
export function readingLine(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

/**
 * The heading or paragraph at the top of what the reader sees: the first with more than half of it below the
 * reading line. A heading whose last few pixels show above the paragraph brought to the top (headings and
 * focused paragraphs keep a scroll margin) is not where the reader is.
 */
function topmostVisible(root: HTMLElement): HTMLElement | undefined {
  const line = readingLine();
  const candidates = root.querySelectorAll<HTMLElement>(`h1, ${SECTION_HEADING}, ${READING_UNITS}`);
  for (const candidate of candidates) {
    const { bottom, height } = candidate.getBoundingClientRect();
    if (bottom - line > height / 2) return candidate;
  }
  return undefined;
}

/** Where the reader is now. The top of the document when nothing has scrolled by. */
export function currentPosition(): Position {
  const root = article();
  if (!root || window.scrollY <= 0) return START_POSITION;
  const top = topmostVisible(root);
  return top ? positionOf(top) : START_POSITION;
}

/** The position of a heading, paragraph or list item of the document, or of whatever is inside one. */
export function positionOf(element: Element): Position {
  const root = article();
  const target = element.closest(`h1, ${SECTION_HEADING}, ${READING_UNITS}`);
  if (!root || !target || !root.contains(target) || target.matches('h1')) return START_POSITION;
  if (target instanceof HTMLElement && target.matches(SECTION_HEADING))
    return { section: target.dataset.sectionId ?? null, paragraph: 0 };
  const heading = headingOf(target);
  const paragraph = unitsOf(heading, root).indexOf(target as HTMLElement) + 1;
  return { section: heading?.dataset.sectionId ?? null, paragraph: Math.max(0, paragraph) };
}

/**
 * Calls `listener` at most once a frame while the page scrolls or the window changes size, and with `onReflow`
 * when the page's length changes without either (a new text size, the fonts arriving, a panel opening).
 */
export function onScrollFrame(listener: () => void, { onReflow = false } = {}): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      listener();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  const reflow = new ResizeObserver(schedule);
  if (onReflow) reflow.observe(document.body);
  return () => {
    reflow.disconnect();
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
  };
}

/** The element a position names: the paragraph, else its section's heading, else the title. */
export function elementAt(position: Position): HTMLElement | null {
  const root = article();
  if (!root) return null;
  const heading =
    position.section === null
      ? null
      : root.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(position.section)}"]`);
  // A section this version of the document does not have: the top.
  if (position.section !== null && !heading) return root.querySelector<HTMLElement>('h1');
  const unit = position.paragraph > 0 ? unitsOf(heading, root)[position.paragraph - 1] : undefined;
  return unit ?? heading ?? root.querySelector<HTMLElement>('h1');
}

/** The heading text of the section a position is in, or null at the top of the document. */
export function sectionTitle(position: Position): string | null {
  const element = elementAt(position);
  const heading = element?.matches(SECTION_HEADING) ? element : element && headingOf(element);
  return heading?.textContent.trim() || null;
}

/** How much of the document is above the reading line, in whole percent. */
export function percentRead(): number {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  if (scrollable <= 0) return 100;
  return Math.min(100, Math.max(0, Math.round((window.scrollY / scrollable) * 100)));
}

/** Scrolls a position back to the top of the view, leaving focus where it is: after the text has reflowed. */
export function holdPosition(position: Position): void {
  if (position.section === null && position.paragraph === 0) return;
  elementAt(position)?.scrollIntoView({ block: 'start' });
}

/**
 * Takes the reader to a position: the element is brought to the top of the view (below the sticky header,
 * through the root's scroll padding) and given keyboard focus, so a screen reader carries on from there too.
 * A paragraph is focusable only from script, and only while it has focus.
 */
export function goToPosition(position: Position): void {
  const target = elementAt(position);
  if (!target) return;
  focusWithoutTabStop(target);
  // The top of the document is the top of the page, above the title's own margin.
  if (position.section === null && position.paragraph === 0) window.scrollTo({ top: 0 });
  else target.scrollIntoView({ block: 'start' });
}
