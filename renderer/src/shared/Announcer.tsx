/**
 * One polite live region for the whole app. Status messages (language changed, later preference changes) are
 * announced by screen readers without moving focus (WCAG 4.1.3).
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const frame = useRef(0);

  const announce = useCallback<Announce>((next) => {
    // Clear first so the same message twice in a row is still a change screen readers pick up.
    setMessage('');
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setMessage(next));
  }, []);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-region">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}
