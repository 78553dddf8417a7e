/**
 * The one contract between the renderer and whatever hosts it. In Electron the preload exposes it as
 * `window.lisible` over IPC; in a browser the renderer backs it with `fetch` and `localStorage`.
 */
import type { Library } from './document';
import type { Preferences } from './preferences';

export interface ReaderBridge {
  loadLibrary(): Promise<Library>;
  loadPreferences(): Promise<Preferences>;
  savePreferences(preferences: Preferences): Promise<void>;
}

/** IPC channel names, one per bridge method. */
export const IPC_CHANNELS = {
  loadLibrary: 'lisible:library:load',
  loadPreferences: 'lisible:preferences:load',
  savePreferences: 'lisible:preferences:save',
} as const satisfies Record<keyof ReaderBridge, string>;

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'lisible';
