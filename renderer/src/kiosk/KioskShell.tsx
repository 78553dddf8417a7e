import { lazy, Suspense, type ReactNode } from 'react';
import type { KioskConfig } from '../../../common/kiosk';
import type { Language } from '../../../common/languages';
import type { Preferences } from '../../../common/preferences';

const ActiveKiosk = lazy(() => import('./ActiveKiosk').then((module) => ({ default: module.ActiveKiosk })));

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
  return (
    <Suspense>
      <ActiveKiosk config={config} defaults={defaults}>
        {children}
      </ActiveKiosk>
    </Suspense>
  );
}
