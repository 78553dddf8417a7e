/**
 * Shows the sentence (and word) being read with the CSS Custom Highlight API: the page's markup is left as it
 * is, so focus, selection and screen readers are not disturbed. The colours are in speech.css, beside this file.
 */

export const SENTENCE_HIGHLIGHT = 'speech-sentence';
export const WORD_HIGHLIGHT = 'speech-word';

function highlights(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

function show(name: string, range: Range | undefined): void {
  const registry = highlights();
  if (!registry) return;
  if (range) registry.set(name, new Highlight(range));
  else registry.delete(name);
}

export function highlightSentence(range: Range | undefined): void {
  show(SENTENCE_HIGHLIGHT, range);
}

export function highlightWord(range: Range | undefined): void {
  show(WORD_HIGHLIGHT, range);
}

const sentenceListeners = new Set<(range: Range) => void>();

/** Tells whoever follows the reading (the reading ruler) which sentence it has reached; returns the unsubscribe. */
export function onSentenceRead(listener: (range: Range) => void): () => void {
  sentenceListeners.add(listener);
  return () => {
    sentenceListeners.delete(listener);
  };
}

export function sentenceRead(range: Range): void {
  for (const listener of sentenceListeners) listener(range);
}

/** Space kept between the sentence and the window's edges (or the sticky header), in px. */
const MARGIN = 16;

/** The sentence being read, kept in view; none once reading stops. */
let followed: Range | undefined;
let headerWatch: ResizeObserver | undefined;

/**
 * Keeps the sentence being read in view below the sticky header (none: reading has stopped), scrolling the page,
 * never the focus. The header grows as reading starts (the transport appears under its row) and can come to
 * cover the sentence just brought into view: it is brought back whenever the header's size changes.
 */
export function keepInView(range: Range | undefined): void {
  followed = range;
  if (!range) return;
  watchHeader();
  bringIntoView(range);
}

function watchHeader(): void {
  const header = document.querySelector('.site-header');
  if (headerWatch || !header) return;
  // Observers are told in the order they were made: the header's own (useStickyHeaderOffset) has by then
  // published its new height.
  headerWatch = new ResizeObserver(() => {
    if (followed) bringIntoView(followed);
  });
  headerWatch.observe(header);
}

/** The root's `scroll-behavior` follows the reader's motion preference. */
function bringIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  const root = document.documentElement;
  const header =
    root.dataset.header === 'sticky' ? parseFloat(getComputedStyle(root).getPropertyValue('--header-height')) || 0 : 0;
  const top = header + MARGIN;
  const bottom = window.innerHeight - MARGIN;
  if (rect.top >= top && rect.bottom <= bottom) return;
  // Out of view: bring it to the upper third of the space left, where the eye expects the next line.
  window.scrollBy({ top: rect.top - (top + (bottom - top) / 3) });
}
