import { useEffect } from 'react';
import type { KioskConfig } from '../../common/kiosk';
import type { Language } from '../../common/languages';
import type { SavedPositions } from '../../common/positions';
import type { Preferences } from '../../common/preferences';
import { App } from './App';
import type { DocumentStore } from './documents/document-store';
import type { LibraryIndexStore } from './documents/library-index-store';
import { KioskShell } from './kiosk/KioskShell';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import { AnnouncerProvider } from './shared/Announcer';
import { DialogHost } from './shared/dialogs/DialogHost';
import { replayEarlyClicks } from './shared/early-input';

export interface ReaderRootProps {
  stored: Preferences;
  initial: Preferences & { language: Language };
  /** The preferences the page was rendered with at build time, when it is hydrated (PreferencesProvider). */
  renderedWith?: (Preferences & { language: Language }) | undefined;
  kiosk: KioskConfig | null;
  /** The start of the library's index, then the whole of it (documents/library-index-store.ts). */
  library: LibraryIndexStore;
  documents: DocumentStore;
  initialDocumentId: string;
  preferencesReset: boolean;
  /** Where the reader was in each document: none in a kiosk, nor in a page rendered at build time. */
  savedPositions: SavedPositions;
}

/** The whole reader: what the page renders (start.tsx) and what the build renders ahead of time (prerender.tsx). */
export function ReaderRoot({
  stored,
  initial,
  renderedWith,
  kiosk,
  library,
  documents,
  initialDocumentId,
  preferencesReset,
  savedPositions,
}: ReaderRootProps) {
  // Buttons clicked before the page listened (see shared/early-input.ts), now that it does: on whichever screen
  // was drawn, after every part of it has set up (a parent's effects run after its children's).
  useEffect(replayEarlyClicks, []);
  return (
    <PreferencesProvider stored={stored} initial={initial} renderedWith={renderedWith} persist={!kiosk}>
      <AnnouncerProvider>
        <DialogHost>
          <KioskShell config={kiosk} defaults={initial}>
            <App
              library={library}
              documents={documents}
              initialDocumentId={initialDocumentId}
              preferencesReset={preferencesReset}
              focusTitleOnMount={kiosk !== null}
              savedPositions={savedPositions}
            />
          </KioskShell>
        </DialogHost>
      </AnnouncerProvider>
    </PreferencesProvider>
  );
}
