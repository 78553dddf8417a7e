import type { ReactNode } from 'react';
import type { KioskConfig } from '../../../common/kiosk';
import type { Language } from '../../../common/languages';
import type { Preferences } from '../../../common/preferences';

let activeKiosk: typeof import('./ActiveKiosk') | undefined;

/**
 * Loads the kiosk's code, which only a kiosk needs: before the first render, so that the kiosk is drawn at once
 * and a start screen drawn ahead of time is taken over as it is. (Loaded inside a Suspense boundary instead, the
 * drawn start screen would be drawn again: the boundary still waiting for the code when the reader's preferences
 * arrive gives up taking it over.)
 */
export async function loadKiosk(): Promise<void> {
  activeKiosk ??= await import('./ActiveKiosk');
}

/**
 * Kiosk mode around the reader: the bilingual start screen, the idle warning, and the reset that leaves
 * nothing of one reader for the next. Without a kiosk configuration it renders the reader as it is, and none
 * of the kiosk's code is loaded.
 */
export function KioskShell({
  config,
  defaults,
  children,
}: {
  config: KioskConfig | null;
  /** What every kiosk reader starts with: the kiosk's settings and any set in the address. */
  defaults: Preferences & { language: Language };
  children: ReactNode;
}) {
  if (!config) return children;
  if (!activeKiosk) throw new Error('KioskShell: a kiosk is rendered before loadKiosk() has loaded it');
  const { ActiveKiosk } = activeKiosk;
  return (
    <ActiveKiosk config={config} defaults={defaults}>
      {children}
    </ActiveKiosk>
  );
}
