import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Preferences } from '../../../common/preferences';
import {
  PREFERENCES_FILE_NAME,
  asidePath,
  readPreferencesFile,
  writePreferencesFile,
} from '../../../main/settings/preferences-file';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lisible-preferences-'));
  file = join(dir, PREFERENCES_FILE_NAME);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const asideFiles = async () =>
  (await readdir(dir)).filter((name) => name.startsWith(`${PREFERENCES_FILE_NAME}.invalid-`));

describe('readPreferencesFile', () => {
  it('returns the defaults, without a problem, when there is no file yet', async () => {
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: {} });
  });

  it('reads a valid file and leaves it in place', async () => {
    await writeFile(file, '{ "language": "fr" }');
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: { language: 'fr' } });
    expect(await readdir(dir)).toEqual([PREFERENCES_FILE_NAME]);
  });

  it('sets corrupt JSON aside, keeping its text, and reports it as unreadable', async () => {
    await writeFile(file, '{ "language": "fr"');
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: {}, problem: 'unreadable' });

    const aside = await asideFiles();
    expect(aside).toHaveLength(1);
    expect(await readdir(dir)).not.toContain(PREFERENCES_FILE_NAME);
    await expect(readFile(join(dir, aside[0] ?? ''), 'utf8')).resolves.toBe('{ "language": "fr"');
  });

  it.each([
    { case: 'an unknown language', text: '{ "language": "de" }' },
    { case: 'an unknown key', text: '{ "language": "fr", "colour": "dark" }' },
    { case: 'an array', text: '["fr"]' },
    { case: 'null', text: 'null' },
  ])('sets a file with $case aside and reports it as invalid', async ({ text }) => {
    await writeFile(file, text);
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: {}, problem: 'invalid' });
    expect(await asideFiles()).toHaveLength(1);
    expect(await readdir(dir)).not.toContain(PREFERENCES_FILE_NAME);
  });

  it('reports a problem once: the next read finds no file', async () => {
    await writeFile(file, 'not json');
    await expect(readPreferencesFile(file)).resolves.toMatchObject({ problem: 'unreadable' });
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: {} });
  });

  it('reports a path it cannot read as unreadable', async () => {
    await mkdir(file);
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: {}, problem: 'unreadable' });
  });
});

describe('asidePath', () => {
  it('names the file beside the original with a timestamp free of colons', () => {
    expect(asidePath(join(dir, 'preferences.json'), new Date('2025-01-02T03:04:05.678Z'))).toBe(
      join(dir, 'preferences.json.invalid-2025-01-02T03-04-05-678Z'),
    );
  });
});

describe('writePreferencesFile', () => {
  it('round-trips through the file, leaving no temporary file behind', async () => {
    await writePreferencesFile(file, { language: 'fr' });
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: { language: 'fr' } });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'fr' });
    expect(await readdir(dir)).toEqual([PREFERENCES_FILE_NAME]);
  });

  it('replaces an existing file', async () => {
    await writePreferencesFile(file, { language: 'fr' });
    await writePreferencesFile(file, { language: 'en' });
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: { language: 'en' } });
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = join(dir, 'user-data', PREFERENCES_FILE_NAME);
    await writePreferencesFile(nested, {});
    await expect(readPreferencesFile(nested)).resolves.toStrictEqual({ preferences: {} });
  });

  it('refuses invalid preferences and leaves the file as it was', async () => {
    await writePreferencesFile(file, { language: 'fr' });
    const invalid = { language: 'de' } as unknown as Preferences;
    await expect(writePreferencesFile(file, invalid)).rejects.toThrow(/schema/);
    await expect(readPreferencesFile(file)).resolves.toStrictEqual({ preferences: { language: 'fr' } });
  });
});
