/**
 * App lifecycle: lock the app down, then serve the renderer, load the content and open the window. Started as a
 * kiosk (`--kiosk`, a kiosk configuration file), the window is the kiosk's, locked down (kiosk.ts, beside this file).
 */
import { join } from 'node:path';
import { app, nativeTheme, type BrowserWindow } from 'electron';
import type { KioskConfig } from '../../common/kiosk';
import { readerLanguage, type Language } from '../../common/languages';
import type { Preferences } from '../../common/preferences';
import { openContentLibrary, type ContentLibrary } from '../content/loader';
import { showAbout } from './about';
import { createApplicationMenu, type MenuHandlers } from './application-menu';
import { offerContextMenu } from './context-menu';
import { openInBrowser } from './external-links';
import { reportSystemContrast, sendHostEvent, systemHighContrast } from './host-events';
import { kioskPlacement, kioskRequests, lockDownKioskWindow, refuseKioskStart, removeApplicationMenu } from './kiosk';
import { confine, denyAllPermissions } from './lockdown';
import { printDocument, saveDocumentAsPdf } from './printing';
import { claimSingleInstance } from './single-instance';
import { initialPlacement, trackWindowState } from './window-state';
import { registerIpc } from './ipc';
import { resolveKioskStart, type KioskStart } from '../kiosk/config-file';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { startPageSettings } from '../pages/start-page';
import { AUDIT_RECORDS_FILE_NAME } from '../settings/audit-records-file';
import { createPositionsStore, POSITIONS_FILE_NAME } from '../settings/positions-file';
import { createMarksStore, MARKS_FILE_NAME } from '../settings/marks-file';
import { PREFERENCES_FILE_NAME, readPreferencesFile } from '../settings/preferences-file';
import { createReaderWindow } from './window';
import { chooseSavePath } from './save-dialog';
import { WINDOW_STATE_FILE_NAME } from '../window-state/state-file';

// Built layout: out/main/index.js beside out/preload/preload.cjs and out/renderer/.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = join(import.meta.dirname, '../renderer');

function contentDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content');
}

/**
 * The content, its index kept between launches in the user-data folder: the first screen waits for the start
 * kept at the last launch, and the folder is checked once that screen is drawn (the page then asks for the whole
 * index; `checkContent` makes sure it happens even if it does not).
 */
function openContent(): ContentLibrary {
  return openContentLibrary(
    contentDir(),
    (error) => console.error(`Content error in ${error.file}:${error.line}: ${error.message}`),
    { keepIndexIn: app.getPath('userData') },
  );
}

function checkContent(content: ContentLibrary): void {
  content.index().catch((error: unknown) => console.error('Could not load the content folder:', error));
}

let readerWindow: BrowserWindow | null = null;
/** The page's saved preferences as main last heard them, for the menu. */
let preferences: Preferences = {};

/** The reader's chosen language; until they choose, the system's (as the page does on first run). */
function currentLanguage(): Language {
  return readerLanguage(preferences.language, [app.getLocale()]);
}

function withWindow(action: (window: BrowserWindow) => unknown): void {
  if (readerWindow && !readerWindow.isDestroyed()) void action(readerWindow);
}

async function start(kiosk: KioskConfig | null): Promise<void> {
  denyAllPermissions();
  const preferencesPath = join(app.getPath('userData'), PREFERENCES_FILE_NAME);
  handleAppProtocol(RENDERER_DIR, async () =>
    startPageSettings({
      // Only read: a damaged file is set aside, and the page told, when the page asks for the preferences.
      stored: kiosk ? {} : (await readPreferencesFile(preferencesPath, { setAside: false })).preferences,
      kiosk,
      systemLanguages: [app.getLocale()],
      system: { dark: nativeTheme.shouldUseDarkColors, highContrast: systemHighContrast() },
    }),
  );

  // A kiosk has no menu at all; the desktop reader's follows the page's language and preferences.
  let followPreferences = (next: Preferences) => {
    preferences = next;
  };
  // What the menus' items do: the application menu's and the context menu's run the same way.
  const menuHandlers: MenuHandlers = {
    sendHostEvent: (event) => sendHostEvent(readerWindow?.webContents, event),
    print: () => withWindow(printDocument),
    savePdf: () => withWindow((window) => saveDocumentAsPdf(window, currentLanguage())),
    about: () => withWindow((window) => showAbout(window, currentLanguage())),
  };
  if (kiosk) {
    removeApplicationMenu();
  } else {
    const showMenu = createApplicationMenu(menuHandlers);
    followPreferences = (next) => {
      preferences = next;
      showMenu(currentLanguage(), preferences);
    };
    followPreferences(preferences);
  }

  const content = openContent();
  registerIpc({
    content,
    preferencesPath,
    auditRecordsPath: join(app.getPath('userData'), AUDIT_RECORDS_FILE_NAME),
    positions: createPositionsStore(join(app.getPath('userData'), POSITIONS_FILE_NAME)),
    marks: createMarksStore(join(app.getPath('userData'), MARKS_FILE_NAME)),
    chooseSavePath: (request) => chooseSavePath(readerWindow, request),
    openInBrowser,
    onPreferences: followPreferences,
    isAppWindow: (contents) =>
      readerWindow !== null && !readerWindow.isDestroyed() && contents === readerWindow.webContents,
    ...(kiosk ? { kiosk: kioskRequests(kiosk) } : {}),
  });

  if (kiosk) {
    // Nothing is remembered in a kiosk, not even where its window was.
    readerWindow = createReaderWindow(PRELOAD_PATH, kioskPlacement(), { kiosk: true });
    lockDownKioskWindow(readerWindow, kiosk);
  } else {
    const windowStatePath = join(app.getPath('userData'), WINDOW_STATE_FILE_NAME);
    readerWindow = createReaderWindow(PRELOAD_PATH, await initialPlacement(windowStatePath));
    trackWindowState(readerWindow, windowStatePath);
  }
  readerWindow.webContents.once('did-finish-load', () => checkContent(content));
  readerWindow.on('closed', () => {
    readerWindow = null;
  });
  offerContextMenu(readerWindow, menuHandlers, { kiosk: kiosk !== null, language: currentLanguage });
  const reportContrast = reportSystemContrast(() => readerWindow?.webContents);
  readerWindow.webContents.on('did-finish-load', reportContrast);
}

/** Kiosk or not, and with which settings: decided before the app is ready, so a bad configuration opens nothing. */
function kioskStart(): KioskStart {
  return resolveKioskStart({
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    userDataDir: app.getPath('userData'),
  });
}

if (claimSingleInstance(() => readerWindow)) {
  const mode = kioskStart();
  if (mode.mode === 'refused') {
    refuseKioskStart(mode.message);
  } else {
    if (mode.mode === 'kiosk') console.info(`[kiosk] Starting in kiosk mode with ${mode.source}.`);
    // Every renderer sandboxed, including any the app did not mean to create.
    app.enableSandbox();
    // Read aloud: Chromium on Linux reaches the system's voices (speech-dispatcher) only when told to.
    if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
    registerAppScheme();
    app.on('web-contents-created', (_event, contents) => confine(contents));
    // A reader with no window has nothing left to do, on macOS too.
    app.on('window-all-closed', () => app.quit());

    app
      .whenReady()
      .then(() => start(mode.mode === 'kiosk' ? mode.config : null))
      .catch((error: unknown) => {
        console.error('Lisible could not start:', error);
        app.exit(1);
      });
  }
} else {
  // Another Lisible is running and has been told to come to the front.
  app.quit();
}
