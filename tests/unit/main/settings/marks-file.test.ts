import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMarksStore, MARKS_FILE_NAME } from '../../../../main/settings/marks-file';
import { bookmark, highlight, note, savedMarks } from '../../../support/marks';
import { useTempDir } from '../../../support/temp-dir';

const folder = useTempDir('lisible-marks-');
let dir: string;
let file: string;

beforeEach(() => {
  dir = folder();
  file = join(dir, MARKS_FILE_NAME);
});

const onDisk = async (name = MARKS_FILE_NAME): Promise<unknown> => JSON.parse(await readFile(join(dir, name), 'utf8'));

describe('the marks file', () => {
  it('starts empty, keeps quick saves in order, and keeps the version each replaced as its backup', async () => {
    const store = createMarksStore(file);
    await expect(store.load()).resolves.toEqual({ value: savedMarks() });
    const first = savedMarks(bookmark('a'));
    const second = savedMarks(bookmark('a'), highlight('b'));
    const third = savedMarks(bookmark('a'), highlight('b'), note('c'));
    await Promise.all([store.save(first), store.save(second), store.save(third)]);
    expect(await onDisk()).toEqual(third);
    expect(await onDisk(`${MARKS_FILE_NAME}.backup`)).toEqual(second);
    // Nothing half-written or temporary beside them.
    expect((await readdir(dir)).sort()).toEqual([MARKS_FILE_NAME, `${MARKS_FILE_NAME}.backup`]);
    await expect(createMarksStore(file).load()).resolves.toEqual({ value: third });
  });

  it('refuses to save marks that fail the schema, and keeps what it had', async () => {
    const store = createMarksStore(file);
    await store.save(savedMarks(bookmark('a')));
    await expect(store.save(savedMarks(bookmark('b'), bookmark('b')))).rejects.toThrow(/schema/);
    await expect(store.save(savedMarks(note('c', '')))).rejects.toThrow(/schema/);
    expect(await onDisk()).toEqual(savedMarks(bookmark('a')));
  });

  it.each([
    ['cut off mid-write by an older writer', '{"version":1,"marks":[{"kind":"bookm'],
    ['valid JSON that fails the schema', '{"version":1,"marks":[{"kind":"bookmark","id":"a"}]}'],
  ])('sets a damaged file (%s) aside, reads the backup, and says so once', async (_case, damaged) => {
    const store = createMarksStore(file);
    await store.save(savedMarks(bookmark('a')));
    await store.save(savedMarks(bookmark('a'), highlight('b')));
    await writeFile(file, damaged);

    const reading = await createMarksStore(file).load();
    expect(reading.value).toEqual(savedMarks(bookmark('a')));
    expect(reading.problem).toBeDefined();
    expect(reading.recovered).toBe(true);
    // Kept for inspection, not overwritten.
    const aside = (await readdir(dir)).find((name) => name.startsWith(`${MARKS_FILE_NAME}.invalid-`));
    expect(aside && (await readFile(join(dir, aside), 'utf8'))).toBe(damaged);
    // Told once: the next start reads the restored file without a word.
    await expect(createMarksStore(file).load()).resolves.toEqual({ value: savedMarks(bookmark('a')) });
  });

  it('with a damaged file and no backup, starts with no marks and says so', async () => {
    await writeFile(file, 'not json');
    const reading = await createMarksStore(file).load();
    expect(reading).toEqual({ value: savedMarks(), problem: 'unreadable' });
  });

  it('never lets a damaged file replace a good backup', async () => {
    const store = createMarksStore(file);
    await store.save(savedMarks(bookmark('a')));
    await store.save(savedMarks(bookmark('a'), highlight('b')));
    await writeFile(file, '{"version":2}');
    await store.save(savedMarks(bookmark('a'), note('n')));
    expect(await onDisk(`${MARKS_FILE_NAME}.backup`)).toEqual(savedMarks(bookmark('a')));
  });
});
