/** The preferences file in the user-data folder, read and written as every settings file is (`settings-file.ts`). */
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../../common/preferences';
import { readSettingsFile, writeSettingsFile, type SettingsProblem } from './settings-file';

export { asidePath } from './settings-file';

export const PREFERENCES_FILE_NAME = 'preferences.json';

export type PreferencesProblem = SettingsProblem;

interface PreferencesReading {
  preferences: Preferences;
  problem?: PreferencesProblem;
}

/**
 * @param options.setAside false to only read (the start page's look before the page asks): the file is then
 *   set aside, and the problem reported, when the page asks
 */
export async function readPreferencesFile(path: string, { setAside = true } = {}): Promise<PreferencesReading> {
  const { value, problem } = await readSettingsFile(path, parsePreferences, DEFAULT_PREFERENCES, { setAside });
  return problem ? { preferences: value, problem } : { preferences: value };
}

export async function writePreferencesFile(path: string, preferences: Preferences): Promise<void> {
  await writeSettingsFile(path, preferences, parsePreferences);
}
