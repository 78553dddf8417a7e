/**
 * What the operating system asks for: dark mode and more contrast. The browser reports both through media
 * queries; the desktop host can also report the OS high-contrast setting directly.
 */
import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../common/preferences';
import { systemPalette, type Palette } from '../../../common/reading-attributes';
import { listenerStore } from '../shared/listener-store';

export type { Palette } from '../../../common/reading-attributes';

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

function currentSystemPalette(): Palette {
  const { dark, contrast } = systemQueries();
  return systemPalette({ dark: dark.matches, highContrast: contrast.matches || hostHighContrast });
}

/** What a page rendered ahead of time, with no screen, assumes; the page's early script sets the real one. */
const RENDERED_PALETTE: Palette = 'light';

/** The colours actually shown: the chosen theme, or for "same as my system" the one the system asks for. */
export function usePalette(theme: Theme): Palette {
  const system = useSyncExternalStore(changes.subscribe, currentSystemPalette, () => RENDERED_PALETTE);
  return theme === 'system' ? system : theme;
}
