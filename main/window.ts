/** The reader's one window: locked-down web preferences, shown only once the page has painted. */
import { BrowserWindow } from 'electron';
import { APP_PAGE_URL } from './security/app-url';

export function createReaderWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1024,
    height: 768,
    // Small enough for a reader zoomed in on a small screen; the layout reflows down to this.
    minWidth: 400,
    minHeight: 400,
    title: 'Lisible',
    // The page's --color-background (renderer/src/styles/base.css): no flash of another colour before first paint.
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // The title follows the page's <title>: Electron's default as long as `page-title-updated` is not prevented.
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_PAGE_URL).catch((error: unknown) => console.error('Could not load the reader page:', error));
  return window;
}
