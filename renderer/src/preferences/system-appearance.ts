/**
 * What the operating system asks for: dark mode and more contrast. The browser reports both through media
 * queries; the desktop host can also report the OS high-contrast setting directly.
 */
import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../common/preferences';
import { systemPalette, type Palette } from '../../../common/reading-attributes';

export type { Palette } from '../../../common/reading-attributes';

/** Absent where the page is rendered ahead of time, without a screen (prerender). */
const darkQuery = typeof matchMedia === 'undefined' ? undefined : matchMedia('(prefers-color-scheme: dark)');
const contrastQuery = typeof matchMedia === 'undefined' ? undefined : matchMedia('(prefers-contrast: more)');
let hostHighContrast = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

darkQuery?.addEventListener('change', notify);
contrastQuery?.addEventListener('change', notify);

/** Called when the desktop host reports the OS high-contrast setting. */
export function setHostHighContrast(highContrast: boolean): void {
  hostHighContrast = highContrast;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentSystemPalette(): Palette {
  return systemPalette({
    dark: darkQuery?.matches ?? false,
    highContrast: (contrastQuery?.matches ?? false) || hostHighContrast,
  });
}

/** The colours actually shown: the chosen theme, or for "same as my system" the one the system asks for. */
export function usePalette(theme: Theme): Palette {
  const system = useSyncExternalStore(subscribe, currentSystemPalette, currentSystemPalette);
  return theme === 'system' ? system : theme;
}
