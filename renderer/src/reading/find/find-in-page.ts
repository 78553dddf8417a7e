/**
 * Finds text in the document as the page shows it, each block (heading, paragraph, list item) in its own
 * language, and returns DOM ranges for the highlight and for moving to a match. The page's markup is never
 * changed: matches are painted with the CSS Custom Highlight API (styles in find.css).
 */
import { createMatcher, type TextMatcher } from './match';
import { pointAt } from './text-points';
import { readingLine } from '../place/position-in-page';

/** A match never runs from one of these into the next. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li';

export const MATCH_HIGHLIGHT = 'find-match';
export const CURRENT_MATCH_HIGHLIGHT = 'find-current';

/** The text nodes under `root`, grouped by the block each is in. */
function textByBlock(root: Element): { block: Element; nodes: Text[] }[] {
  const groups: { block: Element; nodes: Text[] }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(BLOCKS);
    if (!block || !node.nodeValue) continue;
    const last = groups.at(-1);
    if (last?.block === block) last.nodes.push(node as Text);
    else groups.push({ block, nodes: [node as Text] });
  }
  return groups;
}

/** Every match of `query` in the text under `root`, in reading order. */
export function findInPage(root: Element, query: string): Range[] {
  const matchers = new Map<string, TextMatcher>();
  const matcherFor = (language: string) => {
    let matcher = matchers.get(language);
    if (!matcher) {
      matcher = createMatcher(language);
      matchers.set(language, matcher);
    }
    return matcher;
  };
  const ranges: Range[] = [];
  for (const { block, nodes } of textByBlock(root)) {
    // The document's language, or a passage's own: French collation for French text.
    const language = block.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    const lengths = nodes.map((node) => node.length);
    const text = nodes.map((node) => node.data).join('');
    for (const match of matcherFor(language).find(text, query)) {
      const start = pointAt(lengths, match.start, 'start');
      const end = pointAt(lengths, match.end, 'end');
      const range = document.createRange();
      range.setStart(nodes[start.node] as Text, start.offset);
      range.setEnd(nodes[end.node] as Text, end.offset);
      ranges.push(range);
    }
  }
  return ranges;
}

function registry(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/** Paints every match, and the current one distinctly (underlined as well as in another colour). */
export function showMatches(ranges: readonly Range[], current: Range | undefined): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length > 0) highlights.set(MATCH_HIGHLIGHT, new Highlight(...ranges));
  else highlights.delete(MATCH_HIGHLIGHT);
  if (current) highlights.set(CURRENT_MATCH_HIGHLIGHT, new Highlight(current));
  else highlights.delete(CURRENT_MATCH_HIGHLIGHT);
}

export function clearMatches(): void {
  showMatches([], undefined);
}

/** Space kept between a match and the bottom of the window, in px. */
const MARGIN = 16;

/** Scrolls the page (never the focus) so the match is in view below whatever is sticky at the top. */
export function revealMatch(range: Range): void {
  const rect = range.getBoundingClientRect();
  const top = readingLine();
  const bottom = window.innerHeight - MARGIN;
  if (rect.top >= top && rect.bottom <= bottom) return;
  // To the upper third of the space left, where the eye looks next.
  window.scrollBy({ top: rect.top - (top + (bottom - top) / 3) });
}

/** The block a match is in: where focus goes when the reader leaves the find field for the text. */
export function blockOf(range: Range): HTMLElement | null {
  const container = range.startContainer;
  const element = container instanceof Element ? container : container.parentElement;
  return element?.closest<HTMLElement>(BLOCKS) ?? null;
}
