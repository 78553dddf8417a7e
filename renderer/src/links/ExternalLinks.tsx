import { createContext, lazy, Suspense, useCallback, useContext, useState, type ReactNode } from 'react';

type OpenExternal = (address: string) => void;

const ExternalLinkContext = createContext<OpenExternal>(() => undefined);

// The confirmation is loaded when a link is first chosen, so it does not weigh on start-up.
const LinkDialog = lazy(() => import('./LinkDialog').then((module) => ({ default: module.LinkDialog })));

/** Asks before a link takes the reader out of the app. */
export function useOpenExternal(): OpenExternal {
  return useContext(ExternalLinkContext);
}

/**
 * Links in the content never navigate the reader away. Choosing one opens a confirmation naming the
 * destination; only https addresses can be opened, in the system's browser. A kiosk shows the address and a
 * QR code instead.
 */
export function ExternalLinkProvider({ children }: { children: ReactNode }) {
  const [address, setAddress] = useState<string | null>(null);
  const close = useCallback(() => setAddress(null), []);
  return (
    <ExternalLinkContext.Provider value={setAddress}>
      {children}
      <Suspense>{address !== null && <LinkDialog address={address} onClose={close} />}</Suspense>
    </ExternalLinkContext.Provider>
  );
}
