/**
 * The screens the build renders ahead of time (scripts/prerender.ts), with React's server renderer: the page's
 * own tree (ReaderRoot), as a first visit shows it, with nothing saved yet. The reading screen of one document
 * in one language, and a kiosk's bilingual start screen. Run through Vite in Node; nothing here may need a window.
 */
import i18next from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { startOf } from '../../common/document';
import { createDocumentStore } from './documents/document-store';
import { createLibraryIndexStore } from './documents/library-index-store';
import { initI18n } from './i18n';
import { DEFAULT_KIOSK_CONFIG } from '../../common/kiosk';
import { LANGUAGES, type Language } from '../../common/languages';
import { NO_SAVED_POSITIONS } from '../../common/positions';
import { contentDigest, type PrerenderedScreen, type PrerenderInput } from '../../common/prerendered';
import { ReaderRoot, type ReaderRootProps } from './ReaderRoot';
import { loadKiosk } from './kiosk/KioskShell';
import { versionFor } from './reading/library';

function markupOf(tree: ReactNode): string {
  return renderToString(<StrictMode>{tree}</StrictMode>);
}

/** @param loaded the languages of the document whose version is at hand, as the page has them when it starts */
function rootProps({ index, entry, language }: PrerenderInput, loaded: readonly Language[]): ReaderRootProps {
  return {
    stored: {},
    initial: { language },
    renderedWith: { language },
    kiosk: null,
    library: createLibraryIndexStore(startOf(index, entry.id), () =>
      Promise.reject(new Error('nothing is fetched while rendering ahead of time')),
    ),
    documents: createDocumentStore(
      () => Promise.reject(new Error('nothing is fetched while rendering ahead of time')),
      loaded.map((lang) => {
        const version = versionFor(entry, lang);
        return { id: entry.id, language: version.lang, loaded: { status: 'ok', document: version } };
      }),
    ),
    initialDocumentId: entry.id,
    preferencesReset: false,
    savedPositions: NO_SAVED_POSITIONS,
  };
}

/** The reading screen of `entry` in `language`. */
export async function prerender(input: PrerenderInput): Promise<PrerenderedScreen> {
  const { entry, language } = input;
  await initI18n(language);
  const version = versionFor(entry, language);
  return {
    screen: 'reader',
    language,
    documentId: entry.id,
    digest: contentDigest(version),
    documentLanguage: version.lang,
    title: `${version.title} — ${i18next.t('app.name', { lng: language })}`,
    markup: markupOf(<ReaderRoot {...rootProps(input, [language])} />),
  };
}

/**
 * A kiosk's start screen, as a kiosk that asks each visitor their language opens (`input.language` being the one
 * it opens in): drawn ahead of time like the reading screens, so that the page a screen reader finds loaded is
 * the one the visitor meets, not one the page's script replaces after it has loaded.
 */
export async function prerenderKioskStart(input: PrerenderInput): Promise<PrerenderedScreen> {
  const { language } = input;
  await Promise.all([initI18n(language, LANGUAGES), loadKiosk()]);
  return {
    screen: 'kiosk-start',
    language,
    title: i18next.t('app.name', { lng: language }),
    markup: markupOf(<ReaderRoot {...rootProps(input, LANGUAGES)} kiosk={DEFAULT_KIOSK_CONFIG} />),
  };
}
