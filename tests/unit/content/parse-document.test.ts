import { describe, expect, it } from 'vitest';
import type { Section } from '../../../common/document';
import { ContentFileError, parseDocumentSource } from '../../../main/content/loader';
import { contentFile, lineOf } from './fixtures';

function parse(body: string) {
  return parseDocumentSource(contentFile({}, body), 'docs/sample.md');
}

/** The fault parsing `source` raises, so a test can check where it points. */
function faultOf(source: string): ContentFileError {
  try {
    parseDocumentSource(source, 'docs/sample.md');
  } catch (error) {
    if (error instanceof ContentFileError) return error;
    throw error;
  }
  throw new Error('the source parsed without a fault');
}

function outline(sections: readonly Section[]): unknown[] {
  return sections.map((s) => (s.sections.length ? [s.id, s.level, outline(s.sections)] : [s.id, s.level]));
}

describe('parseDocumentSource', () => {
  it('takes the metadata from the front matter', () => {
    const document = parseDocumentSource(
      contentFile({ id: 'guide', lang: 'fr', title: 'À propos', updated: '2023-03-28', source: 'https://example.org/fr' }),
      'guide.fr.md',
    );
    expect(document).toMatchObject({
      id: 'guide',
      lang: 'fr',
      title: 'À propos',
      updated: '2023-03-28',
      source: 'https://example.org/fr',
    });
  });

  it('puts blocks before the first heading in the intro and nests sections by heading level', () => {
    const document = parse('Intro.\n\n## A\n\nIn A.\n\n### B\n\n#### C\n\n### D\n\nIn D.\n\n## E\n');
    expect(document.intro).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Intro.' }] }]);
    expect(outline(document.sections)).toEqual([['a', 2, [['b', 3, [['c', 4]]], ['d', 3]]], ['e', 2]]);
    expect(document.sections[0]?.blocks).toHaveLength(1);
    expect(document.sections[0]?.sections[1]?.blocks).toHaveLength(1);
  });

  it('turns emphasis, strong and links into inlines, and a soft line break into a space', () => {
    const document = parse('Some *soft*, **firm** and [linked **words**](https://example.org/a)\nacross lines.\n');
    expect(document.intro[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Some ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'soft' }] },
        { type: 'text', value: ', ' },
        { type: 'strong', children: [{ type: 'text', value: 'firm' }] },
        { type: 'text', value: ' and ' },
        {
          type: 'link',
          href: 'https://example.org/a',
          children: [
            { type: 'text', value: 'linked ' },
            { type: 'strong', children: [{ type: 'text', value: 'words' }] },
          ],
        },
        { type: 'text', value: ' across lines.' },
      ],
    });
  });

  it('keeps no-break spaces as written, in headings and their titles too', () => {
    const document = parse('Notre vision\u00a0: oui\u202f;\n\n## Objectif\u00a0: *santé*\u202f!\n');
    expect(document.intro[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Notre vision\u00a0: oui\u202f;' }] });
    expect(document.sections[0]?.title).toBe('Objectif\u00a0: santé\u202f!');
  });

  it('makes lists of items that are block arrays, nested lists included', () => {
    const document = parse('1. one\n2. two\n   - a\n   - b\n');
    expect(document.intro).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }],
          [
            { type: 'paragraph', children: [{ type: 'text', value: 'two' }] },
            {
              type: 'list',
              ordered: false,
              items: [
                [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }],
                [{ type: 'paragraph', children: [{ type: 'text', value: 'b' }] }],
              ],
            },
          ],
        ],
      },
    ]);
  });

  it('decodes escapes and character references, keeps link addresses as written, accepts autolinks', () => {
    const document = parse('Fish &amp; chips \\*not emphasis\\*, [café](https://example.org/café?a=1&amp;b=2) <https://example.org/x>\n');
    expect(document.intro[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Fish & chips *not emphasis*, ' },
        { type: 'link', href: 'https://example.org/café?a=1&b=2', children: [{ type: 'text', value: 'café' }] },
        { type: 'text', value: ' ' },
        { type: 'link', href: 'https://example.org/x', children: [{ type: 'text', value: 'https://example.org/x' }] },
      ],
    });
  });

  it('keeps a titled entry of a loose list as one item of two paragraphs, and a list may interrupt a paragraph', () => {
    const document = parse('Entries:\n- **One**\n\n  About one.\n\n- **Two**\n\n  About two.\n');
    expect(document.intro.map((block) => block.type)).toEqual(['paragraph', 'list']);
    const list = document.intro[1];
    expect(list?.type === 'list' && list.items.map((item) => item.map((block) => block.type))).toEqual([
      ['paragraph', 'paragraph'],
      ['paragraph', 'paragraph'],
    ]);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const source = `\ufeff${contentFile({ title: 'Windows' }, '## Part\r\n\r\nText\r\nmore.\r\n')}`.replace(/\r?\n/g, '\r\n');
    const document = parseDocumentSource(source, 'crlf.md');
    expect(document.title).toBe('Windows');
    expect(document.sections[0]?.blocks[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Text more.' }] });
  });
});

describe('section anchors', () => {
  it('uses a {#anchor} suffix as the id and leaves it out of the heading', () => {
    const [section] = parse('## Our *Goal*: better care {#goal}\n').sections;
    expect(section?.id).toBe('goal');
    expect(section?.title).toBe('Our Goal: better care');
    expect(section?.heading.at(-1)).toEqual({ type: 'text', value: ': better care' });
  });

  it('otherwise slugs the heading: lowercase, accents stripped, other characters one hyphen', () => {
    const ids = parse('## Équité & œuvres — 2023 !\n\n## Éléments guidant notre travail\n').sections.map((s) => s.id);
    expect(ids).toEqual(['equite-oeuvres-2023', 'elements-guidant-notre-travail']);
  });

  it('makes slugs unique, and leaves explicit anchors to the headings that ask for them', () => {
    const ids = parse('## Notes\n\n## Notes\n\n## Goal\n\n## Notes\n\n## Aims {#goal}\n').sections.map((s) => s.id);
    expect(ids).toEqual(['notes', 'notes-2', 'goal-2', 'notes-3', 'goal']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects the same explicit anchor twice, at the second heading', () => {
    const source = contentFile({}, '## One {#same}\n\n## Two {#same}\n');
    const fault = faultOf(source);
    expect(fault.line).toBe(lineOf(source, 'Two'));
    expect(fault.reason).toMatch(/"same".*line 9/);
  });

  it('rejects an anchor that is not lowercase words joined by hyphens', () => {
    const source = contentFile({}, 'Intro.\n\n## One {#Our_Goal}\n');
    expect(faultOf(source).line).toBe(lineOf(source, 'One'));
  });
});

describe('faults', () => {
  it('are ContentFileErrors whose message starts with file:line', () => {
    const source = contentFile({}, 'Text.\n\n<div>raw</div>\n');
    const fault = faultOf(source);
    expect(fault).toBeInstanceOf(Error);
    expect(fault.file).toBe('docs/sample.md');
    expect(fault.message).toBe(`docs/sample.md:${lineOf(source, '<div>')}: raw HTML is not allowed`);
  });

  it.each([
    ['a relative link', 'See [this](other.md).', /absolute/],
    ['a javascript: link', 'See [this](javascript:alert(1)).', /absolute http, https or mailto/],
    ['a link without text', 'See [](https://example.org).', /no text/],
    ['a hard line break', 'One\\\nTwo', /line break/],
    ['a reference link', 'See [this][ref].\n\n[ref]: https://example.org', /reference/],
    ['an empty list item', '- one\n-\n- three', /empty/],
    ['a numbered list not starting at 1', '3. three\n4. four', /start at 1/],
    ['a heading inside a list', '- ## Heading', /heading/i],
  ])('%s is a fault on its line', (_, body, reason) => {
    const source = contentFile({}, `Intro.\n\n${body}\n`);
    const fault = faultOf(source);
    expect(fault.reason).toMatch(reason);
    expect(fault.line).toBeGreaterThanOrEqual(lineOf(source, body.split('\n')[0] ?? ''));
    expect(fault.line).toBeLessThanOrEqual(lineOf(source, body.split('\n')[0] ?? '') + body.split('\n').length - 1);
  });

  it.each([
    ['raw HTML', '<span>styled</span>', /raw HTML/],
    ['inline code', '`code`', /inline code/],
    ['an image', '![logo](https://example.org/logo.png)', /images/],
    ['a hard line break', 'two trailing spaces  \nnext', /hard line breaks/],
    ['a javascript: link', '[click](javascript:void(0))', /absolute http, https or mailto/],
  ])('%s on a later line of a paragraph is a fault on that very line', (_, text, reason) => {
    const source = contentFile({}, `Intro.\n\nA paragraph\nover *several*\nlines, then ${text}\nand more.\n`);
    const fault = faultOf(source);
    expect(fault.reason).toMatch(reason);
    expect(fault.line).toBe(lineOf(source, 'lines, then'));
  });

  it.each([
    ['a reference definition', 'Intro [link][ref].\n\n[ref]: https://example.org\n', '[ref]:', /reference links/],
    ['a setext level-1 heading', 'Title\n=====\n', 'Title', /level-1/],
    ['a thematic break', 'Intro.\n\n* * *\n\nMore.\n', '* * *', /thematic break/],
    ['an indented code block', 'Intro.\n\n    code\n', '    code', /code blocks/],
    ['HTML inside a list item', '- one\n- <div>two</div>\n', '<div>', /raw HTML/],
  ])('%s is a fault on its line', (_, body, at, reason) => {
    const source = contentFile({}, body);
    const fault = faultOf(source);
    expect(fault.reason).toMatch(reason);
    expect(fault.line).toBe(lineOf(source, at));
  });

  it('rejects lists nested deeper than the parser reads, instead of losing their text', () => {
    const body = Array.from({ length: 12 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    const source = contentFile({}, `${body}\n`);
    const fault = faultOf(source);
    expect(fault.reason).toMatch(/nested too deeply/);
    expect(fault.line).toBe(lineOf(source, 'level 9'));
  });

  it.each([
    ['an impossible date', { updated: '2025-02-31' }, 'updated:', /"updated"/],
    ['a source that is not a web address', { source: 'ftp://example.org' }, 'source:', /"source".*http/],
    ['an id with capitals', { id: 'About-Us' }, 'id:', /"id"/],
    ['an empty title', { title: '""' }, 'title:', /"title"/],
  ])('%s is a fault on its front matter line', (_, fields, at, reason) => {
    const source = contentFile(fields);
    const fault = faultOf(source);
    expect(fault.line).toBe(lineOf(source, at));
    expect(fault.reason).toMatch(reason);
  });

  it('locate YAML syntax errors on the file line, not the YAML line', () => {
    const source = contentFile({ source: 'https://example.org/a: b' });
    const fault = faultOf(source);
    expect(fault.reason).toMatch(/YAML/);
    expect(fault.line).toBe(lineOf(source, 'source:'));
  });

  it('report front matter that is not at the start of the file', () => {
    expect(faultOf(`Text first.\n\n${contentFile({})}`).reason).toMatch(/front matter/);
  });
});
