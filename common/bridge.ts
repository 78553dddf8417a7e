/**
 * The one contract between the renderer and whatever hosts it. In Electron the preload exposes it as
 * `window.lisible` over IPC; in a browser the renderer backs it with `fetch`, `localStorage` and `window.open`.
 */
import type { ManualRecord } from './audit/manual-records';
import type { DocumentLoad, LibraryIndex, LibraryStart } from './document';
import type { KioskConfig } from './kiosk';
import type { Language } from './languages';
import type { SavedMarks } from './marks';
import type { MarksExport } from './marks-exchange';
import type { SavedPlace, SavedPositions } from './positions';
import type { Preferences, TextSize, Theme } from './preferences';
import type { Command } from './shortcuts';

/** Saved preferences as read back; `problem` says the saved ones were unusable and defaults are in use. */
export interface LoadedPreferences {
  preferences: Preferences;
  problem?: 'unreadable' | 'invalid';
}

/**
 * The reader's marks as read back. `problem` says the saved file was damaged (it was set aside); `recovered`
 * that the previous version, kept as a backup, is what was read instead. Both are reported by one reading only.
 */
export interface LoadedMarks {
  marks: SavedMarks;
  problem?: 'unreadable' | 'invalid';
  recovered?: boolean;
}

/** Something the host asks of the renderer: a menu choice, or a change in the system's appearance. */
export type HostEvent =
  | { type: 'command'; command: Command }
  | { type: 'setTheme'; theme: Theme }
  | { type: 'setTextSize'; textSize: TextSize }
  | { type: 'setLanguage'; language: Language }
  | { type: 'systemContrast'; highContrast: boolean }
  /** Kiosk: the administrator pressed the exit chord; the renderer asks for the PIN. */
  | { type: 'adminExitRequested' };

export interface ReaderBridge {
  /**
   * What the first screen needs of the index, of the same size whatever the library's: the first documents, the
   * one asked for (the first document when none is), and the content errors known so far.
   */
  loadLibraryStart(documentId?: string): Promise<LibraryStart>;
  /** Every document's summary and the content errors, asked for once the first screen is drawn. */
  loadLibraryIndex(): Promise<LibraryIndex>;
  /** One language version's body, when it is opened. */
  loadDocument(id: string, language: Language): Promise<DocumentLoad>;
  loadPreferences(): Promise<LoadedPreferences>;
  savePreferences(preferences: Preferences): Promise<void>;
  /** Where the reader was in each document and language; nothing in a kiosk. A damaged store reads as empty. */
  loadPositions(): Promise<SavedPositions>;
  /** Keeps one document's place; a kiosk keeps nothing. */
  savePosition(place: SavedPlace): Promise<void>;
  /** The reader's bookmarks, highlights and notes; none in a kiosk. */
  loadMarks(): Promise<LoadedMarks>;
  /** Replaces the marks kept with these; refused unless they pass the schema. A kiosk keeps nothing. */
  saveMarks(marks: SavedMarks): Promise<void>;
  /**
   * Saves exported marks as a file: on the desktop where the reader chooses in the system's save dialog (written
   * atomically; 'cancelled' when they close it), in a browser as a download. A kiosk saves nothing.
   */
  exportMarks(file: MarksExport): Promise<'saved' | 'cancelled'>;
  /** Opens an https address outside the reader, once the reader has confirmed it. Other schemes are refused. */
  openExternal(url: string): Promise<void>;
  /** The kiosk settings when the reader runs as a kiosk, otherwise null. */
  loadKioskConfig(): Promise<KioskConfig | null>;
  /** Kiosk: asks the host to quit; resolves false when the PIN is wrong (or the host has no lockdown to leave). */
  requestKioskExit(pin: string): Promise<boolean>;
  /** Auditor mode: the manual check records kept on this machine (none in kiosk mode). */
  loadAuditRecords(): Promise<ManualRecord[]>;
  /** Replaces the kept records; refused unless every record is valid. */
  saveAuditRecords(records: ManualRecord[]): Promise<void>;
  /** Listens for host events; returns the function that stops listening. */
  onHostEvent(listener: (event: HostEvent) => void): () => void;
}

/** IPC channel names: one per request method, one for host events (main → renderer). */
export const IPC_CHANNELS = {
  loadLibraryStart: 'lisible:library:start',
  loadLibraryIndex: 'lisible:library:index',
  loadDocument: 'lisible:library:document',
  loadPreferences: 'lisible:preferences:load',
  savePreferences: 'lisible:preferences:save',
  loadPositions: 'lisible:positions:load',
  savePosition: 'lisible:positions:save',
  loadMarks: 'lisible:marks:load',
  saveMarks: 'lisible:marks:save',
  exportMarks: 'lisible:marks:export',
  openExternal: 'lisible:external:open',
  loadKioskConfig: 'lisible:kiosk:config',
  requestKioskExit: 'lisible:kiosk:exit',
  loadAuditRecords: 'lisible:audit-records:load',
  saveAuditRecords: 'lisible:audit-records:save',
  hostEvent: 'lisible:host-event',
} as const;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'lisible';
