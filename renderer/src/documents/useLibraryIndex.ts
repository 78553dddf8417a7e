import { useEffect, useSyncExternalStore } from 'react';
import type { LibraryStart } from '../../../common/document';
import type { LibraryIndexStore } from './library-index-store';

/** Work for when the page is idle (soon after, at the latest); returns the function that cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * The index from the store: its start on the first screen, the whole index once it has arrived, which this asks
 * for when the page is first idle after the first screen is drawn.
 */
export function useLibraryIndex(store: LibraryIndexStore): LibraryStart {
  const index = useSyncExternalStore(store.subscribe, store.current, store.current);
  useEffect(() => whenIdle(() => void store.complete()), [store]);
  return index;
}
