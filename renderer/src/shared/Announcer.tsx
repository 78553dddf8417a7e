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

interface Regions {
  announce: Announce;
  /** The message and the region that says it. */
  message: { text: string; region: number };
  /** Makes a dialog's region the one messages go to while it is there; returns its undoing. */
  open: (region: number) => () => void;
}

const RegionsContext = createContext<Regions>({
  announce: () => undefined,
  message: { text: '', region: PAGE },
  open: () => () => undefined,
});

export function useAnnounce(): Announce {
  return useContext(RegionsContext).announce;
}

let regionCount = PAGE;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', region: PAGE });
  const frame = useRef(0);
  // The regions of the open dialogs, in the order they opened.
  const dialogRegions = useRef<number[]>([]);

  const announce = useCallback<Announce>((next) => {
    // Clear first so the same message twice in a row is still a change screen readers pick up.
    setMessage((current) => ({ ...current, text: '' }));
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

  const regions = useMemo(() => ({ announce, message, open }), [announce, message, open]);

  return (
    <RegionsContext.Provider value={regions}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-region">
        {message.region === PAGE ? message.text : ''}
      </div>
    </RegionsContext.Provider>
  );
}

/** The live region of an open modal dialog: rendered inside the dialog for as long as it is open. */
export function DialogLiveRegion() {
  const { message, open } = useContext(RegionsContext);
  const [region] = useState(() => ++regionCount);
  // Laid out with the dialog, and gone with it, before a message announced as it closes picks its region.
  useLayoutEffect(() => open(region), [open, region]);
  return (
    <div aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="dialog-live-region">
      {message.region === region ? message.text : ''}
    </div>
  );
}
