/**
 * A JSON file of the reader's own in the user-data folder (preferences, reading positions, the kept index). Reading never
 * fails: a missing file means first run, and a damaged one is moved aside (kept for inspection, not silently
 * overwritten) and replaced by defaults. Writing validates first and replaces the file atomically, so a crash
 * mid-write never leaves half a file.
 */
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** `unreadable`: the file could not be read or is not JSON; `invalid`: JSON that fails the schema. */
export type SettingsProblem = 'unreadable' | 'invalid';

export interface SettingsReading<T> {
  value: T;
  problem?: SettingsProblem;
}

/** Returns the value if it passes the file's schema, otherwise `undefined`. */
export type SettingsParser<T> = (value: unknown) => T | undefined;

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

/** @param options.setAside false to only read, leaving a damaged file where it is for a later read to move */
export async function readSettingsFile<T>(
  path: string,
  parse: SettingsParser<T>,
  defaults: T,
  { setAside: moveAside = true } = {},
): Promise<SettingsReading<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return { value: defaults };
    return { value: defaults, problem: 'unreadable' };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (moveAside) await setAside(path);
    return { value: defaults, problem: 'unreadable' };
  }

  const value = parse(json);
  if (value === undefined) {
    if (moveAside) await setAside(path);
    return { value: defaults, problem: 'invalid' };
  }
  return { value };
}

/**
 * @param options.compact one line rather than indented: for a file only the app reads, at every launch, whose
 * size grows with the library (the kept index); the reader's own settings stay readable by people.
 */
export async function writeSettingsFile<T>(
  path: string,
  value: T,
  parse: SettingsParser<T>,
  { compact = false } = {},
): Promise<void> {
  const valid = parse(value);
  if (valid === undefined) throw new TypeError(`Refusing to save ${basename(path)}: the value fails its schema`);
  await mkdir(dirname(path), { recursive: true });
  const text = compact ? JSON.stringify(valid) : `${JSON.stringify(valid, null, 2)}\n`;
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
}

/** The version a file replaced, kept beside it by `writeSettingsFileKeepingBackup`. */
export function backupPath(path: string): string {
  return `${path}.backup`;
}

function loads<T>(text: string, parse: SettingsParser<T>): boolean {
  try {
    return parse(JSON.parse(text)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * As `writeSettingsFile`, keeping the version it replaces as `<name>.backup`, itself written atomically. A crash at
 * any point leaves the file as it was or as it is now, and a backup that loads: a damaged file never replaces a
 * good backup.
 */
export async function writeSettingsFileKeepingBackup<T>(
  path: string,
  value: T,
  parse: SettingsParser<T>,
): Promise<void> {
  const valid = parse(value);
  if (valid === undefined) throw new TypeError(`Refusing to save ${basename(path)}: the value fails its schema`);
  await mkdir(dirname(path), { recursive: true });
  let previous: string | undefined;
  try {
    previous = await readFile(path, 'utf8');
  } catch (error) {
    if (!isMissingFile(error)) throw error;
  }
  if (previous !== undefined && loads(previous, parse)) {
    await writeFileAtomic(backupPath(path), previous, { encoding: 'utf8' });
  }
  await writeFileAtomic(path, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8' });
}

/**
 * As `readSettingsFile`, falling back on the backup when the file is damaged (set aside) or gone: the backup's
 * value is then written back as the file, so the problem is reported by this reading only, and only once.
 * `recovered` says the backup was used.
 */
export async function readSettingsFileWithBackup<T>(
  path: string,
  parse: SettingsParser<T>,
  defaults: T,
): Promise<SettingsReading<T> & { recovered?: boolean }> {
  const reading = await readSettingsFile(path, parse, defaults);
  // Read as it is, or unreadable for a reason other than damage (a permission): the backup changes nothing.
  if (reading.problem === undefined && (await exists(path))) return reading;
  let backup: string;
  try {
    backup = await readFile(backupPath(path), 'utf8');
  } catch {
    return reading;
  }
  if (!loads(backup, parse)) return reading;
  const value = parse(JSON.parse(backup)) as T;
  await writeFileAtomic(path, backup, { encoding: 'utf8' });
  return reading.problem ? { value, problem: reading.problem, recovered: true } : { value, recovered: true };
}
