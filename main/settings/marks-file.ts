/**
 * The reader's marks file beside the preferences in the user-data folder. Each save replaces the whole set,
 * written atomically with the version it replaces kept as a backup; a damaged file is set aside and the backup
 * read instead (`settings-file.ts`).
 */
import { NO_SAVED_MARKS, parseSavedMarks, type SavedMarks } from '../../common/marks';
import { readSettingsFileWithBackup, writeSettingsFileKeepingBackup, type SettingsReading } from './settings-file';

export const MARKS_FILE_NAME = 'marks.json';

export interface MarksStore {
  load(): Promise<SettingsReading<SavedMarks> & { recovered?: boolean }>;
  save(marks: SavedMarks): Promise<void>;
}

export function createMarksStore(path: string): MarksStore {
  // One write at a time, in the order asked: a later save never lands before an earlier one.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  return {
    load: () => inTurn(() => readSettingsFileWithBackup(path, parseSavedMarks, NO_SAVED_MARKS)),
    save: (marks) => inTurn(() => writeSettingsFileKeepingBackup(path, marks, parseSavedMarks)),
  };
}
