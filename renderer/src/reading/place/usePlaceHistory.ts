/**
 * Back and Forward for the reader's jumps (table of contents, documents, find). The history model is
 * `jump-history.ts`; this hook owns it. In a plain browser every jump is also a browser history entry, so the
 * browser's own Back and Forward (and Alt+Left) take the same steps; the desktop app and a kiosk keep it in
 * memory only, and a kiosk's reset forgets it with the rest of the reader's session.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Position } from '../../../../common/positions';
import {
  canGoBack,
  canGoForward,
  emptyHistory,
  goBack,
  goForward,
  goTo,
  recordJump,
  type JumpHistory,
  type Move,
} from './jump-history';
import { currentPosition, onScrollFrame } from './position-in-page';

export interface Place {
  documentId: string;
  position: Position;
}

export interface PlaceHistory {
  /** Takes the reader to `to`, remembering where they were. */
  jump: (to: Place) => void;
  /** Remembers a jump the reader has already made (find leaves them at a match), from `from`. */
  recordArrival: (from: Place, to: Place) => void;
  back: () => void;
  forward: () => void;
  canGoBack: boolean;
  canGoForward: boolean;
}

/** The browser history state of a jump's entry: its index in our history. */
interface EntryState {
  lisiblePlace: number;
}

function entryIndex(state: unknown): number {
  const index = (state as Partial<EntryState> | null)?.lisiblePlace;
  return typeof index === 'number' ? index : 0;
}

/** Focus is on the header's controls or in the table of contents and document list, not in the text. */
function focusAwayFromText(): boolean {
  return document.activeElement?.closest('.site-header, nav, .sidebar') != null;
}

function hashOf(place: Place): string {
  return place.position.section === null ? location.pathname + location.search : `#${place.position.section}`;
}

export function usePlaceHistory({
  documentId,
  show,
  useBrowserHistory,
}: {
  documentId: string;
  /** Shows a place: opens its document if need be, then scrolls and moves focus there. */
  show: (place: Place) => void;
  useBrowserHistory: boolean;
}): PlaceHistory {
  const [history, setHistory] = useState<JumpHistory<Place>>(emptyHistory);
  const latest = useRef(history);
  const here = useCallback((): Place => ({ documentId, position: currentPosition() }), [documentId]);
  /**
   * Where the reader was last reading. Reaching the header's Back button or the table of contents may scroll the
   * page (neither sticks at every size), and that scroll is not where they were: while focus is there, the view
   * is not followed.
   */
  const lastRead = useRef<Place | undefined>(undefined);
  useEffect(() => {
    lastRead.current = undefined;
    return onScrollFrame(() => {
      if (!focusAwayFromText()) lastRead.current = here();
    });
  }, [here]);
  const readingPlace = useCallback((): Place | undefined => (focusAwayFromText() ? lastRead.current : here()), [here]);

  const update = useCallback((next: JumpHistory<Place>) => {
    latest.current = next;
    setHistory(next);
  }, []);

  const record = useCallback(
    (from: Place, to: Place) => {
      const before = latest.current;
      const next = recordJump(before, from, to);
      if (useBrowserHistory) {
        if (before.index < 0) window.history.replaceState({ lisiblePlace: 0 } satisfies EntryState, '');
        window.history.pushState({ lisiblePlace: next.index } satisfies EntryState, '', hashOf(to));
      }
      update(next);
    },
    [update, useBrowserHistory],
  );

  const jump = useCallback(
    (to: Place) => {
      record(readingPlace() ?? here(), to);
      show(to);
    },
    [here, readingPlace, record, show],
  );

  const move = useCallback(
    (step: Move<Place> | undefined) => {
      if (!step) return;
      update(step.history);
      show(step.target);
    },
    [show, update],
  );

  // The browser's own Back and Forward (and ours, which go through it) land here.
  useEffect(() => {
    if (!useBrowserHistory) return;
    // The place is restored here; the browser's own scroll restoration would then move the page elsewhere.
    window.history.scrollRestoration = 'manual';
    const onPopState = (event: PopStateEvent) => move(goTo(latest.current, entryIndex(event.state), readingPlace()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [readingPlace, move, useBrowserHistory]);

  const back = useCallback(() => {
    if (useBrowserHistory) window.history.back();
    else move(goBack(latest.current, readingPlace()));
  }, [readingPlace, move, useBrowserHistory]);

  const forward = useCallback(() => {
    if (useBrowserHistory) window.history.forward();
    else move(goForward(latest.current, readingPlace()));
  }, [readingPlace, move, useBrowserHistory]);

  return {
    jump,
    recordArrival: record,
    back,
    forward,
    canGoBack: canGoBack(history),
    canGoForward: canGoForward(history),
  };
}
