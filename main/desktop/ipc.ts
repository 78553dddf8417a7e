/**
 * The main-process side of the bridge. Every message passes `checkInvocation` first; a refused one is logged
 * and rejected with an Error (which reaches the renderer as a failed promise), never acted on.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_CHANNELS } from '../../common/bridge';
import { createRequestHandlers, type RequestContext, type RequestHandlers } from '../bridge/request-handlers';
import { BRIDGE_METHODS, checkInvocation, type BridgeMethod, type SenderFrame } from '../security/ipc-guard';

export interface IpcContext extends Omit<RequestContext, 'warn'> {
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

function handle(method: BridgeMethod, handlers: RequestHandlers, isAppWindow: IpcContext['isAppWindow']): void {
  const channel = IPC_CHANNELS[method];
  const handler = handlers[method] as (...args: unknown[]) => unknown;
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    const verdict = checkInvocation(method, describeSender(event, isAppWindow), args);
    if (!verdict.ok) {
      console.warn(`Refused IPC message on ${channel}: ${verdict.reason}`);
      throw new Error(`Refused: ${verdict.reason}`);
    }
    return handler(...verdict.value);
  });
}

export function registerIpc({ isAppWindow, ...context }: IpcContext): void {
  const handlers = createRequestHandlers({ ...context, warn: (message) => console.warn(message) });
  for (const method of BRIDGE_METHODS) handle(method, handlers, isAppWindow);
}
