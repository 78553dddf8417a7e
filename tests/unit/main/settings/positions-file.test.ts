import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPositionsStore, POSITIONS_FILE_NAME } from '../../../../main/settings/positions-file';
import { useTempDir } from '../../../support/temp-dir';

const folder = useTempDir('lisible-positions-');
let dir: string;
let file: string;

beforeEach(() => {
  dir = folder();
  file = join(dir, POSITIONS_FILE_NAME);
});

const onDisk = async (): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

describe('the positions file', () => {
  it('keeps each document and language apart, and quick saves in the order they came, none lost', async () => {
    const store = createPositionsStore(file);
    await store.load();
    await Promise.all([
      store.save({ documentId: 'about-us', language: 'en', position: { section: 'work', paragraph: 2 } }),
      store.save({ documentId: 'about-us', language: 'fr', position: { section: 'equity', paragraph: 1 } }),
      store.save({ documentId: 'about-us', language: 'en', position: { section: 'mission', paragraph: 3 } }),
    ]);
    expect(await onDisk()).toEqual({
      'about-us': { en: { section: 'mission', paragraph: 3 }, fr: { section: 'equity', paragraph: 1 } },
    });
    // Written whole or not at all: no half-written or temporary file is left beside it.
    expect(await readdir(dir)).toEqual([POSITIONS_FILE_NAME]);
    await expect(createPositionsStore(file).load()).resolves.toEqual({ value: await onDisk() });
  });

  it('sets a damaged file aside and starts again with no places', async () => {
    await writeFile(file, '{"about-us":{"en":{"scrollY":900}}}');
    const reading = await createPositionsStore(file).load();
    expect(reading.value).toEqual({});
    expect(reading.problem).toBeDefined();
    expect((await readdir(dir)).some((name) => name.startsWith(`${POSITIONS_FILE_NAME}.invalid-`))).toBe(true);
  });
});
