/**
 * The bridge as a plain browser provides it: content from the compiled library.json, preferences and reading
 * positions in localStorage (checked by the same schema as the desktop's settings file), links in a new tab.
 */
import type { LoadedPreferences, ReaderBridge } from '../../../common/bridge';
import type { Library } from '../../../common/document';
import { NO_SAVED_POSITIONS, parseSavedPlace, parseSavedPositions, withPlace } from '../../../common/positions';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { DEFAULT_KIOSK_CONFIG } from '../../../common/kiosk';
import { loadStoredRecords, saveStoredRecords } from './audit-records-store';

const PREFERENCES_KEY = 'lisible.preferences';
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

function readStoredPreferences(): LoadedPreferences {
  const { value, problem } = readStored(PREFERENCES_KEY, parsePreferences, DEFAULT_PREFERENCES);
  return problem ? { preferences: value, problem } : { preferences: value };
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
  // `?kiosk=1` gives the kiosk's screens and idle reset; locking the machine down is the desktop app's job.
  loadKioskConfig: () =>
    Promise.resolve(new URLSearchParams(location.search).get('kiosk') === '1' ? DEFAULT_KIOSK_CONFIG : null),
  requestKioskExit: () => Promise.resolve(false),
  loadAuditRecords: loadStoredRecords,
  saveAuditRecords: saveStoredRecords,
  // A browser has no menu and reports its appearance through CSS media queries.
  onHostEvent: () => () => undefined,
};
