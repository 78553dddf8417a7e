/**
 * The reader's marks in a browser's localStorage, kept as the desktop keeps its marks file: checked by the same
 * schema, the version each save replaces kept under `<key>.backup`, and a damaged value set aside under
 * `<key>.invalid` with the backup read instead (and written back, so the reader is told once). Loaded with the
 * first use of marks, not with the first screen.
 */
import type { LoadedMarks } from '../../../common/bridge';
import { NO_SAVED_MARKS, parseSavedMarks, type SavedMarks } from '../../../common/marks';
import { pageStorage, readSavedValue } from './saved-values';

export const MARKS_KEY = 'lisible.marks';
const BACKUP_KEY = `${MARKS_KEY}.backup`;

export function loadStoredMarks(): LoadedMarks {
  const saved = readSavedValue(pageStorage, MARKS_KEY, parseSavedMarks, undefined);
  if (saved.value !== undefined) return { marks: saved.value };
  // Nothing saved yet, or a damaged value: the backup, if there is one that loads.
  const backup = readSavedValue(pageStorage, BACKUP_KEY, parseSavedMarks, undefined).value;
  try {
    if (saved.raw !== undefined) localStorage.setItem(`${MARKS_KEY}.invalid`, saved.raw);
    if (backup) localStorage.setItem(MARKS_KEY, JSON.stringify(backup));
    else if (saved.raw !== undefined) localStorage.removeItem(MARKS_KEY);
  } catch {
    // Storage full or disabled: what was read still applies to this visit.
  }
  return {
    marks: backup ?? NO_SAVED_MARKS,
    ...(saved.problem && { problem: saved.problem }),
    ...(backup && { recovered: true }),
  };
}

/** Refused unless the marks pass the schema; the value replaced is kept as the backup, if it loads. */
export function saveStoredMarks(marks: SavedMarks): void {
  const valid = parseSavedMarks(marks);
  if (!valid) throw new TypeError('Invalid marks');
  const previous = readSavedValue(pageStorage, MARKS_KEY, parseSavedMarks, undefined).value;
  if (previous) localStorage.setItem(BACKUP_KEY, JSON.stringify(previous));
  localStorage.setItem(MARKS_KEY, JSON.stringify(valid));
}
