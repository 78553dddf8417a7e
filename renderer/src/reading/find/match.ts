/**
 * Finding text as a reader types it: case and accents ignored (« equite » finds « équité », "COEUR" finds
 * « cœur »), compared by the platform's collator for the text's own language rather than a hand-made table.
 * Works on user-perceived characters (graphemes), so a match never splits a letter from its accent.
 */

/** A match in a string, as UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

const WHITE_SPACE = /^\s+$/u;

interface Grapheme {
  text: string;
  index: number;
}

export interface TextMatcher {
  /** Every match of `query` in `text`, in order, not overlapping. Empty for a query of only spaces. */
  find(text: string, query: string): TextRange[];
}

/**
 * A matcher for text in one language. The collator's `base` strength equates letters that differ only by
 * accent or case; its expansions equate « œ » with "oe", « æ » with "ae", "ß" with "ss", the "ﬁ" ligature
 * with "fi", and a no-break space with a space.
 */
export function createMatcher(language: string): TextMatcher {
  const collator = new Intl.Collator(language, { usage: 'search', sensitivity: 'base' });
  const segmenter = new Intl.Segmenter(language, { granularity: 'grapheme' });
  // A document repeats the same few letters; each pair is compared once.
  const known = new Map<string, boolean>();
  const same = (a: string, b: string): boolean => {
    const key = `${a}\u0000${b}`;
    let result = known.get(key);
    if (result === undefined) {
      // Any run of white space matches a typed space, whatever the markup left between two words.
      result = (WHITE_SPACE.test(a) && WHITE_SPACE.test(b)) || collator.compare(a, b) === 0;
      known.set(key, result);
    }
    return result;
  };
  const graphemes = (text: string): Grapheme[] =>
    Array.from(segmenter.segment(text), ({ segment, index }) => ({ text: segment, index }));

  /** Where a match of `query` starting at `text[start]` ends (a grapheme index), or -1. */
  const matchAt = (text: Grapheme[], start: number, query: Grapheme[]): number => {
    let t = start;
    let q = 0;
    while (q < query.length) {
      const letter = text[t]?.text;
      const wanted = query[q]?.text ?? '';
      if (letter === undefined) return -1;
      if (same(letter, wanted)) {
        t += 1;
        q += 1;
      } else if (q + 1 < query.length && same(letter, wanted + (query[q + 1]?.text ?? ''))) {
        // One letter of the text for two typed: « œ » for "oe".
        t += 1;
        q += 2;
      } else if (text[t + 1] !== undefined && same(letter + (text[t + 1]?.text ?? ''), wanted)) {
        // Two letters of the text for one typed: "oe" for « œ ».
        t += 2;
        q += 1;
      } else {
        return -1;
      }
    }
    return t;
  };

  return {
    find(text, rawQuery) {
      const query = graphemes(rawQuery.trim().replace(/\s+/gu, ' '));
      if (query.length === 0) return [];
      const letters = graphemes(text);
      const matches: TextRange[] = [];
      let start = 0;
      while (start < letters.length) {
        const end = matchAt(letters, start, query);
        if (end < 0) {
          start += 1;
          continue;
        }
        matches.push({ start: letters[start]?.index ?? 0, end: letters[end]?.index ?? text.length });
        start = end;
      }
      return matches;
    },
  };
}
