/** The reader's one window: locked-down web preferences, shown only once the page has painted. */
import { BrowserWindow } from 'electron';
import { APP_PAGE_URL } from '../security/app-url';
import { MIN_WINDOW_SIZE, type Rectangle } from '../window-state/bounds';

export interface WindowPlacement {
  bounds: Rectangle;
  maximized: boolean;
}

/** A kiosk's window: full screen over everything, no way to minimise it, and no devtools (desktop/kiosk.ts). */
const KIOSK_WINDOW = { kiosk: true, fullscreen: true, minimizable: false, autoHideMenuBar: true } as const;

export function createReaderWindow(
  preloadPath: string,
  { bounds, maximized }: WindowPlacement,
  { kiosk = false } = {},
): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    ...(kiosk ? KIOSK_WINDOW : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Lisible',
    // The page's --color-background (renderer/src/styles/base.css): no flash of another colour before first paint.
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      // Reviewed: the preload exposes only the bridge's methods, each checked again in main (SECURITY.md).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // No middle-click "open in new window"; window opening is denied anyway (desktop/lockdown.ts).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // A kiosk's page can never be inspected; the desktop reader keeps Electron's default.
      ...(kiosk ? { devTools: false, zoomFactor: 1 } : {}),
    },
  });
  // The title follows the page's <title> ("document title — Lisible"): Electron does so unless
  // `page-title-updated` is prevented.
  window.once('ready-to-show', () => {
    if (maximized && !kiosk) window.maximize();
    window.show();
  });
  window.loadURL(APP_PAGE_URL).catch((error: unknown) => console.error('Could not load the reader page:', error));
  return window;
}
