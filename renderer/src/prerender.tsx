/**
 * The reading screen as the build renders it ahead of time (scripts/prerender.ts), with React's server
 * renderer: the page's own tree (ReaderRoot), for one document in one language, with nothing saved yet, as a
 * first visit shows it. Run through Vite in Node; nothing here may need a window.
 */
import i18next from 'i18next';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createDocumentStore } from './documents/document-store';
import { initI18n } from './i18n';
import { NO_SAVED_POSITIONS } from '../../common/positions';
import type { PrerenderedScreen, PrerenderInput } from '../../common/prerendered';
import { ReaderRoot } from './ReaderRoot';
import { versionFor } from './reading/library';

export async function prerender({ index, entry, language }: PrerenderInput): Promise<PrerenderedScreen> {
  await initI18n(language);
  const version = versionFor(entry, language);
  const documents = createDocumentStore(
    () => Promise.reject(new Error('nothing is fetched while rendering ahead of time')),
    [{ id: entry.id, language: version.lang, loaded: { status: 'ok', document: version } }],
  );
  const markup = renderToString(
    <StrictMode>
      <ReaderRoot
        stored={{}}
        initial={{ language }}
        renderedWith={{ language }}
        kiosk={null}
        index={index}
        documents={documents}
        initialDocumentId={entry.id}
        preferencesReset={false}
        savedPositions={NO_SAVED_POSITIONS}
      />
    </StrictMode>,
  );
  return {
    language,
    documentId: entry.id,
    documentLanguage: version.lang,
    title: `${version.title} — ${i18next.t('app.name', { lng: language })}`,
    markup,
  };
}
