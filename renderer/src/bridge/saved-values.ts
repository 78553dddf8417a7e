/**
 * What a browser has saved (localStorage), checked by the same schemas as the desktop's settings files.
 * Reading only: the web bridge sets an unusable value aside; the early script (early/early.ts) just ignores it.
 */
import type { LoadedPreferences } from '../../../common/bridge';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';

export const PREFERENCES_KEY = 'lisible.preferences';

/**
 * The page's storage, reached only when read: where storage is blocked, even naming `localStorage` throws, and
 * that must be caught like any other failure to read.
 */
export const pageStorage: Pick<Storage, 'getItem'> = { getItem: (key) => localStorage.getItem(key) };

type StorageProblem = NonNullable<LoadedPreferences['problem']>;

/** A saved value, or the defaults and why; `raw` is the unusable saved text, for setting aside. */
export interface SavedValue<T> {
  value: T;
  problem?: StorageProblem;
  raw?: string;
}

export function readSavedValue<T>(
  storage: Pick<Storage, 'getItem'>,
  key: string,
  parse: (value: unknown) => T | undefined,
  defaults: T,
): SavedValue<T> {
  let stored: string | null;
  try {
    stored = storage.getItem(key);
  } catch {
    // Storage disabled: nothing was saved, and nothing will be.
    return { value: defaults };
  }
  if (stored === null) return { value: defaults };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { value: defaults, problem: 'unreadable', raw: stored };
  }
  const value = parse(parsed);
  return value === undefined ? { value: defaults, problem: 'invalid', raw: stored } : { value };
}

export const readSavedPreferences = (storage: Pick<Storage, 'getItem'>): SavedValue<LoadedPreferences['preferences']> =>
  readSavedValue(storage, PREFERENCES_KEY, parsePreferences, DEFAULT_PREFERENCES);
