/**
 * The desktop kiosk's lockdown, around the pure decisions in `main/kiosk/`: keys through the key policy, no
 * closing the window, no page zoom, the display kept awake, the PIN as the only exit, and recovery from a
 * crashed or hung renderer. The window itself is created full screen and without devtools (`window.ts`).
 */
import { app, dialog, Menu, powerSaveBlocker, screen, type BrowserWindow, type WebContents } from 'electron';
import { sendHostEvent } from './host-events';
import type { KioskConfig } from '../../common/kiosk';
import type { RequestContext } from '../bridge/request-handlers';
import { BAD_CONFIG_EXIT_CODE, kioskConfigForPage } from '../kiosk/config-file';
import { createExitGate } from '../kiosk/exit-gate';
import { kioskKeyVerdict, parseChord } from '../kiosk/key-policy';
import { decideRecovery, isOwnKill, recoveryLogLine } from '../kiosk/recovery-limiter';
import { APP_PAGE_URL } from '../security/app-url';
import type { Rectangle } from '../window-state/bounds';

/** A bad configuration: say why where the operator will see it (a dialog) and where logs go (stderr), then stop. */
export function refuseKioskStart(message: string): void {
  // Before the app is ready, Linux prints the error box to stderr instead of showing it; Windows and macOS show it.
  if (process.platform !== 'linux') console.error(message);
  dialog.showErrorBox('Lisible: kiosk configuration', message);
  app.exit(BAD_CONFIG_EXIT_CODE);
}

/** The bridge's kiosk hook: the settings for the page, and the PIN check that ends the app. */
export function kioskRequests(config: KioskConfig): NonNullable<RequestContext['kiosk']> {
  if (config.exitPinHash === undefined) {
    console.warn(
      '[kiosk] No exitPinHash in the configuration: the exit chord cannot end the kiosk (see "Kiosk mode" in the README).',
    );
  }
  const requestExit = createExitGate({
    pinHash: config.exitPinHash,
    // After the answer has gone back; app.exit skips the window's close handlers, which would refuse.
    exit: () => setTimeout(() => app.exit(0), 100),
    log: (message) => console.warn(message),
  });
  const forPage = kioskConfigForPage(config);
  return { config: () => Promise.resolve(forPage), requestExit };
}

/** Whether the app is on its way out (the OS or a service manager asked): the kiosk then stops holding on. */
function trackQuitting(window: BrowserWindow): () => boolean {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Windows' log-off and shutdown: let them through rather than hold up the session.
  window.on('session-end', () => {
    quitting = true;
  });
  return () => quitting;
}

/** Only the operating system (shutdown, log-off, a service manager's stop) may close the kiosk's window. */
function refuseToClose(window: BrowserWindow, quitting: () => boolean): void {
  window.on('close', (event) => {
    if (quitting()) return;
    event.preventDefault();
    console.warn('[kiosk] Refused to close the kiosk window; the administrator exits with the exit chord and PIN.');
  });
}

function blockKeys(contents: WebContents, config: KioskConfig): void {
  const isMac = process.platform === 'darwin';
  const exitChord = parseChord(config.exitChord, isMac);
  contents.on('before-input-event', (event, input) => {
    const verdict = kioskKeyVerdict(input, { isMac, exitChord });
    if (verdict.action === 'allow') return;
    event.preventDefault();
    if (verdict.action === 'adminExit') sendHostEvent(contents, { type: 'adminExitRequested' });
  });
}

/** Page zoom stays at 100 %: enlarging is the reader's own text size, which keeps the layout usable. */
function fixZoom(contents: WebContents): void {
  const reset = () => {
    contents.setZoomFactor(1);
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  contents.on('did-finish-load', reset);
  // Ctrl+wheel and pinch on a trackpad.
  contents.on('zoom-changed', reset);
}

/** Devtools are off in the web preferences; should anything open them all the same, they close at once. */
function keepDevtoolsShut(contents: WebContents): void {
  contents.on('devtools-opened', () => contents.closeDevTools());
}

/** Reloads the page when its renderer crashes or hangs, a few times; relaunches the app past that. */
function recoverFromCrashes(contents: WebContents, quitting: () => boolean): void {
  let reloads: number[] = [];
  let killedAt: number | null = null;
  let relaunching = false;

  const recover = (what: string): boolean => {
    if (relaunching) return false;
    const now = Date.now();
    const decision = decideRecovery(reloads, now);
    console.error(recoveryLogLine(now, what, decision));
    if (decision.action === 'relaunch') {
      relaunching = true;
      // The same command line, so the new instance is the same kiosk.
      app.relaunch();
      app.exit(1);
      return false;
    }
    reloads = decision.reloads;
    return true;
  };
  const reloadHome = () => {
    // The page's own address, not whatever it was showing: a fresh start screen for the next reader.
    contents
      .loadURL(APP_PAGE_URL)
      .catch((error: unknown) => console.error('[kiosk] Could not reload the reader page:', error));
  };

  contents.on('render-process-gone', (_event, details) => {
    // A renderer ending with the app is no failure.
    if (quitting() || contents.isDestroyed()) return;
    if (isOwnKill(details.reason, killedAt, Date.now())) {
      killedAt = null;
      return;
    }
    if (recover(`the page's renderer is gone (${details.reason}, exit code ${details.exitCode})`)) reloadHome();
  });
  contents.on('unresponsive', () => {
    if (quitting() || !recover('the page has stopped responding')) return;
    killedAt = Date.now();
    contents.forcefullyCrashRenderer();
    reloadHome();
  });
}

/** Everything the kiosk adds to its one window, which `window.ts` has made full screen and without devtools. */
export function lockDownKioskWindow(window: BrowserWindow, config: KioskConfig): void {
  const contents = window.webContents;
  const quitting = trackQuitting(window);
  refuseToClose(window, quitting);
  blockKeys(contents, config);
  fixZoom(contents);
  keepDevtoolsShut(contents);
  recoverFromCrashes(contents, quitting);
  if (config.keepDisplayAwake) {
    const blocker = powerSaveBlocker.start('prevent-display-sleep');
    window.on('closed', () => powerSaveBlocker.stop(blocker));
  }
}

/** No application menu: its items (and their keys) would be ways out. */
export function removeApplicationMenu(): void {
  Menu.setApplicationMenu(null);
}

/** The kiosk's window covers the primary display; no remembered place applies. */
export function kioskPlacement(): { bounds: Rectangle; maximized: boolean } {
  return { bounds: screen.getPrimaryDisplay().bounds, maximized: false };
}
