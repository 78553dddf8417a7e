/** Remembers where the window was: placed from the saved state at start, saved as it moves and as it closes. */
import { screen, type BrowserWindow } from 'electron';
import type { WindowPlacement } from './window';
import { placeWindow } from '../window-state/bounds';
import { readWindowState, writeWindowState, type WindowState } from '../window-state/state-file';

/** Needs the app to be ready: displays are unknown before. */
export async function initialPlacement(statePath: string): Promise<WindowPlacement> {
  const saved = await readWindowState(statePath);
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = placeWindow(saved?.bounds, displays, screen.getPrimaryDisplay().workArea);
  return { bounds, maximized: saved?.maximized ?? false };
}

function currentState(window: BrowserWindow): WindowState {
  // The normal bounds, so a maximized window comes back maximized over its earlier place, not as a giant one.
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}

const SAVE_DELAY_MS = 500;

export function trackWindowState(window: BrowserWindow, statePath: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    // Full screen is a passing mode; its bounds are not the window's place.
    if (window.isDestroyed() || window.isFullScreen()) return;
    try {
      writeWindowState(statePath, currentState(window));
    } catch (error) {
      console.warn('Could not save the window state:', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
