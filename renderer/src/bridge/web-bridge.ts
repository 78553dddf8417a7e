/** The bridge as a plain browser provides it: content from the compiled library.json, preferences in localStorage. */
import type { ReaderBridge } from '../../../common/bridge';
import type { Library } from '../../../common/document';
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../../../common/preferences';

const STORAGE_KEY = 'lisible.preferences';

function readStoredPreferences(): Preferences {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return (stored && parsePreferences(JSON.parse(stored))) || DEFAULT_PREFERENCES;
  } catch {
    // Storage disabled or a hand-edited value that is not JSON: start from defaults.
    return DEFAULT_PREFERENCES;
  }
}

export const webBridge: ReaderBridge = {
  async loadLibrary() {
    const response = await fetch(new URL('library.json', document.baseURI));
    if (!response.ok) throw new Error(`library.json: HTTP ${response.status}`);
    return (await response.json()) as Library;
  },
  loadPreferences: () => Promise.resolve(readStoredPreferences()),
  savePreferences(preferences) {
    const valid = parsePreferences(preferences);
    if (!valid) return Promise.reject(new Error('Invalid preferences'));
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(valid));
    } catch {
      // Storage full or disabled: the choice still applies to this visit.
    }
    return Promise.resolve();
  },
};
