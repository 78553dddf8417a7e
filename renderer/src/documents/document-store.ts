/**
 * The bodies of the documents the reader has opened, loaded through the bridge when first asked for and kept
 * for the visit. Components read a body synchronously once it is here (`peek`), so a document already loaded,
 * such as the other language of the one on screen, is shown in the same frame as the choice that asked for it.
 */
import type { DocumentLoad, ReaderDocument } from '../../../common/document';
import type { Language } from '../../../common/languages';

/** A body as the reader can show it, or why it cannot. */
export type LoadedDocument =
  | { status: 'ok'; document: ReaderDocument }
  /** `invalid`: its file has a fault; `missing`: it is no longer in the library; `unavailable`: it could not be fetched. */
  | { status: 'failed'; reason: 'invalid' | 'missing' | 'unavailable' };

export interface DocumentStore {
  /** The body if it has arrived, else undefined. */
  peek: (id: string, language: Language) => LoadedDocument | undefined;
  /** Loads the body unless it is loaded or on its way; resolves when it is here. Never rejects. */
  load: (id: string, language: Language) => Promise<LoadedDocument>;
  /** Told whenever a body arrives; returns the function that stops listening. */
  subscribe: (listener: () => void) => () => void;
}

type Loader = (id: string, language: Language) => Promise<DocumentLoad>;

export function createDocumentStore(
  loadDocument: Loader,
  initial: { id: string; language: Language; loaded: LoadedDocument }[] = [],
): DocumentStore {
  const loaded = new Map<string, LoadedDocument>(initial.map((item) => [key(item.id, item.language), item.loaded]));
  const pending = new Map<string, Promise<LoadedDocument>>();
  const listeners = new Set<() => void>();

  return {
    peek: (id, language) => loaded.get(key(id, language)),
    load(id, language) {
      const ready = loaded.get(key(id, language));
      if (ready) return Promise.resolve(ready);
      let loading = pending.get(key(id, language));
      if (!loading) {
        loading = loadDocument(id, language)
          .then(
            (result): LoadedDocument => (result.status === 'ok' ? result : { status: 'failed', reason: result.status }),
            (error: unknown): LoadedDocument => {
              console.error(`Could not load the "${language}" version of "${id}":`, error);
              return { status: 'failed', reason: 'unavailable' };
            },
          )
          .then((result) => {
            pending.delete(key(id, language));
            loaded.set(key(id, language), result);
            for (const listener of listeners) listener();
            return result;
          });
        pending.set(key(id, language), loading);
      }
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function key(id: string, language: Language): string {
  return `${id}\n${language}`;
}
