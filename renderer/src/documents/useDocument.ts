import { useEffect, useSyncExternalStore } from 'react';
import type { Language } from '../../../common/languages';
import type { DocumentStore, LoadedDocument } from './document-store';

/** One version's body from the store: undefined until it has arrived, which this asks for. */
export function useDocument(
  store: DocumentStore,
  id: string | undefined,
  language: Language,
): LoadedDocument | undefined {
  const snapshot = () => (id === undefined ? undefined : store.peek(id, language));
  const loaded = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  useEffect(() => {
    if (id !== undefined && loaded === undefined) void store.load(id, language);
  }, [store, id, language, loaded]);
  return loaded;
}
