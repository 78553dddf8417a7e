/**
 * The one owner of the reader's marks in the page: read once through the bridge, changed here, and each change
 * saved in turn (the host writes the whole set atomically). Components follow it with `useSavedMarks`.
 */
import { useSyncExternalStore } from 'react';
import type { LoadedMarks } from '../../../../common/bridge';
import { NO_SAVED_MARKS, withMark, withoutMark, type Mark, type SavedMarks } from '../../../../common/marks';
import { bridge } from '../../bridge';

let marks: SavedMarks = NO_SAVED_MARKS;
let loading: Promise<LoadedMarks> | undefined;
/**
 * Changes made before the saved marks were read (a bookmark added as the page starts). They are applied on top
 * of what was read, then saved: saved at once, they would replace the reader's saved marks with these alone.
 */
let beforeReading: ((current: SavedMarks) => SavedMarks)[] | undefined = [];
/** Ids of the marks whose passage is not in the document shown (kept, listed apart, never dropped). */
let unplaced: ReadonlySet<string> = new Set();
let shown = true;
const listeners = new Set<() => void>();
let saving: Promise<unknown> = Promise.resolve();

function changed(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The marks as saved, read once. What the host reports of a damaged store (`problem`, `recovered`) comes with
 * the first reading only, so the reader is told once.
 */
export function loadMarks(): Promise<LoadedMarks> {
  loading ??= bridge.loadMarks().then((loaded) => {
    const early = beforeReading ?? [];
    beforeReading = undefined;
    marks = early.reduce((current, update) => update(current), loaded.marks);
    changed();
    if (early.length > 0) persist(marks);
    return loaded;
  });
  return loading;
}

function persist(next: SavedMarks): void {
  saving = saving
    .then(() => bridge.saveMarks(next))
    .catch((error: unknown) => console.error('Could not keep the marks', error));
}

function change(update: (current: SavedMarks) => SavedMarks): void {
  marks = update(marks);
  changed();
  if (beforeReading) {
    beforeReading.push(update);
    void loadMarks();
  } else {
    persist(marks);
  }
}

export const putMark = (mark: Mark): void => change((current) => withMark(current, mark));
export const deleteMark = (id: string): void => change((current) => withoutMark(current, id));
/** Replaces them all (an import). */
export const replaceMarks = (next: SavedMarks): void => change(() => next);

export function setUnplaced(ids: ReadonlySet<string>): void {
  if (ids.size === unplaced.size && [...ids].every((id) => unplaced.has(id))) return;
  unplaced = ids;
  changed();
}

/** Whether highlights and notes are shown in the text (hide or show all; for this visit). */
export function setMarksShown(value: boolean): void {
  shown = value;
  changed();
}

export const currentMarks = (): SavedMarks => marks;

export function useSavedMarks(): SavedMarks {
  return useSyncExternalStore(subscribe, () => marks);
}

export function useUnplaced(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => unplaced);
}

export function useMarksShown(): boolean {
  return useSyncExternalStore(subscribe, () => shown);
}
