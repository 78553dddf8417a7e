/**
 * What an auditor records for a manual check, how records are validated (the same schema guards the desktop's
 * IPC, the browser's storage and imported files), and how two auditors' records are merged without anything
 * being silently overwritten.
 */
import * as v from 'valibot';
import { manualCheck } from './manual-checks';
import { MANUAL_OUTCOMES } from './conformance';

export const MAX_RECORDS = 5000;
export const MAX_NOTE_LENGTH = 4000;
export const MAX_FIELD_LENGTH = 200;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const requiredText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const AuditorSchema = v.strictObject({
  name: requiredText(MAX_FIELD_LENGTH),
  email: v.optional(text(MAX_FIELD_LENGTH)),
});
export type Auditor = v.InferOutput<typeof AuditorSchema>;

export const ManualRecordSchema = v.strictObject({
  /** Stable identity across exports and merges. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)),
  check: v.pipe(
    v.string(),
    v.check((id) => manualCheck(id) !== undefined, 'not a known manual check'),
  ),
  outcome: v.picklist(MANUAL_OUTCOMES),
  note: text(MAX_NOTE_LENGTH),
  /** The assistive technology used, e.g. "NVDA 2025.1"; empty when none was. */
  assistiveTechnology: text(MAX_FIELD_LENGTH),
  /** Browser or platform, e.g. "Lisible desktop 0.1.0 on Windows 11". */
  platform: text(MAX_FIELD_LENGTH),
  auditor: AuditorSchema,
  /** When the check was made (ISO 8601). */
  date: v.pipe(v.string(), v.isoTimestamp()),
});
export type ManualRecord = v.InferOutput<typeof ManualRecordSchema>;

export const ManualRecordsSchema = v.pipe(v.array(ManualRecordSchema), v.maxLength(MAX_RECORDS));

export function parseRecords(value: unknown): ManualRecord[] | undefined {
  const result = v.safeParse(ManualRecordsSchema, value);
  return result.success ? result.output : undefined;
}

/** One auditor's latest word on one check: records are replaced only by their own auditor. */
export function recordKey(record: Pick<ManualRecord, 'check' | 'auditor'>): string {
  return `${record.check}\u0000${record.auditor.name.trim().toLowerCase()}`;
}

function sameRecord(a: ManualRecord, b: ManualRecord): boolean {
  return (
    a.id === b.id &&
    a.check === b.check &&
    a.outcome === b.outcome &&
    a.note === b.note &&
    a.assistiveTechnology === b.assistiveTechnology &&
    a.platform === b.platform &&
    a.auditor.name === b.auditor.name &&
    a.auditor.email === b.auditor.email &&
    a.date === b.date
  );
}

/** The same auditor said two different things about the same check: a person has to choose. */
export interface MergeConflict {
  kept: ManualRecord;
  incoming: ManualRecord;
}

export interface MergeResult {
  records: ManualRecord[];
  added: ManualRecord[];
  unchanged: number;
  conflicts: MergeConflict[];
}

/**
 * Adds `incoming` to `current`. Records of other auditors, or of checks this auditor had not recorded, are
 * added. An identical record is counted once. Where the same auditor recorded the same check differently, the
 * current record stays and the pair is returned as a conflict for a person to resolve (`resolveConflict`).
 * Different auditors disagreeing is not a conflict: both records stand, and the report shows both.
 */
export function mergeRecords(current: readonly ManualRecord[], incoming: readonly ManualRecord[]): MergeResult {
  const byKey = new Map(current.map((record) => [recordKey(record), record]));
  const records = [...current];
  const added: ManualRecord[] = [];
  const conflicts: MergeConflict[] = [];
  let unchanged = 0;
  for (const record of incoming) {
    const kept = byKey.get(recordKey(record));
    if (!kept) {
      byKey.set(recordKey(record), record);
      records.push(record);
      added.push(record);
    } else if (sameRecord(kept, record)) {
      unchanged += 1;
    } else {
      conflicts.push({ kept, incoming: record });
    }
  }
  return { records, added, unchanged, conflicts };
}

/** A person's choice in a conflict: keep what was there, or take the incoming record in its place. */
export function resolveConflict(
  records: readonly ManualRecord[],
  conflict: MergeConflict,
  choice: 'kept' | 'incoming',
): ManualRecord[] {
  if (choice === 'kept') return [...records];
  return records.map((record) => (record.id === conflict.kept.id ? conflict.incoming : record));
}

/**
 * Records a new result: it replaces this auditor's earlier record of the same check (their own, deliberate
 * change) and never touches another auditor's.
 */
export function upsertRecord(records: readonly ManualRecord[], record: ManualRecord): ManualRecord[] {
  const key = recordKey(record);
  return [...records.filter((existing) => recordKey(existing) !== key), record];
}

/** Checks on which auditors recorded different outcomes. */
export function disagreements(records: readonly ManualRecord[]): Map<string, ManualRecord[]> {
  const byCheck = new Map<string, ManualRecord[]>();
  for (const record of records) byCheck.set(record.check, [...(byCheck.get(record.check) ?? []), record]);
  return new Map([...byCheck].filter(([, list]) => new Set(list.map((record) => record.outcome)).size > 1));
}
