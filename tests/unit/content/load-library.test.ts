import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../common/document';
import { loadLibrary } from '../../../main/content/loader';
import { contentFile, contentFolder, lineOf } from './fixtures';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function load(files: Record<string, string>): Promise<Library> {
  const folder = await contentFolder(files);
  cleanups.push(folder.remove);
  return loadLibrary(folder.dir);
}

function titles(library: Library): Record<string, Record<string, string>> {
  return Object.fromEntries(
    library.documents.map((entry) => [
      entry.id,
      Object.fromEntries(Object.entries(entry.versions).map(([lang, document]) => [lang, document.title])),
    ]),
  );
}

const GOOD = {
  'guide.en.md': contentFile({ id: 'guide', lang: 'en', title: 'Guide' }, '## Start\n\nHello.\n'),
  'guide.fr.md': contentFile({ id: 'guide', lang: 'fr', title: 'Guide (fr)' }, '## Début\n\nBonjour.\n'),
  'notes.en.md': contentFile({ id: 'notes', lang: 'en', title: 'Notes' }),
};

describe('loadLibrary', () => {
  it('pairs the language versions of an id and keeps an id with only one language', async () => {
    const library = await load(GOOD);
    expect(library.errors).toEqual([]);
    expect(titles(library)).toEqual({ guide: { en: 'Guide', fr: 'Guide (fr)' }, notes: { en: 'Notes' } });
  });

  it('sorts entries by id, whatever the file names', async () => {
    const library = await load({
      'a.md': contentFile({ id: 'zeta', title: 'Zeta' }),
      'b.md': contentFile({ id: 'alpha', title: 'Alpha' }),
      'c.md': contentFile({ id: 'mid', title: 'Mid' }),
    });
    expect(library.documents.map((entry) => entry.id)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('reads only the *.md files of the folder', async () => {
    const library = await load({ ...GOOD, 'readme.txt': 'not content', 'draft.md.bak': '<div>' });
    expect(library.errors).toEqual([]);
    expect(Object.keys(titles(library))).toEqual(['guide', 'notes']);
  });

  it('reports a second file for the same id and language, and keeps the first', async () => {
    const second = contentFile({ id: 'guide', lang: 'en', title: 'Guide again' });
    const library = await load({ ...GOOD, 'zz-guide.en.md': second });
    expect(titles(library).guide).toEqual({ en: 'Guide', fr: 'Guide (fr)' });
    expect(library.errors.map(({ file, line }) => ({ file, line }))).toEqual([{ file: 'zz-guide.en.md', line: lineOf(second, 'id:') }]);
    expect(library.errors[0]?.message).toContain('guide.en.md');
  });

  it('gives the same library every time', async () => {
    const files = { ...GOOD, 'zz-dup.md': contentFile({ id: 'notes' }), 'bad.md': '<p>' };
    const folder = await contentFolder(files);
    cleanups.push(folder.remove);
    const first = await loadLibrary(folder.dir);
    expect(await loadLibrary(folder.dir)).toEqual(first);
    expect(first.errors.map((error) => error.file)).toEqual(['bad.md', 'zz-dup.md']);
  });

  it('rejects a folder that does not exist', async () => {
    await expect(loadLibrary('/nonexistent/lisible-content')).rejects.toThrow();
  });
});

/** Each broken file, the text its error line must point at, and what the message must say. */
const BROKEN: [name: string, source: string, at: string, message: RegExp][] = [
  ['bad-yaml.md', contentFile({ title: 'About: Us' }), 'title:', /YAML/],
  ['missing-field.md', contentFile({ updated: undefined }), '---', /"updated"/],
  ['invalid-field.md', contentFile({ updated: 'June 18, 2025' }), 'updated:', /"updated".*YYYY-MM-DD/],
  ['invalid-lang.md', contentFile({ lang: 'de' }), 'lang:', /"lang".*en, fr/],
  ['unknown-field.md', contentFile({}, '').replace('title:', 'author: Me\ntitle:'), 'author:', /unknown.*"author"/],
  ['no-front-matter.md', '## Heading\n\nText.\n', '## Heading', /front matter/],
  ['html-block.md', contentFile({}, 'Intro.\n\n<div class="note">\nHi\n</div>\n'), '<div', /raw HTML is not allowed/],
  ['html-inline.md', contentFile({}, 'Intro.\n\nSome <span>styled</span> text.\n'), '<span>', /raw HTML is not allowed/],
  ['html-comment.md', contentFile({}, 'Intro.\n\n<!-- note -->\n'), '<!--', /raw HTML is not allowed/],
  ['html-in-list.md', contentFile({}, '- one\n- two <b>bold</b>\n'), '<b>', /raw HTML is not allowed/],
  ['image.md', contentFile({}, 'Intro.\n\n![Logo](https://example.org/logo.png)\n'), '![Logo]', /image/i],
  ['code.md', contentFile({}, 'Intro.\n\n```\ncode\n```\n'), '```', /code/],
  ['inline-code.md', contentFile({}, 'Intro.\n\nRun `npm`.\n'), '`npm`', /code/],
  ['quote.md', contentFile({}, 'Intro.\n\n> Quoted\n'), '> Quoted', /quote/],
  ['rule.md', contentFile({}, 'Intro.\n\n***\n\nMore.\n'), '***', /thematic break/],
  ['table.md', contentFile({}, 'Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'), '| a | b |', /table/],
  ['h1.md', contentFile({}, 'Intro.\n\n# Big title\n'), '# Big', /level-1/],
  ['skipped-level.md', contentFile({}, '## Two\n\nText.\n\n#### Four\n'), '#### Four', /skipped/],
  ['first-heading-h3.md', contentFile({}, 'Intro.\n\n### Three\n'), '### Three', /skipped/],
];

describe('a broken file', () => {
  it.each(BROKEN)('%s: its error gives the file and the line of the fault', async (name, source, at, message) => {
    const library = await load({ ...GOOD, [name]: source });
    expect(library.errors.map(({ file, line }) => ({ file, line }))).toEqual([{ file: name, line: lineOf(source, at) }]);
    expect(library.errors[0]?.message).toMatch(message);
    // Everything else still loads.
    expect(titles(library)).toEqual({ guide: { en: 'Guide', fr: 'Guide (fr)' }, notes: { en: 'Notes' } });
  });

  it('does not stop the other files loading, however many are broken', async () => {
    const broken = Object.fromEntries(BROKEN.map(([name, source]) => [name, source]));
    const library = await load({ ...GOOD, ...broken });
    expect(library.errors.map((error) => error.file)).toEqual(Object.keys(broken).sort());
    expect(Object.keys(titles(library))).toEqual(['guide', 'notes']);
  });
});
