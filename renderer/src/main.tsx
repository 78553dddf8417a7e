import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadedPreferences } from '../../common/bridge';
import type { Library } from '../../common/document';
import { NO_SAVED_POSITIONS } from '../../common/positions';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { App } from './App';
import { bridge } from './bridge';
import { AnnouncerProvider } from './shared/Announcer';
import { initI18n } from './i18n';
import { initialLanguage } from './preferences/initial-language';
import { initialEntry } from './reading/library';
import { kioskPreferences } from './kiosk/kiosk-preferences';
import { KioskShell } from './kiosk/KioskShell';
import { preferencesFromAddress } from './preferences/from-address';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { DialogHost } from './shared/dialogs/DialogHost';
import './styles/index.css';

const NO_CONTENT: Library = { documents: [], errors: [] };

async function start(root: HTMLElement): Promise<void> {
  const library = bridge.loadLibrary().catch((error: unknown) => {
    // The app still starts, in the reader's language, and says the content could not be loaded.
    console.error(error);
    return NO_CONTENT;
  });
  const { preferences: stored, problem } = await bridge
    .loadPreferences()
    .catch((): LoadedPreferences => ({ preferences: DEFAULT_PREFERENCES, problem: 'unreadable' }));
  const kiosk = await bridge.loadKioskConfig().catch(() => null);
  // A kiosk keeps no reader's place: nothing is asked for, nothing is restored.
  const savedPositions = kiosk ? NO_SAVED_POSITIONS : await bridge.loadPositions().catch(() => NO_SAVED_POSITIONS);
  const fromAddress = preferencesFromAddress(location.search);
  for (const message of fromAddress.ignored) console.warn(message);
  // A kiosk starts every reader from its own defaults; nothing saved by anyone before applies.
  const language = kiosk ? (kiosk.language === 'ask' ? 'en' : kiosk.language) : initialLanguage(location.search, stored, navigator.languages);
  // The address sets a kiosk up too: its values become that kiosk's defaults, restored for every reader.
  const kioskDefaults = kiosk && { ...kioskPreferences(kiosk, language), ...fromAddress.preferences, language };
  const initial = kioskDefaults || { ...stored, ...fromAddress.preferences, language };
  await initI18n(language);
  const { documents } = await library;
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider stored={stored} initial={initial} persist={!kiosk}>
        <AnnouncerProvider>
          <DialogHost>
            <KioskShell config={kiosk} defaults={kioskDefaults || initial}>
              <App
                library={await library}
                initialDocumentId={initialEntry(documents, location.search)?.id ?? ''}
                preferencesReset={!kiosk && problem !== undefined}
                focusTitleOnMount={kiosk !== null}
                savedPositions={savedPositions}
              />
            </KioskShell>
          </DialogHost>
        </AnnouncerProvider>
      </PreferencesProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
