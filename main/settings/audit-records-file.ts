/**
 * Auditor mode's manual check records in the user-data folder, kept as the EARL JSON-LD document an auditor
 * exports (so the file itself can be handed to `npm run acr`). Written atomically after validation; a damaged
 * file is set aside, never silently overwritten, and the reader starts from no records.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { manualRecordsFromEarl, manualRecordsToEarl } from '../../common/audit/earl';
import { parseRecords, type ManualRecord } from '../../common/audit/manual-records';
import { asidePath } from './preferences-file';

export const AUDIT_RECORDS_FILE_NAME = 'audit-records.jsonld';

export interface AuditRecordsReading {
  records: ManualRecord[];
  problem?: 'unreadable' | 'invalid';
}

export async function readAuditRecordsFile(path: string): Promise<AuditRecordsReading> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { records: [] };
    return { records: [], problem: 'unreadable' };
  }
  let records: ManualRecord[] | undefined;
  let problem: AuditRecordsReading['problem'] = 'invalid';
  try {
    records = manualRecordsFromEarl(JSON.parse(text));
  } catch {
    problem = 'unreadable';
  }
  if (records) return { records };
  await rename(path, asidePath(path)).catch(() => undefined);
  return { records: [], problem };
}

export async function writeAuditRecordsFile(path: string, records: readonly ManualRecord[]): Promise<void> {
  const valid = parseRecords(records);
  if (valid === undefined) throw new TypeError('Refusing to save audit records that fail the schema');
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(manualRecordsToEarl(valid), null, 2)}\n`, { encoding: 'utf8' });
}
