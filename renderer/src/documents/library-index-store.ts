/**
 * The library's index as the reader knows it: the start (common/document.ts, `LibraryStart`, the same size
 * whatever the library's) from the first screen, then the whole index, asked for once that screen is drawn.
 * Components read it synchronously and are told when the whole index has arrived.
 */
import type { LibraryIndex, LibraryStart } from '../../../common/document';

export interface LibraryIndexStore {
  /** The index as far as it is known: the start until the whole index has arrived. */
  current: () => LibraryStart;
  /**
   * Loads the whole index unless it is here or on its way; resolves with the index then known (still the start
   * if the whole index could not be loaded: it is asked for again next time). Never rejects.
   */
  complete: () => Promise<LibraryStart>;
  /** Told whenever the index changes; returns the function that stops listening. */
  subscribe: (listener: () => void) => () => void;
}

export function createLibraryIndexStore(
  start: LibraryStart,
  loadIndex: () => Promise<LibraryIndex>,
): LibraryIndexStore {
  let current = start;
  let loading: Promise<LibraryStart> | undefined;
  const listeners = new Set<() => void>();

  return {
    current: () => current,
    complete() {
      if (current.complete) return Promise.resolve(current);
      loading ??= loadIndex().then(
        (index) => {
          current = { ...index, complete: true };
          for (const listener of listeners) listener();
          return current;
        },
        (error: unknown) => {
          console.error('Could not load the library index:', error);
          loading = undefined;
          return current;
        },
      );
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
