/**
 * Turns the text on screen into sentences to speak: each block (paragraph, list item, heading) is split into
 * sentences by `Intl.Segmenter` in the block's language, and each sentence into parts by the language of the
 * passage it crosses, so a passage marked with another `lang` is spoken by a voice of that language.
 */

/** A stretch of a sentence in one language: one utterance. */
export interface SentencePart {
  lang: string;
  text: string;
  /** Where the part starts in its sentence's text, to place word boundaries the engine reports. */
  offset: number;
}

export interface Sentence {
  text: string;
  parts: SentencePart[];
  /** The sentence's place on the page, for the highlight. */
  range: Range;
  /** The place on the page of a stretch of the sentence's text (a word the engine reports). */
  rangeOf: (start: number, end: number) => Range;
  /** The paragraph, list item or heading it belongs to. */
  block: Element;
  /** The first sentence of a heading: where "previous/next section" lands. */
  startsSection: boolean;
  /**
   * The last sentence of a heading or of a list item: a short silence follows it, as a listener hears the
   * end of a line in print. Absent for a sentence read out of its place (a selection).
   */
  pauseAfter?: boolean;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, blockquote, pre';
const HEADINGS = /^H[1-6]$/;
/** Text that is not shown, or shown only to assistive technology, is not read aloud. */
const UNSPOKEN = 'script, style, template, [hidden], [aria-hidden="true"], .visually-hidden';

interface TextRun {
  node: Text;
  /** Where the node's text starts in its block's text. */
  start: number;
  lang: string;
}

/** The language of a node: its nearest `lang` attribute, else the page's. */
export function languageOf(node: Node): string {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/** Every visible text node under `root`, grouped by block in reading order. */
function blocksOf(root: Element): { block: Element; runs: TextRun[]; text: string }[] {
  const blocks: { block: Element; runs: TextRun[]; text: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(UNSPOKEN) || !node.textContent?.trim()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = text.parentElement?.closest(BLOCKS) ?? text.parentElement ?? root;
    let current = blocks.at(-1);
    // A block interrupted by a nested one (a list inside a list item) starts again after it.
    if (current?.block !== block) {
      current = { block, runs: [], text: '' };
      blocks.push(current);
    }
    current.runs.push({ node: text, start: current.text.length, lang: languageOf(text) });
    current.text += text.data;
  }
  return blocks;
}

/** The node and offset at a position in a block's text. */
function pointAt(runs: TextRun[], position: number): [Text, number] {
  let run = runs[0];
  for (const candidate of runs) {
    if (candidate.start > position) break;
    run = candidate;
  }
  if (!run) throw new Error('A block without text');
  return [run.node, Math.min(position - run.start, run.node.length)];
}

/** The stretches of [start, end) that are in one language, without leading or trailing white space. */
function partsOf(runs: TextRun[], text: string, start: number, end: number): SentencePart[] {
  const parts: SentencePart[] = [];
  for (const [index, run] of runs.entries()) {
    const runEnd = runs[index + 1]?.start ?? text.length;
    const from = Math.max(start, run.start);
    const to = Math.min(end, runEnd);
    if (from >= to) continue;
    const last = parts.at(-1);
    // Only words switch voices: punctuation or spaces in another language stay with what they follow.
    if (last && (last.lang === run.lang || !/[\p{L}\p{N}]/u.test(text.slice(from, to)))) {
      last.text = text.slice(start + last.offset, to);
    } else {
      parts.push({ lang: run.lang, text: text.slice(from, to), offset: from - start });
    }
  }
  return parts.flatMap((part) => {
    const leading = part.text.length - part.text.trimStart().length;
    const trimmed = part.text.trim();
    return /[\p{L}\p{N}]/u.test(trimmed) ? [{ ...part, text: trimmed, offset: part.offset + leading }] : [];
  });
}

/** The sentences to read aloud under `root`, in reading order. */
export function collectSentences(root: Element): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { block, runs, text } of blocksOf(root)) {
    const segmenter = new Intl.Segmenter(languageOf(block), { granularity: 'sentence' });
    let firstInBlock = true;
    for (const { segment, index } of segmenter.segment(text)) {
      const leading = segment.length - segment.trimStart().length;
      const start = index + leading;
      const end = index + segment.trimEnd().length;
      const parts = partsOf(runs, text, start, end);
      if (parts.length === 0) continue;
      const rangeOf = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(...pointAt(runs, start + from));
        range.setEnd(...pointAt(runs, start + to));
        return range;
      };
      sentences.push({
        text: text.slice(start, end),
        parts,
        range: rangeOf(0, end - start),
        rangeOf,
        block,
        startsSection: firstInBlock && HEADINGS.test(block.tagName),
      });
      firstInBlock = false;
    }
  }
  return sentences.map((sentence, index) =>
    endsLine(sentence, sentences[index + 1]) ? { ...sentence, pauseAfter: true } : sentence,
  );
}

/** Whether a sentence ends a heading, or a list item (the next one is outside that item, or there is none). */
function endsLine(sentence: Sentence, next: Sentence | undefined): boolean {
  if (next?.block === sentence.block) return false;
  const item = sentence.block.closest('li');
  return HEADINGS.test(sentence.block.tagName) || (item !== null && next?.block.closest('li') !== item);
}
