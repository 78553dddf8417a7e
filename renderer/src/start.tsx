/**
 * Starts the reader in the page (main.ts calls it once the drawn page is on screen). The page usually comes
 * pre-rendered (scripts/prerender.ts): when it shows what the reader is about to show (same language, and the same
 * document with no kiosk and no notice, or a kiosk's start screen for a kiosk that asks), React takes it over as it
 * is (`hydrateRoot`); otherwise the reader is drawn afresh in its place.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { LoadedPreferences } from '../../common/bridge';
import type { LibraryStart } from '../../common/document';
import { LANGUAGES } from '../../common/languages';
import { NO_SAVED_POSITIONS } from '../../common/positions';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { bridge } from './bridge';
import { createDocumentStore } from './documents/document-store';
import { createLibraryIndexStore } from './documents/library-index-store';
import { initI18n } from './i18n';
import { startingPreferences } from '../../common/starting-preferences';
import { ReaderRoot } from './ReaderRoot';
import { initialEntry, requestedDocument, versionFor } from './reading/library';
import {
  contentDigest,
  OTHER_LANGUAGE_PAGE,
  PRERENDERED_ATTRIBUTE,
  readPrerenderedNote,
} from '../../common/prerendered';
import './shared/effect-timing';
import { loadKiosk } from './kiosk/KioskShell';

const NO_CONTENT: LibraryStart = { documents: [], errors: [], complete: true };

export async function start(root: HTMLElement): Promise<void> {
  // Only the start of the index: the same whatever the library's size; the rest once the first screen is drawn.
  const index = bridge.loadLibraryStart(requestedDocument(location.search)).catch((error: unknown) => {
    // The app still starts, in the reader's language, and says the content could not be loaded.
    console.error(error);
    return NO_CONTENT;
  });
  const { preferences: stored, problem } = await bridge
    .loadPreferences()
    .catch((): LoadedPreferences => ({ preferences: DEFAULT_PREFERENCES, problem: 'unreadable' }));
  const kiosk = await bridge.loadKioskConfig().catch(() => null);
  // A language's own page (`/fr/about-us/`) names its language as `?lang=` would; `/` leaves it to the reader.
  const rendered = readPrerenderedNote(root.getAttribute(PRERENDERED_ATTRIBUTE));
  const search = new URLSearchParams(location.search);
  if (
    rendered?.screen === 'reader' &&
    !document.documentElement.hasAttribute(OTHER_LANGUAGE_PAGE) &&
    !search.has('lang')
  ) {
    search.set('lang', rendered.language);
  }
  // A kiosk keeps no reader's place: nothing is asked for, nothing is restored.
  const savedPositions = kiosk ? NO_SAVED_POSITIONS : await bridge.loadPositions().catch(() => NO_SAVED_POSITIONS);
  const { initial, ignored } = startingPreferences({
    stored,
    kiosk,
    search: `?${search.toString()}`,
    systemLanguages: navigator.languages,
  });
  for (const message of ignored) console.warn(message);
  const library = await index;
  const first = initialEntry(library.documents, location.search);
  const documents = createDocumentStore((id, lang) => bridge.loadDocument(id, lang));
  // The first document's body and the strings arrive before the first render: no empty or half-drawn screen.
  // A kiosk's start screen offers both languages, so both are fetched.
  const languages = kiosk ? LANGUAGES : [initial.language];
  await Promise.all([
    ...(first ? languages.map((lang) => documents.load(first.id, versionFor(first, lang).lang)) : []),
    initI18n(initial.language, languages),
    kiosk ? loadKiosk() : undefined,
  ]);

  const preferencesReset = !kiosk && problem !== undefined;
  const shown = first && documents.peek(first.id, versionFor(first, initial.language).lang);
  const hydrate =
    rendered !== undefined &&
    rendered.language === initial.language &&
    (rendered.screen === 'reader'
      ? rendered.documentId === first?.id &&
        shown?.status === 'ok' &&
        rendered.digest === contentDigest(shown.document) &&
        !kiosk &&
        !preferencesReset
      : kiosk?.language === 'ask');
  const reader = (
    <StrictMode>
      <ReaderRoot
        stored={stored}
        initial={initial}
        renderedWith={hydrate ? { language: initial.language } : undefined}
        kiosk={kiosk}
        library={createLibraryIndexStore(library, () => bridge.loadLibraryIndex())}
        documents={documents}
        initialDocumentId={first?.id ?? ''}
        preferencesReset={preferencesReset}
        savedPositions={savedPositions}
      />
    </StrictMode>
  );
  if (hydrate) {
    hydrateRoot(root, reader);
  } else {
    root.replaceChildren();
    root.removeAttribute(PRERENDERED_ATTRIBUTE);
    createRoot(root).render(reader);
  }
}
