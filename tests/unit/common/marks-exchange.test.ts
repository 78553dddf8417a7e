import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { edited, MAX_MARKS, MarkSchema, type Mark } from '../../../common/marks';
import {
  MAX_IMPORT_BYTES,
  parseWebAnnotations,
  toHtml,
  toMarkdown,
  toWebAnnotations,
  withImported,
  type ExportWords,
} from '../../../common/marks-exchange';
import { bookmark, highlight, note, savedMarks } from '../../support/marks';

const words: ExportWords = {
  title: 'My marks',
  headings: { bookmarks: 'Bookmarks', highlights: 'Highlights', notes: 'Notes' },
  categories: { important: 'Important', question: 'Question', definition: 'Definition', todo: 'To do' },
  quote: (text) => `“${text}”`,
};

const introduction: Mark = { ...note('d', 'Intro note'), target: { ...note('d').target, section: null } };
const marks: Mark[] = [bookmark('a'), highlight('b', 'question'), note('c', 'Line one\nline two'), introduction];

const exported = (list: readonly Mark[]) => JSON.stringify(toWebAnnotations(list, 'My marks'));

describe('Web Annotation export', () => {
  it('describes each mark with its motivation, body and both selectors within its section', () => {
    const file = toWebAnnotations(marks, 'My marks');
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.total).toBe(4);
    const [mark, highlighted, noted, intro] = file.first.items;
    expect(mark?.motivation).toBe('bookmarking');
    expect(highlighted?.body).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'question' });
    expect(noted?.body).toMatchObject({ purpose: 'commenting', value: 'Line one\nline two', language: 'en' });
    expect(noted?.target.source).toBe('urn:lisible:document:about-us:en');
    expect(noted?.target.selector).toEqual([
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'our-work',
        refinedBy: {
          type: 'TextQuoteSelector',
          exact: 'We connect',
          prefix: 'Ontario Health. ',
          suffix: ' the health system',
        },
      },
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
        value: 'our-work',
        refinedBy: { type: 'TextPositionSelector', start: 16, end: 26 },
      },
    ]);
    expect(intro?.target.selector.map((selector) => selector.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(noted?.created).toBe('2026-01-05T14:00:00.000Z');
  });

  it('gives back the same marks when read back in', () => {
    expect(parseWebAnnotations(exported(marks))).toEqual({ marks });
  });

  it('reads a bare list of annotations and an AnnotationPage', () => {
    const { first } = toWebAnnotations(marks, 'x');
    expect(parseWebAnnotations(JSON.stringify(first.items))).toEqual({ marks });
    const page = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...first };
    expect(parseWebAnnotations(JSON.stringify(page))).toEqual({ marks });
  });

  it('round-trips any valid marks', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((value) => value.replace(/[^\x20-\x7e\u00a0-\uffff]/g, ' '));
    const arbitraryMark = fc
      .record({
        id: fc.uuid(),
        exact: text,
        prefix: fc.string({ maxLength: 20 }),
        start: fc.nat(1000),
        section: fc.option(fc.constantFrom('our-work', 'who-we-are'), { nil: null }),
        kind: fc.constantFrom('bookmark', 'highlight', 'note'),
        words: text,
        language: fc.constantFrom('en', 'fr'),
      })
      .map(({ id, exact, prefix, start, section, kind, words: written, language }): Mark => {
        const where = { language, target: { section, exact, prefix, suffix: '', start, end: start + exact.length } };
        if (kind === 'bookmark') return { ...bookmark(id, written), ...where };
        if (kind === 'highlight') return { ...highlight(id, 'todo'), ...where };
        return { ...note(id, written), ...where };
      });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryMark, { selector: (mark) => mark.id, maxLength: 8 }), (list) => {
        expect(parseWebAnnotations(exported(list))).toEqual({ marks: list });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Web Annotation import', () => {
  const refused = (value: unknown) => parseWebAnnotations(typeof value === 'string' ? value : JSON.stringify(value));

  it('refuses what is not JSON, too large, or not annotations', () => {
    expect(refused('{')).toEqual({ refused: 'not json' });
    expect(refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ refused: 'too large' });
    expect(refused({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Thing' })).toEqual({
      refused: 'not annotations',
    });
  });

  it('refuses a file whose offsets do not span the quote, or out of range, or a body that does not fit', () => {
    const file = toWebAnnotations([highlight('b')], 'x');
    const mutate = (change: (item: Record<string, unknown>) => void) => {
      const copy = structuredClone(file);
      change(copy.first.items[0] as unknown as Record<string, unknown>);
      return refused(copy);
    };
    const position = (item: Record<string, unknown>) =>
      (item.target as { selector: { refinedBy: Record<string, unknown> }[] }).selector[1]?.refinedBy ?? {};
    expect(mutate((item) => (position(item).end = 99))).toEqual({ refused: 'not annotations' });
    expect(mutate((item) => Object.assign(position(item), { start: -10, end: 0 }))).toEqual({
      refused: 'not annotations',
    });
    expect(mutate((item) => Object.assign(position(item), { start: 1e12, end: 1e12 + 10 }))).toEqual({
      refused: 'not annotations',
    });
    expect(mutate((item) => (item.body = { type: 'TextualBody', purpose: 'tagging', value: 'favourite' }))).toEqual({
      refused: 'not annotations',
    });
    expect(mutate((item) => (item.motivation = 'commenting'))).toEqual({ refused: 'not annotations' });
    expect(mutate((item) => (item.created = 'yesterday'))).toEqual({ refused: 'not annotations' });
    expect(mutate((item) => (item.modified = 'yesterday'))).toEqual({ refused: 'not annotations' });
    expect(mutate((item) => (item.id = 'urn:lisible:mark:has spaces'))).toEqual({ refused: 'not annotations' });
  });

  it('refuses two annotations with one id, and more marks than may be kept', () => {
    expect(refused(toWebAnnotations([note('a'), note('a')], 'x'))).toEqual({ refused: 'not annotations' });
    const many = Array.from({ length: MAX_MARKS + 1 }, (_, index) => highlight(`m${index}`));
    expect(refused(toWebAnnotations(many, 'x'))).toEqual({ refused: 'not annotations' });
  });

  it('never throws on hostile input, and whatever it accepts is valid marks', () => {
    const valid = toWebAnnotations(marks, 'x');
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const hostile = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
      fc.nat(200_000).map(deep),
      fc.constantFrom(
        '{"__proto__":{"polluted":true},"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage","items":[]}',
        JSON.stringify({ ...valid, first: { ...valid.first, items: [{ constructor: { prototype: { x: 1 } } }] } }),
        JSON.stringify({
          ...valid,
          first: {
            ...valid.first,
            items: [
              {
                ...valid.first.items[0],
                body: { type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(100_000) },
              },
            ],
          },
        }),
      ),
      // A valid file with one value somewhere replaced by anything.
      fc.tuple(fc.nat(), fc.jsonValue()).map(([seed, value]) => {
        const copy = structuredClone(valid) as unknown as Record<string, unknown>;
        const paths: { holder: Record<string, unknown>; key: string }[] = [];
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const [key, child] of Object.entries(node)) {
            paths.push({ holder: node as Record<string, unknown>, key });
            walk(child);
          }
        };
        walk(copy);
        const chosen = paths[seed % paths.length];
        if (chosen) chosen.holder[chosen.key] = value;
        return JSON.stringify(copy);
      }),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const result = parseWebAnnotations(text);
        if ('marks' in result) {
          expect(result.marks.length).toBeLessThanOrEqual(MAX_MARKS);
          expect(new Set(result.marks.map((mark) => mark.id)).size).toBe(result.marks.length);
          for (const mark of result.marks) expect(v.safeParse(MarkSchema, mark).success).toBe(true);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('adds only marks not already kept', () => {
    const { saved, added } = withImported(savedMarks(note('a'), highlight('b')), [note('a', 'changed'), bookmark('c')]);
    expect(added.map((mark) => mark.id)).toEqual(['c']);
    expect(saved.marks.map((mark) => mark.id)).toEqual(['a', 'b', 'c']);
    expect(saved.marks[0]).toEqual(note('a'));
  });
});

describe('the people formats', () => {
  it('lists the marks by kind in Markdown, the reader’s text escaped', () => {
    const markdown = toMarkdown([bookmark('a', 'Our *work*'), highlight('b', 'question'), note('c', 'See #3')], words);
    expect(markdown).toBe(
      [
        '# My marks',
        '',
        '## Bookmarks',
        '',
        '- **Our \\*work\\***  \n  “We connect”',
        '',
        '## Highlights',
        '',
        '- **Question**  \n  “We connect”',
        '',
        '## Notes',
        '',
        '- **“We connect”**  \n  See \\#3',
        '',
      ].join('\n'),
    );
  });

  it('writes HTML with the language of each passage and no markup from the reader’s text', () => {
    const html = toHtml([note('c', '<script>alert(1)</script>'), { ...highlight('b'), language: 'fr' }], words, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Notes</h2>');
    expect(html).toContain('<strong lang="en">“We connect”</strong>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<strong>Important</strong><br><span lang="fr">“We connect”</span>');
  });
});

describe('the date a mark was last changed', () => {
  const changed = edited(note('e', 'First thought'), { text: 'Second thought' }, new Date('2026-03-01T08:00:00.000Z'));

  it("is exported as the annotation's modified, and only for a mark that was changed", () => {
    const { items } = toWebAnnotations([note('c'), changed], 'x').first;
    expect(items[0]).not.toHaveProperty('modified');
    expect(items[1]).toMatchObject({ created: '2026-01-05T14:00:00.000Z', modified: '2026-03-01T08:00:00.000Z' });
  });

  it('is read back on import, and its absence too', () => {
    const text = JSON.stringify(toWebAnnotations([note('c'), changed], 'x'));
    expect(parseWebAnnotations(text)).toEqual({ marks: [note('c'), changed] });
  });
});
