/** The preferences file in the user-data folder, read and written as every settings file is (`settings-file.ts`). */
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../../common/preferences';
import { readSettingsFile, writeSettingsFile, type SettingsProblem } from './settings-file';

export { asidePath } from './settings-file';

export const PREFERENCES_FILE_NAME = 'preferences.json';

export type PreferencesProblem = SettingsProblem;

export interface PreferencesReading {
  preferences: Preferences;
  problem?: PreferencesProblem;
}

export async function readPreferencesFile(path: string): Promise<PreferencesReading> {
  const { value, problem } = await readSettingsFile(path, parsePreferences, DEFAULT_PREFERENCES);
  return problem ? { preferences: value, problem } : { preferences: value };
}

export async function writePreferencesFile(path: string, preferences: Preferences): Promise<void> {
  await writeSettingsFile(path, preferences, parsePreferences);
}
