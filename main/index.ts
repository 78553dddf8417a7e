/** App lifecycle: lock the app down, then serve the renderer, load the content and open the window. */
import { join } from 'node:path';
import { app, session, type BrowserWindow, type WebContents } from 'electron';
import type { Library } from '../common/document';
import { loadLibrary } from './content/loader';
import { registerIpc } from './ipc';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { isAppPageUrl } from './security/app-url';
import { PREFERENCES_FILE_NAME } from './settings/preferences-file';
import { createReaderWindow } from './window';

// Built layout: out/main/index.js beside out/preload/preload.cjs and out/renderer/.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/preload.cjs');
const RENDERER_DIR = join(import.meta.dirname, '../renderer');

function contentDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content');
}

function loadContent(): Promise<Library> {
  const library: Promise<Library> = loadLibrary(contentDir());
  library.then(
    ({ errors }) => {
      for (const error of errors) console.error(`Content error in ${error.file}:${error.line}: ${error.message}`);
    },
    (error: unknown) => console.error('Could not load the content folder:', error),
  );
  return library;
}

/** Applies to every web contents ever created: the app page is the only place anything may go. */
function confine(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

let readerWindow: BrowserWindow | null = null;

function start(): void {
  denyAllPermissions();
  handleAppProtocol(RENDERER_DIR);
  registerIpc({
    library: loadContent(),
    preferencesPath: join(app.getPath('userData'), PREFERENCES_FILE_NAME),
    isAppWindow: (contents) => readerWindow !== null && !readerWindow.isDestroyed() && contents === readerWindow.webContents,
  });
  readerWindow = createReaderWindow(PRELOAD_PATH);
  readerWindow.on('closed', () => {
    readerWindow = null;
  });
}

// Every renderer sandboxed, including any the app did not mean to create.
app.enableSandbox();
registerAppScheme();
app.on('web-contents-created', (_event, contents) => confine(contents));
// A reader with no window has nothing left to do, on macOS too.
app.on('window-all-closed', () => app.quit());

app.whenReady().then(start).catch((error: unknown) => {
  console.error('Lisible could not start:', error);
  app.exit(1);
});
