/**
 * Marks in the page: a passage's section and offsets from a selection, and back from a mark to a Range, through
 * `@apache-annotator/dom` (its text-position selectors count the characters of a section's text nodes). A mark's
 * scope is its innermost section (the document's article for the introduction), so an edit elsewhere in the
 * document never moves it.
 */
import { createTextPositionSelectorMatcher, describeTextPosition } from '@apache-annotator/dom';
import { MAX_QUOTE_LENGTH, type MarkTarget } from '../../../../common/marks';
import { sectionHeading } from '../reading-position';
import { describePassage, locatePassage } from './quote-anchor';

const ARTICLE = 'main article';
const SECTION_HEADING = '[data-section-id]';

function article(): HTMLElement | null {
  return document.querySelector<HTMLElement>(ARTICLE);
}

/** The element a mark's offsets count in. */
export function scopeOf(section: string | null): Element | null {
  return section === null ? article() : (sectionHeading(section)?.closest('section') ?? null);
}

/** The innermost section holding a node: its heading's anchor, or null for the introduction. */
function sectionOf(node: Node): string | null {
  const element = node instanceof Element ? node : node.parentElement;
  const section = element?.closest('section');
  return section?.querySelector<HTMLElement>(`:scope > ${SECTION_HEADING}`)?.dataset.sectionId ?? null;
}

/** Whether a range lies in the document's text (not the header, a dialog or the table of contents). */
export function isInDocument(range: Range): boolean {
  return Boolean(article()?.contains(range.commonAncestorContainer));
}

/**
 * A mark's target for a range of the document: null when it is longer than a mark may quote, or holds no text.
 */
export async function targetOf(range: Range): Promise<MarkTarget | 'too long' | null> {
  const section = sectionOf(range.commonAncestorContainer);
  const scope = scopeOf(section);
  if (!scope || range.toString().trim() === '') return null;
  const { start, end } = await describeTextPosition(range, scope);
  if (end - start > MAX_QUOTE_LENGTH) return 'too long';
  return describePassage(scope.textContent, start, end, section);
}

/** Where a mark's passage is in the page now, or null when it is no longer in the document shown. */
export async function rangeOf(target: MarkTarget): Promise<Range | null> {
  const scope = scopeOf(target.section);
  if (!scope) return null;
  const found = await locatePassage(scope.textContent, target);
  if (!found) return null;
  const matches = createTextPositionSelectorMatcher({ type: 'TextPositionSelector', ...found })(scope);
  for await (const range of matches) return range;
  return null;
}

/** The first words of an element's text, as a range: where a bookmark or a note on a paragraph points. */
export function openingWords(element: Element, length = 80): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let taken = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!started) {
      const first = text.search(/\S/);
      if (first === -1) continue;
      range.setStart(node, first);
      started = true;
      taken = -first;
    }
    // Cut after a word, not in one.
    const room = length - taken;
    if (text.length <= room) {
      range.setEnd(node, text.length);
      taken += text.length;
      continue;
    }
    const cut = text.lastIndexOf(' ', room);
    range.setEnd(node, cut > 0 ? cut : room);
    break;
  }
  return started ? range : null;
}
