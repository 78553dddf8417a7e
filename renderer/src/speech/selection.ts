/**
 * Reading the selection aloud (DAISY: "read a selection"): the sentences the selection crosses, cut to the
 * selection, so exactly what was selected is said, in the voices of its languages, highlighted as it goes.
 */
import type { Sentence, SentencePart } from './segment';

/** Where a point inside a sentence falls in its text (text hidden from reading inside a sentence aside). */
function offsetIn(sentence: Sentence, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(sentence.range.startContainer, sentence.range.startOffset);
  before.setEnd(node, offset);
  return Math.min(before.toString().length, sentence.text.length);
}

/** The stretch [from, to) of a sentence, as a sentence of its own, without the white space at its ends. */
function cut(sentence: Sentence, from: number, to: number): Sentence | undefined {
  const slice = sentence.text.slice(from, to);
  const start = from + (slice.length - slice.trimStart().length);
  const end = from + slice.trimEnd().length;
  if (end <= start) return undefined;
  const parts: SentencePart[] = sentence.parts.flatMap((part) => {
    const partStart = Math.max(part.offset, start);
    const partEnd = Math.min(part.offset + part.text.length, end);
    const raw = sentence.text.slice(partStart, partEnd);
    const text = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return [];
    return [{ lang: part.lang, text, offset: partStart + raw.length - raw.trimStart().length - start }];
  });
  if (parts.length === 0) return undefined;
  return {
    text: sentence.text.slice(start, end),
    parts,
    range: sentence.rangeOf(start, end),
    rangeOf: (a, b) => sentence.rangeOf(start + a, start + b),
    block: sentence.block,
    startsSection: false,
  };
}

/** The sentences under the selection `range`, each cut to it; none if it selects no text to read. */
export function selectedSentences(sentences: readonly Sentence[], range: Range): Sentence[] {
  return sentences.flatMap((sentence) => {
    if (!range.intersectsNode(sentence.block)) return [];
    const startsAfter = sentence.range.comparePoint(range.endContainer, range.endOffset) < 0;
    const endsBefore = sentence.range.comparePoint(range.startContainer, range.startOffset) > 0;
    if (startsAfter || endsBefore) return [];
    const from =
      sentence.range.comparePoint(range.startContainer, range.startOffset) < 0
        ? 0
        : offsetIn(sentence, range.startContainer, range.startOffset);
    const to =
      sentence.range.comparePoint(range.endContainer, range.endOffset) > 0
        ? sentence.text.length
        : offsetIn(sentence, range.endContainer, range.endOffset);
    const piece = cut(sentence, from, to);
    return piece ? [piece] : [];
  });
}
