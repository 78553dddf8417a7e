/**
 * Runs in the sandboxed page before its scripts. Exposes the bridge and nothing else: each method forwards
 * exactly its own arguments, so the page never touches ipcRenderer or any other Electron object.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type ReaderBridge } from '../common/bridge';

const bridge: ReaderBridge = {
  loadLibrary: () => ipcRenderer.invoke(IPC_CHANNELS.loadLibrary),
  loadPreferences: () => ipcRenderer.invoke(IPC_CHANNELS.loadPreferences),
  savePreferences: (preferences) => ipcRenderer.invoke(IPC_CHANNELS.savePreferences, preferences),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
