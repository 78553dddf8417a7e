/**
 * The desktop's index kept between launches (main/content/kept-index.ts): each "launch" opens the library afresh
 * on the same content folder and the same user-data folder, as the app does.
 */
import { mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { START_DOCUMENTS, startOf, type ContentError } from '../../../common/document';
import { INDEX_FILE_NAME, START_FILE_NAME } from '../../../main/content/kept-index';
import { openContentLibrary } from '../../../main/content/loader';
import { contentFile, contentFolder, GOOD_LIBRARY, lineOf } from './fixtures';

const GOOD = GOOD_LIBRARY;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function setUp(files: Record<string, string>): Promise<{ dir: string; userData: string }> {
  const made = await contentFolder(files);
  const userData = await mkdtemp(join(tmpdir(), 'lisible-user-data-'));
  cleanups.push(made.remove, () => rm(userData, { recursive: true, force: true }));
  return { dir: made.dir, userData };
}

/** One launch: the library opened as the app opens it (its `index()` resolves once the index is kept). */
function launch(dir: string, userData: string, onError?: (error: ContentError) => void) {
  return openContentLibrary(dir, onError, { keepIndexIn: userData });
}

/** Changes what was kept in a file of the user-data folder, as a hand or another program might. */
async function editKept(path: string, from: string, to: string): Promise<void> {
  const kept = await readFile(path, 'utf8');
  expect(kept).toContain(from);
  await writeFile(path, kept.replace(from, to));
}

const titles = (index: { documents: { id: string; versions: { en?: { title: string } } }[] }) =>
  index.documents.map((entry) => `${entry.id}: ${entry.versions.en?.title ?? '-'}`);

describe('the index kept between launches', () => {
  it('gives the first launch the start read from the folder, and the next launches the start it kept', async () => {
    const { dir, userData } = await setUp(GOOD);
    const first = launch(dir, userData);
    const checked = await first.index();
    expect(await first.start()).toEqual({ ...startOf(checked), complete: true });

    const second = launch(dir, userData);
    // From the kept start, not yet checked against the folder: the page then asks for the whole index.
    expect(await second.start()).toEqual({ ...startOf(checked), complete: false });
    await expect(second.document('guide', 'fr')).resolves.toMatchObject({ status: 'ok', document: { title: 'Guide (fr)' } });
    expect(await second.index()).toEqual(checked);
  });

  it('keeps a start of the same size whatever the library, with the document asked for when it is further down', async () => {
    const many = Object.fromEntries(
      Array.from({ length: START_DOCUMENTS + 20 }, (_, n) => {
        const id = `doc-${String(n).padStart(3, '0')}`;
        return [`${id}.en.md`, contentFile({ id, title: `Document ${n}` })];
      }),
    );
    const { dir, userData } = await setUp(many);
    await launch(dir, userData).index();
    const kept = JSON.parse(await readFile(join(userData, START_FILE_NAME), 'utf8')) as { start: { documents: unknown[] } };
    expect(kept.start.documents).toHaveLength(START_DOCUMENTS);

    const next = launch(dir, userData);
    const start = await next.start();
    expect(start.documents).toHaveLength(START_DOCUMENTS);
    expect(start.complete).toBe(false);
    const beyond = `doc-${String(START_DOCUMENTS + 10).padStart(3, '0')}`;
    const further = await next.start(beyond);
    expect(further.documents.map((entry) => entry.id)).toEqual([...start.documents.map((entry) => entry.id), beyond]);
    await expect(next.document(beyond, 'en')).resolves.toMatchObject({ status: 'ok' });
  });

  it('shows a changed file as it now is once the folder is checked, and keeps that for the next launch', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    await writeFile(join(dir, 'notes.en.md'), contentFile({ id: 'notes', lang: 'en', title: 'Notes, revised' }));

    const second = launch(dir, userData);
    // The kept start is from the last launch: stale until the folder is checked…
    expect(titles(await second.start())).toEqual(['guide: Guide', 'notes: Notes']);
    // …which the whole index is, and the body is read from the file as it is now.
    expect(titles(await second.index())).toEqual(['guide: Guide', 'notes: Notes, revised']);
    await expect(second.document('notes', 'en')).resolves.toMatchObject({ document: { title: 'Notes, revised' } });

    const third = launch(dir, userData);
    expect(titles(await third.start())).toEqual(['guide: Guide', 'notes: Notes, revised']);
  });

  it('drops a removed file: the document is missing once checked, and from the next launch on', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    await unlink(join(dir, 'notes.en.md'));

    const second = launch(dir, userData);
    await expect(second.document('notes', 'en')).resolves.toEqual({ status: 'missing' });
    expect(titles(await second.index())).toEqual(['guide: Guide']);
    expect(titles(await launch(dir, userData).start())).toEqual(['guide: Guide']);
  });

  it('opens the right version when the file the kept start names now holds another', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    // The English guide moved to another file; its old file now holds a new document.
    await writeFile(join(dir, 'a-guide.en.md'), GOOD['guide.en.md']);
    await writeFile(join(dir, 'guide.en.md'), contentFile({ id: 'other', title: 'Other' }));

    const second = launch(dir, userData);
    await expect(second.document('guide', 'en')).resolves.toMatchObject({ status: 'ok', document: { title: 'Guide' } });
    expect(titles(await second.index())).toEqual(['guide: Guide', 'notes: Notes', 'other: Other']);
  });

  it('reads again only the files whose name, size or modification time changed', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    // What was kept of a file is trusted while its stamp is the same: a title edited in the kept index shows…
    await editKept(join(userData, INDEX_FILE_NAME), '"title":"Notes"', '"title":"Kept notes"');
    expect(titles(await launch(dir, userData).index())).toContain('notes: Kept notes');
    // …until the file's modification time changes, when the file itself is read again.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'notes.en.md'), later, later);
    expect(titles(await launch(dir, userData).index())).toContain('notes: Notes');
  });

  it.each([
    ['damaged', '{"format":1,'],
    ['not JSON at all', '\u0000\u0001garbage'],
    ['of another shape', JSON.stringify({ format: 1, folder: '', files: 'all of them' })],
  ])('ignores a kept index that is %s: the folder is read and the index kept anew', async (_case, text) => {
    const { dir, userData } = await setUp(GOOD);
    const expected = await launch(dir, userData).index();
    await writeFile(join(userData, START_FILE_NAME), text);
    await writeFile(join(userData, INDEX_FILE_NAME), text);

    const second = launch(dir, userData);
    expect(await second.start()).toEqual({ ...startOf(expected), complete: true });
    expect(await second.index()).toEqual(expected);
    // Written anew, and used by the next launch.
    expect(await launch(dir, userData).start()).toEqual({ ...startOf(expected), complete: false });
  });

  it('ignores what was kept for another content folder', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    const other = await setUp({ 'solo.en.md': contentFile({ id: 'solo', title: 'Solo' }) });
    const content = launch(other.dir, userData);
    expect(titles(await content.start())).toEqual(['solo: Solo']);
    await content.index();
  });

  it('reports a broken document among many at each launch, and the others still open', async () => {
    const broken = contentFile({ id: 'broken', title: 'Broken: yes' });
    const files = { ...GOOD, 'broken.en.md': broken };
    const { dir, userData } = await setUp(files);
    await launch(dir, userData).index();

    const reported = vi.fn<(error: ContentError) => void>();
    const second = launch(dir, userData, reported);
    const where = `broken.en.md:${lineOf(broken, 'title:')}`;
    // Known from the first screen on (the kept start), and reported again once the folder is checked.
    expect((await second.start()).errors.map((error) => `${error.file}:${error.line}`)).toEqual([where]);
    expect((await second.index()).errors.map((error) => `${error.file}:${error.line}`)).toEqual([where]);
    expect(reported.mock.calls.map(([error]) => `${error.file}:${error.line}`)).toEqual([where]);
    await expect(second.document('guide', 'en')).resolves.toMatchObject({ status: 'ok' });
    await expect(second.document('notes', 'en')).resolves.toMatchObject({ status: 'ok' });
  });

  it('gives the clear error of a body that fails to parse when it is opened, at its file and line', async () => {
    const body = 'Intro.\n\n<div class="note">\nHi\n</div>\n';
    const source = contentFile({ id: 'html-block', title: 'HTML block' }, body);
    const { dir, userData } = await setUp({ ...GOOD, 'html-block.en.md': source });
    await launch(dir, userData).index();

    const reported = vi.fn<(error: ContentError) => void>();
    const second = launch(dir, userData, reported);
    const load = await second.document('html-block', 'en');
    expect(load).toMatchObject({ status: 'invalid', error: { file: 'html-block.en.md', line: lineOf(source, '<div') } });
    expect(reported).toHaveBeenCalledWith(load.status === 'invalid' ? load.error : undefined);
    await expect(second.document('guide', 'en')).resolves.toMatchObject({ status: 'ok' });
  });
});

describe('a kept start that names a file outside the content folder', () => {
  it('is not used: the folder decides what is read', async () => {
    const { dir, userData } = await setUp(GOOD);
    await launch(dir, userData).index();
    await editKept(join(userData, START_FILE_NAME), '"file":"guide.en.md"', '"file":"../../secret.md"');
    const second = launch(dir, userData);
    expect((await second.start()).complete).toBe(true);
    await expect(second.document('guide', 'en')).resolves.toMatchObject({ status: 'ok', document: { title: 'Guide' } });
  });
});
