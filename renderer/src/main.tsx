import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedPreferences } from '../../common/bridge';
import type { LibraryIndex } from '../../common/document';
import { LANGUAGES } from '../../common/languages';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { App } from './App';
import { bridge } from './bridge';
import { AnnouncerProvider } from './components/Announcer';
import { initI18n } from './i18n';
import { initialLanguage } from './initial-language';
import { createDocumentStore } from './documents/document-store';
import { initialEntry, versionFor } from './library';
import { kioskPreferences } from './kiosk/kiosk-preferences';
import { KioskShell } from './kiosk/KioskShell';
import { ExternalLinkProvider } from './links/ExternalLinks';
import { preferencesFromAddress } from './preferences/from-address';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import './styles/index.css';

const NO_CONTENT: LibraryIndex = { documents: [], errors: [] };

async function start(root: HTMLElement): Promise<void> {
  const index = bridge.loadLibraryIndex().catch((error: unknown) => {
    // The app still starts, in the reader's language, and says the content could not be loaded.
    console.error(error);
    return NO_CONTENT;
  });
  const { preferences: stored, problem } = await bridge
    .loadPreferences()
    .catch((): LoadedPreferences => ({ preferences: DEFAULT_PREFERENCES, problem: 'unreadable' }));
  const kiosk = await bridge.loadKioskConfig().catch(() => null);
  const fromAddress = preferencesFromAddress(location.search);
  for (const message of fromAddress.ignored) console.warn(message);
  // A kiosk starts every reader from its own defaults; nothing saved by anyone before applies.
  const language = kiosk
    ? kiosk.language === 'ask'
      ? 'en'
      : kiosk.language
    : initialLanguage(location.search, stored, navigator.languages);
  // The address sets a kiosk up too: its values become that kiosk's defaults, restored for every reader.
  const kioskDefaults = kiosk && { ...kioskPreferences(kiosk, language), ...fromAddress.preferences, language };
  const initial = kioskDefaults || { ...stored, ...fromAddress.preferences, language };
  const { documents: entries } = await index;
  const first = initialEntry(entries, location.search);
  const documents = createDocumentStore((id, lang) => bridge.loadDocument(id, lang));
  // The first document's body and the strings arrive before the first render: no empty or half-drawn screen.
  // A kiosk's start screen offers both languages, so both bodies are fetched.
  await Promise.all([
    ...(first
      ? (kiosk ? LANGUAGES : [language]).map((lang) => documents.load(first.id, versionFor(first, lang).lang))
      : []),
    // A kiosk's start screen asks in both languages.
    initI18n(language, kiosk ? LANGUAGES : [language]),
  ]);
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider stored={stored} initial={initial} persist={!kiosk}>
        <AnnouncerProvider>
          <KioskShell config={kiosk} defaults={kioskDefaults || initial}>
            <ExternalLinkProvider>
              <App
                index={await index}
                documents={documents}
                initialDocumentId={first?.id ?? ''}
                preferencesReset={!kiosk && problem !== undefined}
                focusTitleOnMount={kiosk !== null}
              />
            </ExternalLinkProvider>
          </KioskShell>
        </AnnouncerProvider>
      </PreferencesProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
