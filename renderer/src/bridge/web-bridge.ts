/**
 * The bridge as a plain browser provides it: content from the compiled library (an index, then one file per
 * document and language), preferences and reading positions in
 * localStorage (checked by the same schema as the desktop's settings file), links in a new tab.
 */
import type { LoadedPreferences, ReaderBridge } from '../../../common/bridge';
import type { DocumentLoad, LibraryIndex, ReaderDocument } from '../../../common/document';
import { documentFile, LIBRARY_INDEX_FILE } from '../../../common/library-files';
import { parsePreferences } from '../../../common/preferences';
import { readSavedPreferences, STORAGE_KEY } from './saved-preferences';
import { NO_SAVED_POSITIONS, parseSavedPlace, parseSavedPositions, withPlace } from '../../../common/positions';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { kioskFromAddress } from '../kiosk/config-from-address';
import { loadStoredRecords, saveStoredRecords } from './audit-records-store';

const POSITIONS_KEY = 'lisible.positions';

type StorageProblem = NonNullable<LoadedPreferences['problem']>;

/**
 * A value kept in localStorage, checked by the same schema as the desktop's file. An unusable value is kept
 * aside under `<key>.invalid`, as the desktop app renames a bad file, and the defaults are used.
 */
function readStored<T>(
  key: string,
  parse: (value: unknown) => T | undefined,
  defaults: T,
): { value: T; problem?: StorageProblem } {
  let stored: string | null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // Storage disabled: nothing was saved, and nothing will be.
    return { value: defaults };
  }
  if (stored === null) return { value: defaults };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return setAside(key, stored, defaults, 'unreadable');
  }
  const value = parse(parsed);
  return value === undefined ? setAside(key, stored, defaults, 'invalid') : { value };
}

function setAside<T>(
  key: string,
  stored: string,
  defaults: T,
  problem: StorageProblem,
): { value: T; problem: StorageProblem } {
  try {
    localStorage.setItem(`${key}.invalid`, stored);
    localStorage.removeItem(key);
  } catch {
    // Nothing more can be done; the defaults still apply.
  }
  return { value: defaults, problem };
}

function store(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the choice still applies to this visit.
  }
}

/** Where an unusable saved value is kept aside, as the desktop app renames a bad settings file. */
const SET_ASIDE_KEY = 'lisible.preferences.invalid';

function readStoredPreferences(): LoadedPreferences {
  const { raw, ...reading } = readSavedPreferences({ getItem: (key) => localStorage.getItem(key) });
  if (raw !== undefined) {
    try {
      localStorage.setItem(SET_ASIDE_KEY, raw);
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more can be done; the defaults still apply.
    }
  }
  return reading;
}

/**
 * A file of the compiled library: at the site's root, whichever page (`/`, `/fr/about-us/`) is showing. This
 * script is in `assets/`, one folder below it.
 */
function libraryUrl(file: string): URL {
  // Through a variable: written inline, the bundler would read this as a pattern of files to bundle.
  const script = import.meta.url;
  return new URL(`../${file}`, script);
}

/** `?kiosk=1` gives the kiosk's screens and idle reset; locking the machine down is the desktop app's job. */
const isKiosk = () => kioskFromAddress(location.search).config !== null;

function loadKioskConfig() {
  const { config, ignored } = kioskFromAddress(location.search);
  for (const message of ignored) console.warn(message);
  return Promise.resolve(config);
}

export const webBridge: ReaderBridge = {
  async loadLibraryIndex() {
    const response = await fetch(libraryUrl(LIBRARY_INDEX_FILE));
    if (!response.ok) throw new Error(`${LIBRARY_INDEX_FILE}: HTTP ${response.status}`);
    return (await response.json()) as LibraryIndex;
  },
  async loadDocument(id, language): Promise<DocumentLoad> {
    const file = documentFile(id, language);
    const response = await fetch(libraryUrl(file));
    if (response.status === 404) return { status: 'missing' };
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return { status: 'ok', document: (await response.json()) as ReaderDocument };
  },
  loadPreferences: () => Promise.resolve(readStoredPreferences()),
  savePreferences(preferences) {
    const valid = parsePreferences(preferences);
    if (!valid) return Promise.reject(new Error('Invalid preferences'));
    store(PREFERENCES_KEY, valid);
    return Promise.resolve();
  },
  // The browser build's kiosk (`?kiosk=1`) never asks: the renderer keeps no place there.
  loadPositions: () => Promise.resolve(readStored(POSITIONS_KEY, parseSavedPositions, NO_SAVED_POSITIONS).value),
  savePosition(place) {
    const valid = parseSavedPlace(place);
    if (!valid) return Promise.reject(new Error('Invalid reading position'));
    store(POSITIONS_KEY, withPlace(readStored(POSITIONS_KEY, parseSavedPositions, NO_SAVED_POSITIONS).value, valid));
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
