/**
 * The bridge as a plain browser provides it: content from the compiled library (an index, then one file per
 * document and language), preferences and reading positions in
 * localStorage (checked by the same schema as the desktop's settings file), links in a new tab.
 */
import type { ReaderBridge } from '../../../common/bridge';
import * as v from 'valibot';
import {
  DocumentIdSchema,
  type DocumentLoad,
  type IndexEntry,
  type LibraryIndex,
  type LibraryStart,
  type ReaderDocument,
} from '../../../common/document';
import { documentFile, entryFile, LIBRARY_INDEX_FILE, LIBRARY_START_FILE } from '../../../common/library-files';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../common/preferences';
import { pageStorage, PREFERENCES_KEY, readSavedValue, type SavedValue } from './saved-values';
import { NO_SAVED_POSITIONS, parseSavedPlace, parseSavedPositions, withPlace } from '../../../common/positions';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { kioskFromAddress } from '../kiosk/config-from-address';
import { loadStoredRecords, saveStoredRecords } from './audit-records-store';

const POSITIONS_KEY = 'lisible.positions';

/**
 * A saved value, or the defaults; an unusable one is kept aside under `<key>.invalid`, as the desktop app renames
 * a bad settings file.
 */
function readStored<T>(key: string, parse: (value: unknown) => T | undefined, defaults: T): SavedValue<T> {
  const saved = readSavedValue(pageStorage, key, parse, defaults);
  if (saved.raw !== undefined) {
    try {
      localStorage.setItem(`${key}.invalid`, saved.raw);
      localStorage.removeItem(key);
    } catch {
      // Nothing more can be done; the defaults still apply.
    }
  }
  return saved;
}

function store(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the choice still applies to this visit.
  }
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

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(libraryUrl(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** `?kiosk=1` gives the kiosk's screens and idle reset; locking the machine down is the desktop app's job. */
const isKiosk = () => kioskFromAddress(location.search).config !== null;

function loadKioskConfig() {
  const { config, ignored } = kioskFromAddress(location.search);
  for (const message of ignored) console.warn(message);
  return Promise.resolve(config);
}

export const webBridge: ReaderBridge = {
  async loadLibraryStart(documentId) {
    const start = await fetchJson<LibraryStart>(LIBRARY_START_FILE);
    const known = start.complete || start.documents.some((entry) => entry.id === documentId);
    // Only a possible id becomes part of an address.
    if (documentId === undefined || known || !v.is(DocumentIdSchema, documentId)) {
      return start;
    }
    // A document further down: its entry on its own. None: no such document, and the page opens the first.
    const response = await fetch(libraryUrl(entryFile(documentId)));
    if (response.status === 404) return start;
    if (!response.ok) throw new Error(`${entryFile(documentId)}: HTTP ${response.status}`);
    return { ...start, documents: [...start.documents, (await response.json()) as IndexEntry] };
  },
  loadLibraryIndex: () => fetchJson<LibraryIndex>(LIBRARY_INDEX_FILE),
  async loadDocument(id, language): Promise<DocumentLoad> {
    const file = documentFile(id, language);
    const response = await fetch(libraryUrl(file));
    if (response.status === 404) return { status: 'missing' };
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return { status: 'ok', document: (await response.json()) as ReaderDocument };
  },
  loadPreferences() {
    const { value: preferences, problem } = readStored(PREFERENCES_KEY, parsePreferences, DEFAULT_PREFERENCES);
    return Promise.resolve(problem ? { preferences, problem } : { preferences });
  },
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
  // A kiosk keeps no marks: the next visitor must find nothing of this one.
  loadMarks: () =>
    isKiosk()
      ? Promise.resolve({ marks: { version: 1 as const, marks: [] } })
      : import('./marks-storage').then((storage) => storage.loadStoredMarks()),
  saveMarks: (marks) =>
    isKiosk() ? Promise.resolve() : import('./marks-storage').then((storage) => storage.saveStoredMarks(marks)),
  exportMarks: (file) =>
    isKiosk()
      ? Promise.reject(new Error('Kiosk mode: marks are not exported.'))
      : import('./download').then((download) => download.downloadExport(file)),
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
