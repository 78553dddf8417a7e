/** One reader at a time: a second launch hands over to the first, which comes to the front. */
import { app, type BrowserWindow } from 'electron';

/** False if another instance holds the lock; this one should then quit without opening anything. */
export function claimSingleInstance(window: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const existing = window();
    if (!existing || existing.isDestroyed()) return;
    if (existing.isMinimized()) existing.restore();
    existing.show();
    existing.focus();
  });
  return true;
}
