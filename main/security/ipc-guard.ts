/**
 * Pure checks applied to every IPC message before main acts on it: who sent it, and whether its arguments are
 * exactly what the bridge method takes. `main/desktop/ipc.ts` feeds it what Electron reports about the sender.
 */
import * as v from 'valibot';
import type { ReaderBridge } from '../../common/bridge';
import { ManualRecordsSchema } from '../../common/audit/manual-records';
import { DocumentIdSchema } from '../../common/document';
import { isAllowedExternalUrl } from '../../common/external-url';
import { LANGUAGES } from '../../common/languages';
import { SavedMarksSchema } from '../../common/marks';
import { MarksExportSchema } from '../../common/marks-exchange';
import { SavedPlaceSchema } from '../../common/positions';
import { PreferencesSchema } from '../../common/preferences';
import { APP_ORIGIN, isAppPageUrl } from './app-url';

/** The bridge methods the page invokes; `onHostEvent` only listens, so it sends nothing to check. */
export type BridgeMethod = Exclude<keyof ReaderBridge, 'onHostEvent'>;
export type BridgeArguments<M extends BridgeMethod> = Parameters<ReaderBridge[M]>;

/** What Electron tells us about the frame that sent a message. */
export interface SenderFrame {
  readonly url: string;
  readonly origin: string;
  /** The top frame of its page, not an iframe. */
  readonly isMainFrame: boolean;
  /** Belongs to the app's one window, not some other web contents. */
  readonly inOurWindow: boolean;
}

type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Longer than any real link; stops a page from handing the OS a megabyte of "address". */
export const MAX_EXTERNAL_URL_LENGTH = 4096;

export const MAX_PIN_LENGTH = 64;

const ExternalUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_EXTERNAL_URL_LENGTH),
  v.check(isAllowedExternalUrl, 'not an https address that may be opened'),
);

/**
 * Structured clone carries Sets, Maps, Dates and typed arrays over IPC; an object schema alone would take one
 * with no keys of its own for an empty object. Only a plain object is a preferences object or a place.
 */
function plainObject<S extends v.GenericSchema>(schema: S) {
  return v.pipe(
    v.custom<unknown>((value) => {
      if (typeof value !== 'object' || value === null) return false;
      const prototype: unknown = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null;
    }, 'not a plain object'),
    schema,
  );
}

/** Each method's full argument list; strict tuples, so an extra argument is as wrong as a malformed one. */
const ARGUMENT_SCHEMAS: { [M in BridgeMethod]: v.GenericSchema<unknown, BridgeArguments<M>> } = {
  loadLibraryStart: v.union([v.strictTuple([]), v.strictTuple([DocumentIdSchema])]),
  loadLibraryIndex: v.strictTuple([]),
  loadDocument: v.strictTuple([DocumentIdSchema, v.picklist(LANGUAGES)]),
  loadPreferences: v.strictTuple([]),
  savePreferences: v.strictTuple([plainObject(PreferencesSchema)]),
  loadPositions: v.strictTuple([]),
  // One place at a time: a few dozen bytes, whatever the number of documents read.
  savePosition: v.strictTuple([plainObject(SavedPlaceSchema)]),
  loadMarks: v.strictTuple([]),
  // Bounded in count and in every text's length (common/marks.ts): a page cannot make main write gigabytes.
  saveMarks: v.strictTuple([SavedMarksSchema]),
  // A known format and language, a short name, and text bounded beyond the largest export of valid marks.
  exportMarks: v.strictTuple([plainObject(MarksExportSchema)]),
  openExternal: v.strictTuple([ExternalUrlSchema]),
  loadKioskConfig: v.strictTuple([]),
  // A PIN is a few digits; the bound only stops a page from making main hash megabytes.
  requestKioskExit: v.strictTuple([v.pipe(v.string(), v.maxLength(MAX_PIN_LENGTH))]),
  loadAuditRecords: v.strictTuple([]),
  // Bounded in count and in every field's length (see the schema), so a page cannot make main write gigabytes.
  saveAuditRecords: v.strictTuple([ManualRecordsSchema]),
};

export const BRIDGE_METHODS = Object.keys(ARGUMENT_SCHEMAS) as readonly BridgeMethod[];

/** Why a sender is refused, or null if it is the main frame of our window showing our page. */
export function senderProblem(frame: SenderFrame | null): string | null {
  // Electron reports no frame once it has navigated away or been destroyed: nothing left to trust.
  if (frame === null) return 'the sending frame is gone';
  if (!frame.inOurWindow) return 'the sender is not the app window';
  if (!frame.isMainFrame) return 'the sender is a subframe';
  if (frame.origin !== APP_ORIGIN || !isAppPageUrl(frame.url)) {
    return `the sender's origin is ${JSON.stringify(frame.origin)}, not ${APP_ORIGIN}`;
  }
  return null;
}

export function parseArguments<M extends BridgeMethod>(
  method: M,
  args: readonly unknown[],
): Verdict<BridgeArguments<M>> {
  const schema: v.GenericSchema<unknown, BridgeArguments<M>> = ARGUMENT_SCHEMAS[method];
  const result = v.safeParse(schema, args);
  if (result.success) return { ok: true, value: result.output };
  const issues = result.issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return { ok: false, reason: `invalid arguments for ${method} (${issues.join('; ')})` };
}

/** The one gate: a message is acted on only if both its sender and its arguments pass. */
export function checkInvocation<M extends BridgeMethod>(
  method: M,
  frame: SenderFrame | null,
  args: readonly unknown[],
): Verdict<BridgeArguments<M>> {
  const problem = senderProblem(frame);
  if (problem !== null) return { ok: false, reason: problem };
  return parseArguments(method, args);
}
