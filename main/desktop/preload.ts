/**
 * Runs in the sandboxed page before its scripts. Exposes the bridge and nothing else: the page never touches
 * ipcRenderer or any other Electron object (see `bridge/preload-bridge.ts`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../common/bridge';
import { createPreloadBridge } from '../bridge/preload-bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createPreloadBridge(ipcRenderer));
