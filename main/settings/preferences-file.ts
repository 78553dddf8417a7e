/**
 * The preferences file in the user-data folder. Reading never fails: a missing file means first run, and a
 * damaged one is moved aside (kept for inspection, not silently overwritten) and replaced by defaults.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../../common/preferences';

export const PREFERENCES_FILE_NAME = 'preferences.json';

/** `unreadable`: the file could not be read or is not JSON; `invalid`: JSON that fails the schema. */
type PreferencesProblem = 'unreadable' | 'invalid';

interface PreferencesReading {
  preferences: Preferences;
  problem?: PreferencesProblem;
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** `<name>.invalid-<timestamp>` beside the original; the timestamp avoids `:` so it is valid on Windows too. */
export function asidePath(path: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(path), `${basename(path)}.invalid-${stamp}`);
}

async function setAside(path: string): Promise<void> {
  try {
    await rename(path, asidePath(path));
  } catch {
    // If it cannot be moved, the next save replaces it anyway; the problem is still reported.
  }
}

/**
 * @param options.setAside false to only read (the start page's look before the page asks): the file is then
 *   set aside, and the problem reported, when the page asks
 */
export async function readPreferencesFile(
  path: string,
  { setAside: moveAside = true } = {},
): Promise<PreferencesReading> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return { preferences: DEFAULT_PREFERENCES };
    return { preferences: DEFAULT_PREFERENCES, problem: 'unreadable' };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (moveAside) await setAside(path);
    return { preferences: DEFAULT_PREFERENCES, problem: 'unreadable' };
  }

  const preferences = parsePreferences(value);
  if (preferences === undefined) {
    if (moveAside) await setAside(path);
    return { preferences: DEFAULT_PREFERENCES, problem: 'invalid' };
  }
  return { preferences };
}

/** Validates, then replaces the file atomically so a crash mid-write never leaves half a file. */
export async function writePreferencesFile(path: string, preferences: Preferences): Promise<void> {
  const valid = parsePreferences(preferences);
  if (valid === undefined) throw new TypeError('Refusing to save preferences that fail the schema');
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8' });
}
