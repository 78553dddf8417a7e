/**
 * The bridge as a plain browser provides it: content from the compiled library (an index, then one file per
 * document and language), preferences in
 * localStorage (checked by the same schema as the desktop's settings file), links in a new tab.
 */
import type { LoadedPreferences, ReaderBridge } from '../../../common/bridge';
import type { DocumentLoad, LibraryIndex, ReaderDocument } from '../../../common/document';
import { documentFile, LIBRARY_INDEX_FILE } from '../../../common/library-files';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { DEFAULT_KIOSK_CONFIG } from '../../../common/kiosk';

const STORAGE_KEY = 'lisible.preferences';
/** Where an unusable saved value is kept aside, as the desktop app renames a bad settings file. */
const SET_ASIDE_KEY = 'lisible.preferences.invalid';

function readStoredPreferences(): LoadedPreferences {
  let stored: string | null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was saved, and nothing will be.
    return { preferences: DEFAULT_PREFERENCES };
  }
  if (stored === null) return { preferences: DEFAULT_PREFERENCES };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return setAside(stored, 'unreadable');
  }
  const preferences = parsePreferences(parsed);
  return preferences ? { preferences } : setAside(stored, 'invalid');
}

function setAside(stored: string, problem: NonNullable<LoadedPreferences['problem']>): LoadedPreferences {
  try {
    localStorage.setItem(SET_ASIDE_KEY, stored);
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more can be done; the defaults still apply.
  }
  return { preferences: DEFAULT_PREFERENCES, problem };
}

export const webBridge: ReaderBridge = {
  async loadLibraryIndex() {
    const response = await fetch(new URL(LIBRARY_INDEX_FILE, document.baseURI));
    if (!response.ok) throw new Error(`${LIBRARY_INDEX_FILE}: HTTP ${response.status}`);
    return (await response.json()) as LibraryIndex;
  },
  async loadDocument(id, language): Promise<DocumentLoad> {
    const file = documentFile(id, language);
    const response = await fetch(new URL(file, document.baseURI));
    if (response.status === 404) return { status: 'missing' };
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return { status: 'ok', document: (await response.json()) as ReaderDocument };
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
  openExternal(url) {
    if (!isAllowedExternalUrl(url)) return Promise.reject(new Error(`Refused to open ${url}`));
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
  // `?kiosk=1` gives the kiosk's screens and idle reset; locking the machine down is the desktop app's job.
  loadKioskConfig: () =>
    Promise.resolve(new URLSearchParams(location.search).get('kiosk') === '1' ? DEFAULT_KIOSK_CONFIG : null),
  requestKioskExit: () => Promise.resolve(false),
  // A browser has no menu and reports its appearance through CSS media queries.
  onHostEvent: () => () => undefined,
};
