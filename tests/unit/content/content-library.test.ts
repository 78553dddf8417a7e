import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexOf, type ContentError } from '../../../common/document';
import { loadLibrary, openContentLibrary } from '../../../main/content/loader';
import { contentFile, contentFolder, GOOD_LIBRARY, lineOf } from './fixtures';

/** Each broken file, the text its error line must point at (shared with the whole-library loader's tests). */
const BROKEN: [name: string, source: string, at: string][] = [
  ['bad-yaml.md', contentFile({ id: 'bad-yaml', title: 'About: Us' }), 'title:'],
  ['missing-field.md', contentFile({ id: 'missing-field', updated: undefined }), '---'],
  ['no-front-matter.md', '## Heading\n\nText.\n', '## Heading'],
  ['unclosed.md', '---\nid: unclosed\nlang: en\n\n## Heading\n', '---'],
  ['html-block.md', contentFile({ id: 'html-block' }, 'Intro.\n\n<div class="note">\nHi\n</div>\n'), '<div'],
  ['table.md', contentFile({ id: 'table' }, 'Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'), '| a | b |'],
  ['skipped-level.md', contentFile({ id: 'skipped-level' }, '## Two\n\nText.\n\n#### Four\n'), '#### Four'],
];

const GOOD = GOOD_LIBRARY;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function folder(files: Record<string, string>): Promise<string> {
  const made = await contentFolder(files);
  cleanups.push(made.remove);
  return made.dir;
}

const location = ({ file, line }: ContentError) => `${file}:${line}`;

describe('openContentLibrary', () => {
  it('indexes exactly what the whole-library loader loads, titles and dates included', async () => {
    const dir = await folder(GOOD);
    expect(await openContentLibrary(dir).index()).toEqual(indexOf(await loadLibrary(dir)));
  });

  it('gives each body as the whole-library loader parses it, parsing it once', async () => {
    const dir = await folder(GOOD);
    const content = openContentLibrary(dir);
    const whole = await loadLibrary(dir);
    const first = await content.document('guide', 'fr');
    expect(first).toEqual({ status: 'ok', document: whole.documents[0]?.versions.fr });
    // Changed on disk after it was read: the kept body is served, not the file read again.
    await writeFile(join(dir, 'guide.fr.md'), contentFile({ id: 'guide', lang: 'fr', title: 'Changé' }));
    await expect(content.document('guide', 'fr')).resolves.toBe(first);
  });

  it('reads no body until one is asked for', async () => {
    // A body the index would reject if it parsed it: the index does not see it.
    const dir = await folder({ ...GOOD, 'broken.en.md': contentFile({ id: 'broken' }, '<div>\nraw\n</div>\n') });
    const index = await openContentLibrary(dir).index();
    expect(index.errors).toEqual([]);
    expect(index.documents.map((entry) => entry.id)).toEqual(['broken', 'guide', 'notes']);
  });

  it('finds a front matter that runs past the first 4 KB', async () => {
    const title = `Long ${'title '.repeat(900)}`.trim();
    const dir = await folder({ 'long.en.md': contentFile({ id: 'long', title }) });
    const index = await openContentLibrary(dir).index();
    expect(index.errors).toEqual([]);
    expect(index.documents[0]?.versions.en?.title).toBe(title);
  });

  it('says a version is missing when the index has no such id or language', async () => {
    const content = openContentLibrary(await folder(GOOD));
    await expect(content.document('notes', 'fr')).resolves.toEqual({ status: 'missing' });
    await expect(content.document('elsewhere', 'en')).resolves.toEqual({ status: 'missing' });
  });

  it('reports every fault the whole-library loader reports, at the same file and line: front matter at start, a body when opened', async () => {
    const files = Object.fromEntries(BROKEN.map(([name, source]) => [name, source]));
    const dir = await folder({ ...GOOD, ...files });
    const reported = vi.fn<(error: ContentError) => void>();
    const content = openContentLibrary(dir, reported);
    const index = await content.index();
    const opened: ContentError[] = [];
    for (const entry of index.documents) {
      for (const lang of ['en', 'fr'] as const) {
        if (!entry.versions[lang]) continue;
        const load = await content.document(entry.id, lang);
        if (load.status === 'invalid') opened.push(load.error);
      }
    }
    const expected = (await loadLibrary(dir)).errors.map(location).sort();
    expect([...index.errors, ...opened].map(location).sort()).toEqual(expected);
    expect(reported.mock.calls.map(([error]) => location(error)).sort()).toEqual(expected);
    expect(expected).toEqual(BROKEN.map(([name, source, at]) => `${name}:${lineOf(source, at)}`).sort());
    // The good documents still open.
    await expect(content.document('guide', 'en')).resolves.toMatchObject({ status: 'ok' });
  });

  it('rejects the index of a folder that does not exist, and answers "missing" for its documents', async () => {
    const content = openContentLibrary('/nonexistent/lisible-content');
    await expect(content.index()).rejects.toThrow();
    await expect(content.document('guide', 'en')).resolves.toEqual({ status: 'missing' });
  });
});
