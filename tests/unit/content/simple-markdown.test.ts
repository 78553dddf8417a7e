/**
 * The fast path must build exactly the mdast micromark builds, whenever it does not step aside. Checked on the
 * bundled content, on hand-picked cases and on seeded random documents mixing every construct near the subset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS } from '../../../main/content/parse-document';
import { parseSimpleMarkdown } from '../../../main/content/simple-markdown';

const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

/** Node types whose start line the converter uses to locate faults. */
const LOCATED = new Set(['yaml', 'heading', 'paragraph', 'list', 'listItem', 'link']);

/** Fields the loader ignores: positions beyond the start line, tight/loose flags, checkboxes, plugin data. */
const IGNORED = new Set(['position', 'spread', 'checked', 'data']);

/** What the loader relies on in a tree: adjacent texts merged, located nodes with their start line. */
function comparable(node: unknown): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const child of node.map(comparable)) {
      const previous = out.at(-1) as { type?: string; value?: string } | undefined;
      const current = child as { type?: string; value?: string };
      if (previous?.type === 'text' && current.type === 'text') previous.value = `${previous.value ?? ''}${current.value ?? ''}`;
      else out.push(child);
    }
    return out;
  }
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (!IGNORED.has(key)) out[key] = comparable(value);
  const { type, position } = node as { type?: string; position?: { start: { line: number } } };
  if (type !== undefined && LOCATED.has(type)) out.line = position?.start.line;
  return out;
}

function reference(source: string): unknown {
  return comparable(fromMarkdown(source, PARSE_OPTIONS));
}

const FRONT = '---\nid: sample\nlang: en\n---\n';

/** Shapes the fast path must take (else it would not make loading fast) and get right. */
const TAKEN = [
  '## Heading {#anchor}\n\nA paragraph\nover two lines.\n',
  'Intro with *emphasis*, **strong**, ***both*** and a [link](https://example.org/a_b?c=d).\n',
  '- one\n- two\n\n- three, loose\n',
  '1. first\n2. second\n   - nested *bullet*\n   - another\n3. third\n',
  '- **Title**\n\n  Description of the entry.\n\n- **Other**\n\n  More.\n',
  'Paragraph then a list:\n- interrupting\n- it\n\n## Next\n\nText.\n',
  '* star list\n* items\n\n+ plus list\n',
  'Notre vision\u00a0: texte\u202f; l’équité ! *a* **b** [c *d*](mailto:x@example.org)\n',
  '**unbalanced* and *also** **a*b** *a **b** c* foo*bar* **foo**bar\n',
  '2. starts at two\n3. next\n',
  '### Deep\n\n#### Deeper\n\nText with (parentheses) and 1. numbers | pipes.\n',
  '\u00a0Starts and ends with a no-break space\u00a0\n',
  '## Trailing spaces {#x}  \n\nParagraph \nlines with one trailing space   \n- item  \n- item *b* \n',
];

/** Shapes outside the subset: the fast path must step aside so micromark decides (and the loader can reject). */
const DECLINED = [
  'Text with <b>HTML</b>.\n',
  '<div>\nblock\n</div>\n',
  'Line one  \nhard break.\n',
  '- item  \n  hard break in an item.\n',
  'Escaped \\*star\\*.\n',
  'Code `span`.\n',
  '```\ncode\n```\n',
  '    indented code\n',
  '> quote\n',
  'Setext\n===\n',
  'Para\n\n---\n',
  '![image](https://example.org/i.png)\n',
  '[reference]\n\n[reference]: https://example.org\n',
  'Fish &amp; chips.\n',
  '_underscore emphasis_\n',
  '- item\nlazy continuation\n',
  'Paragraph\n2. not a list\n',
  'Tab\there.\n',
  'Windows\r\nline endings.\r\n',
  '## Closing hashes ##\n',
  '1) parenthesis list\n',
  '-\n',
];

describe('parseSimpleMarkdown', () => {
  it.each(readdirSync(CONTENT_DIR).filter((name) => name.endsWith('.md')))('takes and matches content/%s', (name) => {
    const source = readFileSync(`${CONTENT_DIR}${name}`, 'utf8');
    const fast = parseSimpleMarkdown(source);
    expect(fast).toBeDefined();
    expect(comparable(fast)).toEqual(reference(source));
  });

  it.each(TAKEN)('takes and matches %j', (body) => {
    const source = FRONT + body;
    const fast = parseSimpleMarkdown(source);
    expect(fast).toBeDefined();
    expect(comparable(fast)).toEqual(reference(source));
  });

  it.each(DECLINED)('steps aside for %j', (body) => {
    expect(parseSimpleMarkdown(FRONT + body)).toBeUndefined();
  });

  it('steps aside without front matter', () => {
    expect(parseSimpleMarkdown('## Heading\n\nText.\n')).toBeUndefined();
    expect(parseSimpleMarkdown('---\nid: x\n\nNo closing fence.\n')).toBeUndefined();
  });

  it.each([
    '---\nid: x\n---  \nText.\n',
    '---\n---\nText.\n',
    '---\nid: x\ntitle: a --- b\n---\n## H\n',
  ])('finds the front matter micromark finds in %j', (source) => {
    const fast = parseSimpleMarkdown(source);
    expect(fast).toBeDefined();
    expect(comparable(fast)).toEqual(reference(source));
  });

  it('matches micromark on random documents', () => {
    const random = mulberry32(20250618);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    // Atoms the fast path handles, then atoms near them that it must decline or get right.
    const SAFE_ATOMS = [
      'a', 'b c', ' ', ' ', '*', '**', '***', '.', ',', '(', ')', '!', ':', '’', 'é', '\u00a0', '|',
      '[x](https://e.org/p)', '[*y* z](https://e.org/q_r)', '[**w**](mailto:a@b.c)', '*a*', '**b**', '****', '*****', '[(*v*)](https://e.org/*u*)',
    ];
    const HOSTILE_ATOMS = [...SAFE_ATOMS, '#', '-', '1.', '🙂', '_', '`', '&amp;', '<b>', '[', ']', '\\*', '![i](u)', '  \n', '\\'];
    let atoms = SAFE_ATOMS;
    const inline = () => {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(atoms)).join('');
      // Leading spaces and "![" make the fast path step aside; leave those to the hostile lines.
      return (text.replace(/^ +| +$/g, '').replaceAll('![', '! [') || 'a') + pick(['', '', '', '', ' ', '  ']);
    };
    const lines = (count: number, line: () => string) => Array.from({ length: count }, line).join('\n');
    const count = (most: number) => 1 + Math.floor(random() * most);
    const item = (marker: string): string => {
      const indent = ' '.repeat(marker.length + 1);
      const more = pick([
        () => '',
        () => `\n${indent}${inline()}`,
        () => `\n\n${indent}${inline()}`,
        () => `\n${lines(count(3), () => `${indent}- ${inline()}`)}`,
        () => `\n\n${lines(count(2), () => `${indent}1. ${inline()}`)}`,
      ])();
      return `${marker} ${inline()}${more}`;
    };
    // Whole blocks, as content files are written, mostly separated by blank lines.
    const SAFE_BLOCKS: (() => string)[] = [
      () => lines(count(3), inline),
      () => `${pick(['##', '###', '####'])} ${inline()}${pick(['', ' {#x}'])}`,
      () => lines(count(4), () => item(pick(['-', '*', '+']))),
      () => {
        const marker = pick(['-', '*']);
        return lines(count(4), () => item(marker));
      },
      () => lines(count(4), () => item(pick(['1.', '2.', '10.']))),
    ];
    const safeDocument = () =>
      Array.from({ length: count(8) }, () => pick(SAFE_BLOCKS)()).join(pick(['\n\n', '\n\n', '\n\n', '\n\n', '\n\n', '\n']));
    const HOSTILE_LINES: (() => string)[] = [
      inline, inline, inline,
      () => `## ${inline()}`, () => `# ${inline()}`, () => `#${inline()}`,
      () => `- ${inline()}`, () => `* ${inline()}`, () => `1. ${inline()}`, () => `2. ${inline()}`, () => `1) ${inline()}`,
      () => `  - ${inline()}`, () => `  ${inline()}`, () => `   ${inline()}`, () => `    ${inline()}`,
      () => '', () => '', () => '  ',
      () => '---', () => '***', () => '===', () => '-', () => `> ${inline()}`, () => '```', () => `${inline()}  `,
      () => `[${inline()}]: https://e.org`, () => `<div>${inline()}`, () => `\t${inline()}`,
    ];
    // A content-like document with one or two tricky lines or characters slipped in.
    const mutate = (document: string): string => {
      let out = document;
      for (let n = count(2); n > 0; n--) {
        const at = Math.floor(random() * (out.length + 1));
        const insert = random() < 0.5 ? pick(HOSTILE_ATOMS) : `\n${pick(HOSTILE_LINES)()}\n`;
        out = out.slice(0, at) + insert + out.slice(at);
      }
      return out;
    };
    const mismatches: string[] = [];
    const taken = [0, 0];
    const runs = 3000;
    for (let run = 0; run < runs && mismatches.length < 5; run++) {
      atoms = SAFE_ATOMS;
      let body = safeDocument();
      if (run % 2 === 1) {
        atoms = HOSTILE_ATOMS;
        body = mutate(body);
      }
      const source = `${FRONT}${body}\n`;
      const fast = parseSimpleMarkdown(source);
      if (!fast) continue;
      taken[run % 2] = (taken[run % 2] ?? 0) + 1;
      if (!isDeepStrictEqual(comparable(fast), reference(source))) mismatches.push(JSON.stringify(source));
    }
    expect(mismatches).toEqual([]);
    // Stepping aside every time would pass the check above vacuously.
    expect(taken[0]).toBeGreaterThan(runs / 8);
    expect(taken[1]).toBeGreaterThan(runs / 40);
  }, 30_000);
});

/** A small seeded generator, so a failure is reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
