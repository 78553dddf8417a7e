/**
 * The main-process side of the bridge. Every message passes `checkInvocation` first; a refused one is logged
 * and rejected with an Error (which reaches the renderer as a failed promise), never acted on.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNELS, type ReaderBridge } from '../common/bridge';
import type { Library } from '../common/document';
import { checkInvocation, type BridgeArguments, type BridgeMethod, type SenderFrame } from './security/ipc-guard';
import { readPreferencesFile, writePreferencesFile } from './settings/preferences-file';

export interface IpcContext {
  /** Loaded once at startup; every request gets the same library. */
  library: Promise<Library>;
  preferencesPath: string;
  /** Whether these web contents are the app's window. */
  isAppWindow: (contents: WebContents) => boolean;
}

function describeSender(event: IpcMainInvokeEvent, isAppWindow: IpcContext['isAppWindow']): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (frame === null) return null;
    return {
      url: frame.url,
      origin: frame.origin,
      isMainFrame: frame.parent === null,
      inOurWindow: isAppWindow(event.sender),
    };
  } catch {
    // Reading a frame that is being torn down can throw; treat it as gone.
    return null;
  }
}

type Handler<M extends BridgeMethod> = (...args: BridgeArguments<M>) => ReturnType<ReaderBridge[M]>;

function handle<M extends BridgeMethod>(method: M, isAppWindow: IpcContext['isAppWindow'], handler: Handler<M>): void {
  const channel = IPC_CHANNELS[method];
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    const verdict = checkInvocation(method, describeSender(event, isAppWindow), args);
    if (!verdict.ok) {
      console.warn(`Refused IPC message on ${channel}: ${verdict.reason}`);
      throw new Error(`Refused: ${verdict.reason}`);
    }
    return handler(...verdict.value);
  });
}

export function registerIpc({ library, preferencesPath, isAppWindow }: IpcContext): void {
  handle('loadLibrary', isAppWindow, () => library);

  handle('loadPreferences', isAppWindow, async () => {
    const { preferences, problem } = await readPreferencesFile(preferencesPath);
    // A damaged file is moved aside as it is detected, so this is reported once rather than on every load.
    if (problem) console.warn(`Preferences file ${preferencesPath} is ${problem}; using the defaults.`);
    return preferences;
  });

  handle('savePreferences', isAppWindow, (preferences) => writePreferencesFile(preferencesPath, preferences));
}
