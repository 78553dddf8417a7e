/**
 * The browser's home for auditor mode's manual check records: one IndexedDB value, validated by the same schema
 * as the desktop's file. IndexedDB rather than localStorage: records with notes can pass localStorage's few
 * megabytes, and a write either commits whole or not at all.
 */
import type { ManualRecord } from '../../../common/audit/manual-records';

const DATABASE = 'lisible';
const STORE = 'audit';
const KEY = 'records';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening);
}

async function withStore<T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE, mode);
    const result = await request(operation(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  } finally {
    database.close();
  }
}

export async function loadStoredRecords(): Promise<ManualRecord[]> {
  // Loaded with auditor mode, not with the reader's first screen.
  const { parseRecords } = await import('../../../common/audit/manual-records');
  const stored: unknown = await withStore('readonly', (store) => store.get(KEY));
  return stored === undefined ? [] : (parseRecords(stored) ?? []);
}

export async function saveStoredRecords(records: readonly ManualRecord[]): Promise<void> {
  const { parseRecords } = await import('../../../common/audit/manual-records');
  const valid = parseRecords(records);
  if (!valid) throw new Error('Invalid audit records');
  await withStore('readwrite', (store) => store.put(valid, KEY));
}
