/**
 * The reading positions file beside the preferences in the user-data folder: where the reader was in each
 * document and language. Saves come one place at a time and are applied in order, each written atomically.
 */
import {
  NO_SAVED_POSITIONS,
  parseSavedPositions,
  withPlace,
  type SavedPlace,
  type SavedPositions,
} from '../../common/positions';
import { readSettingsFile, writeSettingsFile, type SettingsReading } from './settings-file';

export const POSITIONS_FILE_NAME = 'positions.json';

export interface PositionsStore {
  load(): Promise<SettingsReading<SavedPositions>>;
  save(place: SavedPlace): Promise<void>;
}

export function createPositionsStore(path: string): PositionsStore {
  let current: Promise<SavedPositions> | undefined;
  // One save at a time: each reads what the one before wrote, so two quick saves cannot lose one another.
  let queue: Promise<unknown> = Promise.resolve();
  const read = () => readSettingsFile(path, parseSavedPositions, NO_SAVED_POSITIONS);

  return {
    async load() {
      const reading = await read();
      current = Promise.resolve(reading.value);
      return reading;
    },
    save(place) {
      const saving = queue.then(async () => {
        const before = await (current ?? read().then((reading) => reading.value));
        const after = withPlace(before, place);
        await writeSettingsFile(path, after, parseSavedPositions);
        current = Promise.resolve(after);
      });
      queue = saving.catch(() => undefined);
      return saving;
    },
  };
}
