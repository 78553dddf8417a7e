/**
 * The bridge object the preload exposes to the page, built over whatever sends IPC messages (ipcRenderer in the
 * app, a fake in tests). Each method forwards exactly its own arguments to its own channel; host events reach
 * the page as bare payloads, never with the IPC event (whose `sender` would hand the page ipcRenderer itself).
 */
import { IPC_CHANNELS, type HostEvent, type ReaderBridge } from '../../common/bridge';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer the bridge uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

type Request<M extends keyof ReaderBridge> = ReaderBridge[M];

export function createPreloadBridge(ipc: RendererIpc): ReaderBridge {
  // The page subscribes only once it has rendered, well after main first reports the system's contrast
  // setting; the latest report is kept and given to each new listener so it is not lost in between.
  let systemContrast: HostEvent | undefined;
  ipc.on(IPC_CHANNELS.hostEvent, (_event, payload) => {
    if ((payload as HostEvent | undefined)?.type === 'systemContrast') systemContrast = payload as HostEvent;
  });

  return {
    // No id is no argument at all: the guard refuses an `undefined` one.
    loadLibraryStart: (documentId) =>
      (documentId === undefined
        ? ipc.invoke(IPC_CHANNELS.loadLibraryStart)
        : ipc.invoke(IPC_CHANNELS.loadLibraryStart, documentId)) as ReturnType<Request<'loadLibraryStart'>>,
    loadLibraryIndex: () => ipc.invoke(IPC_CHANNELS.loadLibraryIndex) as ReturnType<Request<'loadLibraryIndex'>>,
    loadDocument: (id, language) =>
      ipc.invoke(IPC_CHANNELS.loadDocument, id, language) as ReturnType<Request<'loadDocument'>>,
    loadPreferences: () => ipc.invoke(IPC_CHANNELS.loadPreferences) as ReturnType<Request<'loadPreferences'>>,
    savePreferences: (preferences) => ipc.invoke(IPC_CHANNELS.savePreferences, preferences) as Promise<void>,
    loadPositions: () => ipc.invoke(IPC_CHANNELS.loadPositions) as ReturnType<Request<'loadPositions'>>,
    savePosition: (place) => ipc.invoke(IPC_CHANNELS.savePosition, place) as Promise<void>,
    loadMarks: () => ipc.invoke(IPC_CHANNELS.loadMarks) as ReturnType<Request<'loadMarks'>>,
    saveMarks: (marks) => ipc.invoke(IPC_CHANNELS.saveMarks, marks) as Promise<void>,
    exportMarks: (file) => ipc.invoke(IPC_CHANNELS.exportMarks, file) as ReturnType<Request<'exportMarks'>>,
    openExternal: (url) => ipc.invoke(IPC_CHANNELS.openExternal, url) as Promise<void>,
    loadKioskConfig: () => ipc.invoke(IPC_CHANNELS.loadKioskConfig) as ReturnType<Request<'loadKioskConfig'>>,
    requestKioskExit: (pin) => ipc.invoke(IPC_CHANNELS.requestKioskExit, pin) as Promise<boolean>,
    loadAuditRecords: () => ipc.invoke(IPC_CHANNELS.loadAuditRecords) as ReturnType<Request<'loadAuditRecords'>>,
    saveAuditRecords: (records) => ipc.invoke(IPC_CHANNELS.saveAuditRecords, records) as Promise<void>,
    onHostEvent(listener) {
      let subscribed = true;
      const forward: IpcListener = (_event, payload) => listener(payload as HostEvent);
      ipc.on(IPC_CHANNELS.hostEvent, forward);
      const replay = systemContrast;
      if (replay) {
        queueMicrotask(() => {
          if (subscribed) listener(replay);
        });
      }
      return () => {
        subscribed = false;
        ipc.removeListener(IPC_CHANNELS.hostEvent, forward);
      };
    },
  };
}
