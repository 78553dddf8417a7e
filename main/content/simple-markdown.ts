/**
 * A fast path for the plain shapes of CommonMark that content files are made of: front matter, ATX headings,
 * paragraphs, `-`/`*`/`+`/`1.` lists, `*emphasis*`, `**strong**` and `[text](address)` links.
 *
 * micromark (through mdast-util-from-markdown) stays the reference parser, but it spends about 1 ms per KB
 * here, far too slow to load a thousand documents in two seconds. This parser builds the same mdast for the
 * subset it recognises and returns `undefined` ("not sure") for anything else, so micromark parses those files:
 * every construct the loader rejects, tabs, CR line endings, indentation other than list continuation,
 * hard breaks, lazy continuation lines, escapes, character references, `_` emphasis, code, HTML, images,
 * reference links.
 * tests/unit/content/simple-markdown.test.ts holds it to micromark's output, on random documents too.
 *
 * Positions carry the start line only (columns are not tracked), and only on the nodes the converter locates
 * faults with: yaml, heading, paragraph, list, listItem, link.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';

type Position = NonNullable<Root['position']>;

/** Thrown to give up on the fast path; caught in `parseSimpleMarkdown`. */
class Unsure extends Error {}

function unsure(): never {
  throw new Unsure();
}

interface Line {
  text: string;
  line: number;
}

type LineKind =
  | { type: 'text' }
  | { type: 'heading'; depth: Heading['depth']; content: string }
  /** `marker` is the bullet character, or "." for an ordered item numbered `start`. */
  | { type: 'item'; marker: string; start: number | undefined; width: number; content: string };

type Item = Extract<LineKind, { type: 'item' }>;

/** Shared, read-only positions, one per line number: fewer objects for the garbage collector. */
const POSITIONS: Position[] = [];

function at(line: number): Position {
  let position = POSITIONS[line];
  if (!position) {
    const point = { line, column: 1 };
    POSITIONS[line] = position = { start: point, end: point };
  }
  return position;
}

function isBlank(text: string): boolean {
  return text === '' || trimTrailingSpaces(text) === '';
}

/** Drops trailing U+0020 only (`trimEnd` would drop U+00A0 too). A regex would rescan every space run. */
function trimTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** What a non-blank line starts, or `unsure()` when the answer depends on rules this parser leaves to micromark. */
function classify(line: string): LineKind {
  const text = trimTrailingSpaces(line); // trailing spaces end no block; an item keeps them for its paragraph
  const first = text[0];
  if (first === '#') {
    const match = /^(#{1,6}) +(.*)$/.exec(text);
    const content = match?.[2];
    if (!match?.[1] || !content || content.endsWith('#')) unsure(); // closing sequences are left to micromark
    return { type: 'heading', depth: match[1].length as Heading['depth'], content };
  }
  if (first === '-' || first === '*' || first === '+') {
    if (text[1] === ' ') {
      const content = line.slice(2);
      if (content === '' || content.startsWith(' ')) unsure();
      return { type: 'item', marker: first, start: undefined, width: 2, content };
    }
    if (first !== '*' || /^[* ]+$/.test(text)) unsure(); // setext underline, thematic break, empty item
    return { type: 'text' }; // `*emphasis` at the start of a line
  }
  if (first !== undefined && first >= '0' && first <= '9') {
    const match = /^(\d{1,9})\. (.+)$/.exec(line);
    if (match?.[1] && match[2]) {
      if (match[2].startsWith(' ')) unsure();
      return { type: 'item', marker: '.', start: Number(match[1]), width: match[1].length + 2, content: match[2] };
    }
    if (/^\d{1,9}[.)]( |$)/.test(text)) unsure();
    return { type: 'text' };
  }
  if (first === undefined || ' >`~<=_\\'.includes(first)) unsure();
  return { type: 'text' };
}

function sameList(a: Item, b: Item): boolean {
  return a.marker === b.marker;
}

/** The blocks of `lines`, which are already stripped of their container's indentation. */
function blocks(lines: readonly Line[]): BlockContent[] {
  const out: BlockContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const { text, line } = lines[i] as Line;
    if (isBlank(text)) {
      i++;
      continue;
    }
    const kind = classify(text);
    if (kind.type === 'heading') {
      out.push({ type: 'heading', depth: kind.depth, children: inlines(kind.content, line), position: at(line) });
      i++;
    } else if (kind.type === 'item') {
      i = list(lines, i, kind, out);
    } else {
      i = paragraph(lines, i, out);
    }
  }
  return out;
}

function paragraph(lines: readonly Line[], start: number, out: BlockContent[]): number {
  const parts = [(lines[start] as Line).text];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (isBlank(text)) break;
    const kind = classify(text);
    if (kind.type === 'heading') break;
    if (kind.type === 'item') {
      if (kind.start === undefined || kind.start === 1) break; // these items interrupt a paragraph
      unsure();
    }
    parts.push(text);
  }
  // Two trailing spaces before a line ending make a hard break (which the loader rejects): left to micromark.
  if (parts.some((part, index) => index < parts.length - 1 && part.endsWith('  '))) unsure();
  const text = parts.map(trimTrailingSpaces).join('\n');
  if (text.startsWith('[') && /^\[[^\]]*\]:/.test(text)) unsure(); // a link reference definition
  const line = (lines[start] as Line).line;
  const node: Paragraph = { type: 'paragraph', children: inlines(text, line), position: at(line) };
  out.push(node);
  return i;
}

/** Parses the list starting with `first` at `start` into `out`; returns the index after it. */
function list(lines: readonly Line[], start: number, first: Item, out: BlockContent[]): number {
  const node: List = {
    type: 'list',
    ordered: first.start !== undefined,
    start: first.start ?? null,
    spread: false,
    children: [],
    position: at((lines[start] as Line).line),
  };
  out.push(node);
  let index = start;
  let item = first;
  for (;;) {
    const indent = ' '.repeat(item.width);
    const itemLines: Line[] = [{ text: item.content, line: (lines[index] as Line).line }];
    let last = index; // the item's last non-blank line
    for (let j = index + 1; j < lines.length; j++) {
      const { text, line } = lines[j] as Line;
      if (isBlank(text)) itemLines.push({ text: '', line });
      else if (text.startsWith(indent)) {
        itemLines.push({ text: text.slice(item.width), line });
        last = j;
      } else if (text.startsWith(' ')) unsure();
      else break;
    }
    itemLines.length = last - index + 1;
    const listItem: ListItem = {
      type: 'listItem',
      spread: false,
      checked: null,
      children: blocks(itemLines),
      position: at((lines[index] as Line).line),
    };
    node.children.push(listItem);

    const after = last + 1;
    const directlyAfter = lines[after];
    if (directlyAfter && !isBlank(directlyAfter.text)) {
      // Only a heading or an item of this list may follow without a blank line; text would be lazy continuation.
      const kind = classify(directlyAfter.text);
      if (kind.type === 'text' || (kind.type === 'item' && !sameList(kind, first))) unsure();
    }
    let next = after;
    while (next < lines.length && isBlank((lines[next] as Line).text)) next++;
    const nextLine = lines[next];
    const kind = nextLine ? classify(nextLine.text) : undefined;
    if (kind?.type !== 'item' || !sameList(kind, first)) return after;
    index = next;
    item = kind;
  }
}

/**
 * Left to micromark anywhere, link addresses included: escapes, code, HTML and autolinks, character references.
 * `_` and `![` are refused outside link addresses, where they are plain characters.
 */
const INLINE_UNSURE = /[\\`<]|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;

/** The characters `span` stops at. */
const SPECIAL = /[*[\]_!]/g;

/** `[text](address)` with no brackets in the text and a plain address: nothing else is a link here. */
const LINK = /\[([^[\]]+)\]\(([^\s()<>\\]+)\)/y;

/** Beyond this many `*` runs in one paragraph, emphasis matching could turn quadratic: leave it to micromark. */
const MAX_DELIMITER_RUNS = 200;

type Slot =
  | { kind: 'text'; value: string }
  | { kind: 'node'; node: PhrasingContent }
  | { kind: 'delimiter'; count: number; open: boolean; close: boolean };

const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 0;

/** micromark's classification of the character next to a `*` run (a string end counts as whitespace). */
function characterClass(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return WHITESPACE;
  if (code >= 0xd800 && code <= 0xdfff) unsure(); // micromark classifies astral characters by their code point
  const char = text.charAt(index);
  if (/\s/.test(char)) return WHITESPACE;
  return /\p{P}|\p{S}/u.test(char) ? PUNCTUATION : OTHER;
}

function inlines(text: string, line: number): PhrasingContent[] {
  if (INLINE_UNSURE.test(text)) unsure();
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return [{ type: 'text', value: text }]; // most text has no markup at all
  return span(text, 0, text.length, line);
}

/** The inlines of `text` from `from` to `to`; characters outside the range still count as neighbours. */
function span(text: string, from: number, to: number, line: number): PhrasingContent[] {
  const slots: Slot[] = [];
  let runs = 0;
  let textStart = from;
  const flush = (end: number) => {
    if (end > textStart) slots.push({ kind: 'text', value: text.slice(textStart, end) });
  };
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    const special = SPECIAL.exec(text);
    if (!special || special.index >= to) break;
    i = special.index;
    const char = special[0];
    if (char === '*') {
      flush(i);
      let end = i;
      while (end < to && text[end] === '*') end++;
      if (++runs > MAX_DELIMITER_RUNS) unsure();
      const before = characterClass(text, i - 1);
      const after = characterClass(text, end);
      slots.push({
        kind: 'delimiter',
        count: end - i,
        open: after === OTHER || (after === PUNCTUATION && before !== OTHER),
        close: before === OTHER || (before === PUNCTUATION && after !== OTHER),
      });
      i = textStart = end;
    } else if (char === '[') {
      LINK.lastIndex = i;
      const match = LINK.exec(text);
      if (!match?.[1] || !match[2] || i + match[0].length > to) unsure();
      flush(i);
      const linkLine = line + countNewlines(text, i);
      const children = span(text, i + 1, i + 1 + match[1].length, linkLine);
      slots.push({ kind: 'node', node: { type: 'link', url: match[2], title: null, children, position: at(linkLine) } });
      i = textStart = i + match[0].length;
    } else if (char === '!' && text[i + 1] !== '[') {
      i++;
    } else {
      unsure(); // `]`, `_`, `![`
    }
  }
  flush(to);
  matchEmphasis(slots);
  return phrasing(slots);
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Pairs `*` runs into emphasis and strong exactly as micromark's attention resolver does. */
function matchEmphasis(slots: Slot[]): void {
  let closerIndex = 0;
  while (closerIndex < slots.length) {
    const closer = slots[closerIndex] as Slot;
    if (closer.kind !== 'delimiter' || !closer.close || closer.count === 0) {
      closerIndex++;
      continue;
    }
    let openerIndex = closerIndex - 1;
    for (; openerIndex >= 0; openerIndex--) {
      const opener = slots[openerIndex] as Slot;
      if (opener.kind !== 'delimiter' || !opener.open || opener.count === 0) continue;
      // The "multiple of 3" rule, on the runs' remaining lengths as micromark applies it.
      const rule3 = (opener.close || closer.open) && closer.count % 3 !== 0 && (opener.count + closer.count) % 3 === 0;
      if (!rule3) break;
    }
    const opener = slots[openerIndex];
    if (opener?.kind !== 'delimiter') {
      closerIndex++;
      continue;
    }
    const use = opener.count > 1 && closer.count > 1 ? 2 : 1;
    opener.count -= use;
    closer.count -= use;
    const children = phrasing(slots.slice(openerIndex + 1, closerIndex));
    const group: Slot = { kind: 'node', node: { type: use === 2 ? 'strong' : 'emphasis', children } };
    slots.splice(openerIndex + 1, closerIndex - openerIndex - 1, group);
    closerIndex = openerIndex + 2;
    if (opener.count === 0) {
      slots.splice(openerIndex, 1);
      closerIndex--;
    }
    if (closer.count === 0) slots.splice(closerIndex, 1);
  }
}

/** Slots → mdast, unmatched `*` as text, adjacent text merged. */
function phrasing(slots: readonly Slot[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const slot of slots) {
    if (slot.kind === 'node') {
      out.push(slot.node);
      continue;
    }
    const value = slot.kind === 'text' ? slot.value : '*'.repeat(slot.count);
    if (value === '') continue;
    const previous = out.at(-1);
    if (previous?.type === 'text') previous.value += value;
    else out.push({ type: 'text', value });
  }
  return out;
}

/**
 * The mdast of `source` when it is entirely within the subset described above (YAML front matter required),
 * otherwise `undefined`: parse it with micromark then.
 */
export function parseSimpleMarkdown(source: string): Root | undefined {
  if (/[\t\r\0]/.test(source)) return undefined;
  const texts = source.split('\n');
  if (texts[0] !== '---') return undefined;
  // micromark's closing fence may carry trailing spaces.
  const close = texts.findIndex((text, index) => index > 0 && text.startsWith('---') && trimTrailingSpaces(text) === '---');
  if (close < 0) return undefined;
  const body: Line[] = [];
  for (let i = close + 1; i < texts.length; i++) body.push({ text: texts[i] as string, line: i + 1 });
  try {
    return {
      type: 'root',
      children: [{ type: 'yaml', value: texts.slice(1, close).join('\n'), position: at(1) }, ...blocks(body)],
    };
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}
