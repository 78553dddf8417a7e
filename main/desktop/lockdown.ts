/**
 * Deny by default: no web contents may navigate off the app's page, open a window, attach a webview or be
 * granted a permission. Opening a link in the browser goes only through the bridge (`external-links.ts`).
 */
import { session, type WebContents } from 'electron';
import { isAppPageUrl } from '../security/app-url';

/** Applies to every web contents ever created, including any the app did not mean to create. */
export function confine(contents: WebContents): void {
  const stayHome = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  // Nothing opens: not a new window, not the system browser. Links leave only through the bridge.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.setDevicePermissionHandler(() => false);
  defaultSession.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}
