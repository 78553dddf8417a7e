/**
 * What main does for each bridge request, once `checkInvocation` has let it through. Pure of Electron: the
 * effects that need it (opening a browser) come in through the context, so the handlers are tested under Node.
 */
import type { ReaderBridge } from '../../common/bridge';
import type { KioskConfig } from '../../common/kiosk';
import type { ContentLibrary } from '../content/loader';
import { DEFAULT_PREFERENCES, parsePreferences, type Preferences } from '../../common/preferences';
import type { BridgeArguments, BridgeMethod } from '../security/ipc-guard';
import { readAuditRecordsFile, writeAuditRecordsFile } from '../settings/audit-records-file';
import { NO_SAVED_POSITIONS } from '../../common/positions';
import type { PositionsStore } from '../settings/positions-file';
import type { MarksStore } from '../settings/marks-file';
import { NO_SAVED_MARKS } from '../../common/marks';
import type { ChooseSavePath } from '../files/save-dialog';
import { exportPath, marksExportDialog, writeExportFile } from '../marks/marks-export';
import { readPreferencesFile, writePreferencesFile } from '../settings/preferences-file';

export interface RequestContext {
  /** Opened at start-up: the start of its index kept from the last launch, the folder checked once, each body parsed when first asked for. */
  content: ContentLibrary;
  preferencesPath: string;
  /** Auditor mode's manual check records, in the user-data folder. */
  auditRecordsPath: string;
  /** The reading positions file beside the preferences (`settings/positions-file.ts`). */
  positions: PositionsStore;
  /** The reader's marks file, with its backup (`settings/marks-file.ts`). */
  marks: MarksStore;
  /** The system's save dialog over the reader's window (`desktop/save-dialog.ts`). */
  chooseSavePath: ChooseSavePath;
  /** Hands an allowed https address to the system browser (`desktop/external-links.ts`). */
  openInBrowser: (url: string) => Promise<void>;
  /**
   * Told whenever the page's preferences are read or about to be saved, so the menu follows what the page shows,
   * even when the disk then refuses the write (the change still applies to this visit).
   */
  onPreferences: (preferences: Preferences) => void;
  warn: (message: string) => void;
  /**
   * Kiosk mode, when the app runs as one; without it the reader is a desktop app with no lockdown to leave.
   * In kiosk mode nothing of a reader is kept: preferences and positions are neither read from nor written to disk.
   */
  kiosk?: {
    config: () => Promise<KioskConfig>;
    requestExit: (pin: string) => Promise<boolean>;
  };
}

export type RequestHandlers = {
  [M in BridgeMethod]: (...args: BridgeArguments<M>) => ReturnType<ReaderBridge[M]>;
};

export function createRequestHandlers(context: RequestContext): RequestHandlers {
  return {
    loadLibraryStart: (...documentId) => context.content.start(...documentId),

    loadLibraryIndex: () => context.content.index(),

    loadDocument: (id, language) => context.content.document(id, language),

    async loadPreferences() {
      // Every kiosk reader starts from the kiosk's defaults, whatever a desktop session once saved here.
      if (context.kiosk) return { preferences: DEFAULT_PREFERENCES };
      const reading = await readPreferencesFile(context.preferencesPath);
      // A damaged file is moved aside as it is detected, so the page hears of it once, not on every load.
      if (reading.problem)
        context.warn(`Preferences file ${context.preferencesPath} is ${reading.problem}; using the defaults.`);
      context.onPreferences(reading.preferences);
      return reading.problem
        ? { preferences: reading.preferences, problem: reading.problem }
        : { preferences: reading.preferences };
    },

    async savePreferences(preferences) {
      if (context.kiosk) {
        context.warn('Kiosk mode: preferences are not saved, so the next reader finds nothing of this one.');
        return;
      }
      // Only preferences the schema accepts reach the menu; the write below refuses the others too.
      if (parsePreferences(preferences) !== undefined) context.onPreferences(preferences);
      await writePreferencesFile(context.preferencesPath, preferences);
    },

    async loadPositions() {
      if (context.kiosk) return NO_SAVED_POSITIONS;
      const reading = await context.positions.load();
      if (reading.problem)
        context.warn(`Reading positions file is ${reading.problem}; starting every document at the top.`);
      return reading.value;
    },

    async savePosition(place) {
      // A kiosk's page never asks, and a reader's place must not outlive the reset even if it did.
      if (context.kiosk) return;
      await context.positions.save(place);
    },

    async loadMarks() {
      if (context.kiosk) return { marks: NO_SAVED_MARKS };
      const { value, problem, recovered } = await context.marks.load();
      if (problem)
        context.warn(
          `Marks file is ${problem}; it was set aside and ${recovered ? 'its previous version' : 'no mark'} restored.`,
        );
      return { marks: value, ...(problem && { problem }), ...(recovered && { recovered }) };
    },

    async saveMarks(marks) {
      // A kiosk's page offers no marks, and none may outlive the reset even if it asked.
      if (context.kiosk) return;
      await context.marks.save(marks);
    },

    async exportMarks(file) {
      // A kiosk's page offers no marks, and nothing of a reader may be left on its disk.
      if (context.kiosk) throw new Error('Kiosk mode: marks are not exported.');
      const chosen = await context.chooseSavePath(marksExportDialog(file));
      if (chosen === undefined) return 'cancelled';
      await writeExportFile(exportPath(chosen, file.format), file.text);
      return 'saved';
    },

    openExternal: (url) => context.openInBrowser(url),

    loadKioskConfig: () => (context.kiosk ? context.kiosk.config() : Promise.resolve(null)),

    requestKioskExit: (pin) => (context.kiosk ? context.kiosk.requestExit(pin) : Promise.resolve(false)),

    async loadAuditRecords() {
      if (context.kiosk) return [];
      const reading = await readAuditRecordsFile(context.auditRecordsPath);
      if (reading.problem)
        context.warn(`Audit records file ${context.auditRecordsPath} is ${reading.problem}; it was set aside.`);
      return reading.records;
    },

    async saveAuditRecords(records) {
      if (context.kiosk) {
        context.warn('Kiosk mode: audit records are not saved, so the next person finds nothing of this one.');
        return;
      }
      await writeAuditRecordsFile(context.auditRecordsPath, records);
    },
  };
}
