/**
 * The preferences a browser has saved (localStorage), checked by the same schema as the desktop's settings file.
 * Reading only: the web bridge sets an unusable value aside; the early script (early/early.ts) just ignores it.
 */
import type { LoadedPreferences } from '../../../common/bridge';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';

export const STORAGE_KEY = 'lisible.preferences';

/** What was saved, or the defaults and why. `raw` is the saved text, for setting aside. */
export function readSavedPreferences(storage: Pick<Storage, 'getItem'>): LoadedPreferences & { raw?: string } {
  let stored: string | null;
  try {
    stored = storage.getItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was saved, and nothing will be.
    return { preferences: DEFAULT_PREFERENCES };
  }
  if (stored === null) return { preferences: DEFAULT_PREFERENCES };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { preferences: DEFAULT_PREFERENCES, problem: 'unreadable', raw: stored };
  }
  const preferences = parsePreferences(parsed);
  return preferences ? { preferences } : { preferences: DEFAULT_PREFERENCES, problem: 'invalid', raw: stored };
}
