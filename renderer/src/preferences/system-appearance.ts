/**
 * What the operating system asks for: dark mode and more contrast. The browser reports both through media
 * queries; the desktop host can also report the OS high-contrast setting directly.
 */
import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../common/preferences';
import { listenerStore } from '../shared/listener-store';

export type Palette = Exclude<Theme, 'system'>;

interface SystemQueries {
  dark: MediaQueryList;
  contrast: MediaQueryList;
}

let hostHighContrast = false;
const changes = listenerStore();

/** The media queries, made (and listened to) the first time the palette is asked for. */
let queries: SystemQueries | undefined;
function systemQueries(): SystemQueries {
  if (!queries) {
    queries = { dark: matchMedia('(prefers-color-scheme: dark)'), contrast: matchMedia('(prefers-contrast: more)') };
    queries.dark.addEventListener('change', changes.notify);
    queries.contrast.addEventListener('change', changes.notify);
  }
  return queries;
}

/** Called when the desktop host reports the OS high-contrast setting. */
export function setHostHighContrast(highContrast: boolean): void {
  hostHighContrast = highContrast;
  changes.notify();
}

function systemPalette(): Palette {
  const { dark, contrast } = systemQueries();
  if (contrast.matches || hostHighContrast) return dark.matches ? 'contrast-dark' : 'contrast-light';
  return dark.matches ? 'dark' : 'light';
}

/** The colours actually shown: the chosen theme, or for "same as my system" the one the system asks for. */
export function usePalette(theme: Theme): Palette {
  const system = useSyncExternalStore(changes.subscribe, systemPalette);
  return theme === 'system' ? system : theme;
}
