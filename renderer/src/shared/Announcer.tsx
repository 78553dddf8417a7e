/**
 * One voice for the app's status messages (language changed, preference changes): announced by screen readers
 * without moving focus (WCAG 4.1.3).
 *
 * The page's polite live region says them, except while a modal dialog is open: the page behind it is inert, and
 * leaves the accessibility tree, its live region with it, so a message written there is never heard. Each open
 * dialog holds a live region of its own (`DialogLiveRegion`), and a message goes to the one on top.
 */
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

type Announce = (message: string) => void;

const PAGE = 0;

interface Message {
  text: string;
  /** The region that says it. */
  region: number;
}

interface Regions {
  announce: Announce;
  /** Makes a dialog's region the one messages go to while it is there; returns its undoing. */
  open: (region: number) => () => void;
}

// Two contexts: the means of announcing never changes, and the message changes with every announcement. Kept
// apart, an announcement re-renders the live regions alone, not every component that can announce (the whole
// reader, from its root): that was most of the work of a preference change, twice over (cleared, then said).
const RegionsContext = createContext<Regions>({ announce: () => undefined, open: () => () => undefined });
const MessageContext = createContext<Message>({ text: '', region: PAGE });

export function useAnnounce(): Announce {
  return useContext(RegionsContext).announce;
}

let regionCount = PAGE;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message>({ text: '', region: PAGE });
  const frame = useRef(0);
  // The regions of the open dialogs, in the order they opened.
  const dialogRegions = useRef<number[]>([]);

  const announce = useCallback<Announce>((next) => {
    // Clear first so the same message twice in a row is still a change screen readers pick up.
    setMessage((current) => (current.text === '' ? current : { ...current, text: '' }));
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() =>
      setMessage({ text: next, region: dialogRegions.current.at(-1) ?? PAGE }),
    );
  }, []);

  const open = useCallback((region: number) => {
    dialogRegions.current.push(region);
    return () => {
      dialogRegions.current = dialogRegions.current.filter((other) => other !== region);
    };
  }, []);

  const regions = useMemo(() => ({ announce, open }), [announce, open]);

  return (
    <RegionsContext.Provider value={regions}>
      <MessageContext.Provider value={message}>
        {children}
        <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-region">
          {message.region === PAGE ? message.text : ''}
        </div>
      </MessageContext.Provider>
    </RegionsContext.Provider>
  );
}

/** The live region of an open modal dialog: rendered inside the dialog for as long as it is open. */
export function DialogLiveRegion() {
  const { open } = useContext(RegionsContext);
  const message = useContext(MessageContext);
  const [region] = useState(() => ++regionCount);
  // Laid out with the dialog, and gone with it, before a message announced as it closes picks its region.
  useLayoutEffect(() => open(region), [open, region]);
  return (
    <div aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="dialog-live-region">
      {message.region === region ? message.text : ''}
    </div>
  );
}
