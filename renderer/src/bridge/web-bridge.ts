/**
 * The bridge as a plain browser provides it: content from the compiled library.json, preferences in
 * localStorage (checked by the same schema as the desktop's settings file), links in a new tab.
 */
import type { LoadedPreferences, ReaderBridge } from '../../../common/bridge';
import type { Library } from '../../../common/document';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { kioskFromAddress } from '../kiosk/config-from-address';
import { loadStoredRecords, saveStoredRecords } from './audit-records-store';

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

/** `?kiosk=1` gives the kiosk's screens and idle reset; locking the machine down is the desktop app's job. */
const isKiosk = () => kioskFromAddress(location.search).config !== null;

function loadKioskConfig() {
  const { config, ignored } = kioskFromAddress(location.search);
  for (const message of ignored) console.warn(message);
  return Promise.resolve(config);
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
  openExternal(url) {
    if (!isAllowedExternalUrl(url)) return Promise.reject(new Error(`Refused to open ${url}`));
    window.open(url, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
  loadKioskConfig,
  requestKioskExit: () => Promise.resolve(false),
  // As on the desktop: an auditor may check a kiosk, but the next visitor must find nothing of their records.
  loadAuditRecords: () => (isKiosk() ? Promise.resolve([]) : loadStoredRecords()),
  saveAuditRecords(records) {
    if (!isKiosk()) return saveStoredRecords(records);
    console.warn('Kiosk mode: audit records are not saved, so the next person finds nothing of this one.');
    return Promise.resolve();
  },
  // A browser has no menu and reports its appearance through CSS media queries.
  onHostEvent: () => () => undefined,
};
