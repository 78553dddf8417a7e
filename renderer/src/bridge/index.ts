import { BRIDGE_GLOBAL, type ReaderBridge } from '../../../common/bridge';
import { webBridge } from './web-bridge';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: ReaderBridge;
  }
}

/**
 * The desktop app's preload bridge when there is one, otherwise the browser's (also where the page is rendered
 * ahead of time, with no window, though nothing calls it there: only effects and handlers do).
 */
export const bridge: ReaderBridge = (typeof window === 'undefined' ? undefined : window[BRIDGE_GLOBAL]) ?? webBridge;

/** True in a plain browser: the page has the browser's own Back and Forward, and its address bar. */
export const inBrowser = typeof window !== 'undefined' && window[BRIDGE_GLOBAL] === undefined;
