/**
 * Finding a mark's passage again in a section's text, as the W3C Web Annotation selectors describe it: the quote
 * with the words around it (TextQuoteSelector), and where it was (TextPositionSelector). The matching is
 * `@apache-annotator/selector`'s, over the section's text as one string, so it is the same in the page and in
 * tests under Node.
 */
import {
  describeTextQuote,
  textQuoteSelectorMatcher,
  type Chunk,
  type Chunker,
  type ChunkRange,
} from '@apache-annotator/selector';
import { MAX_CONTEXT_LENGTH, type MarkTarget } from '../../../../common/marks';

type TextChunk = Chunk<string>;

/**
 * A whole text as the library's one chunk. The library finds a range's chunk by identity, so every chunker of a
 * text is given the same chunk object.
 */
function chunkerOf(text: string | TextChunk): Chunker<TextChunk> {
  const chunk: TextChunk = typeof text === 'string' ? { data: text } : text;
  return {
    currentChunk: chunk,
    nextChunk: () => null,
    previousChunk: () => null,
    precedesCurrentChunk: () => false,
  };
}

/** A passage of a section's text, by offsets, as a mark's target: its quote and the context that tells it apart. */
export async function describePassage(
  text: string,
  start: number,
  end: number,
  section: string | null,
): Promise<MarkTarget> {
  const chunk: TextChunk = { data: text };
  const range: ChunkRange<TextChunk> = { startChunk: chunk, startIndex: start, endChunk: chunk, endIndex: end };
  const quote = await describeTextQuote(range, () => chunkerOf(chunk));
  return {
    section,
    exact: quote.exact,
    // Kept short: what is nearest the quote tells it apart best.
    prefix: (quote.prefix ?? '').slice(-MAX_CONTEXT_LENGTH),
    suffix: (quote.suffix ?? '').slice(0, MAX_CONTEXT_LENGTH),
    start,
    end,
  };
}

async function matches(text: string, exact: string, prefix = '', suffix = ''): Promise<number[]> {
  const found: number[] = [];
  const selector = { type: 'TextQuoteSelector' as const, exact, prefix, suffix };
  for await (const match of textQuoteSelectorMatcher(selector)(chunkerOf(text))) found.push(match.startIndex);
  return found;
}

/**
 * Where a mark's passage is in the section's text now: the occurrence of its quote, with its context if the
 * context is still there, nearest where it was. Null when the quote is no longer in the text: the mark cannot
 * be placed, and is never put on other words.
 */
export async function locatePassage(
  text: string,
  target: Pick<MarkTarget, 'exact' | 'prefix' | 'suffix' | 'start'>,
): Promise<{ start: number; end: number } | null> {
  const { exact, prefix, suffix } = target;
  let starts = await matches(text, exact, prefix, suffix);
  // The words around it were edited; the quote alone may still be there.
  if (starts.length === 0) starts = await matches(text, exact);
  if (starts.length === 0) return null;
  const nearest = starts.reduce((best, start) =>
    Math.abs(start - target.start) < Math.abs(best - target.start) ? start : best,
  );
  return { start: nearest, end: nearest + exact.length };
}
