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
import { initialEntry } from './reading/library';
import { KioskShell } from './kiosk/KioskShell';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { startingPreferences } from './preferences/starting-preferences';
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
  const { initial, ignored } = startingPreferences({
    stored,
    kiosk,
    search: location.search,
    systemLanguages: navigator.languages,
  });
  for (const message of ignored) console.warn(message);
  await initI18n(initial.language);
  const { documents } = await library;
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider stored={stored} initial={initial} persist={!kiosk}>
        <AnnouncerProvider>
          <DialogHost>
            <KioskShell config={kiosk} defaults={initial}>
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
