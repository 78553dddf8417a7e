/**
 * "Read selection" beside the selected text (DAISY: "read a selection"): the same command as Alt+Shift+U and the
 * desktop's Read aloud menu. It sits under the selection's last line (above its first where there is no room
 * below), not on the selection, within the window at any text size. Tab from the text goes to it, and back
 * with Shift+Tab or Escape, the selection kept; it goes once reading starts, until the selection changes.
 * Drawn over the page but outside the document's text (`main`), so reading, find and marks never see it.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../../common/shortcuts';
import { useAnnounce } from '../shared/Announcer';
import { useKeyNames } from '../shortcuts/key-names';
import { READ_SELECTION_CLASS, selectedTextRange } from './text-selected';
import { useReadAloudState } from './useReadAloud';

const SHORTCUT = SHORTCUTS.find((shortcut) => shortcut.command === 'speechReadSelection')?.accelerator ?? '';
/** Room between the button and the selection, and between the button and the window's edges, in CSS px. */
const GAP = 4;
const EDGE = 8;

/** Counts the selection's changes: reading started hides the button until the next one. */
let selectionChanges = 0;
function subscribeToChanges(listener: () => void): () => void {
  const onChange = () => {
    selectionChanges += 1;
    listener();
  };
  document.addEventListener('selectionchange', onChange);
  return () => document.removeEventListener('selectionchange', onChange);
}

/**
 * Where the button goes, in the window's coordinates, for a selection and the button's size: under its last line,
 * else above its first; where neither is in the window (a selection as tall as the window, at a large text size),
 * at the window's edge nearest its end, so that it is on screen as long as some of the selection is.
 */
function besideSelection(range: Range, width: number, height: number): { top: number; left: number } | undefined {
  const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return undefined;
  const below = last.bottom + GAP;
  const above = first.top - GAP - height;
  const lowest = window.innerHeight - EDGE - height;
  const inView = first.top < window.innerHeight && last.bottom > 0;
  const top =
    below <= lowest ? below : above >= EDGE ? above : inView ? Math.max(EDGE, Math.min(below, lowest)) : below;
  // Its end under the selection's end, inside the window.
  const room = document.documentElement.clientWidth - EDGE - width;
  const left = Math.max(EDGE, Math.min(last.right - width, room));
  return { top, left };
}

function focusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element !== document.body;
}

/** `onRead` is the reader's "read the selection" command, as the shortcut and the menu run it. */
export function ReadSelectionButton({ onRead }: { onRead: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const idle = useReadAloudState().snapshot.state === 'idle';
  const keyNames = useKeyNames();
  const descriptionId = useId();
  const button = useRef<HTMLButtonElement>(null);
  /** Where Tab came from, for Shift+Tab, Escape and after reading starts. */
  const cameFrom = useRef<Element | null>(null);
  const changes = useSyncExternalStore(subscribeToChanges, () => selectionChanges);

  // Reading started (from here, the shortcut or anywhere): the button goes until the selection changes.
  const [hiddenAt, setHiddenAt] = useState<number>();
  const [wasIdle, setWasIdle] = useState(idle);
  if (idle !== wasIdle) {
    setWasIdle(idle);
    if (!idle) setHiddenAt(changes);
  }
  const shown = hiddenAt !== changes;
  const keys = keyNames(SHORTCUT).join('+');

  // Said once each time it appears, not at each change of the selection.
  useEffect(() => {
    if (shown) announce(t('speech.selection.offered', { keys }));
  }, [announce, keys, shown, t]);

  // Placed before it is painted, and again whenever the text reflows (text size, spacing, window width).
  useLayoutEffect(() => {
    const element = button.current;
    if (!shown || !element) return undefined;
    const place = () => {
      const range = selectedTextRange();
      const spot = range && besideSelection(range, element.offsetWidth, element.offsetHeight);
      if (!spot) return;
      // From the window to what the button is placed in: a positioned ancestor, or else the page.
      const parent = element.offsetParent;
      const origin =
        parent && parent !== document.body
          ? parent.getBoundingClientRect()
          : { top: -window.scrollY, left: -window.scrollX };
      element.style.top = `${spot.top - origin.top}px`;
      element.style.left = `${spot.left - origin.left}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    const main = document.querySelector('main');
    if (main) observer.observe(main);
    observer.observe(element);
    window.addEventListener('resize', place);
    // Scrolling matters only to a selection taller than the window, whose button stays at the window's edge.
    window.addEventListener('scroll', place, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place);
    };
  }, [shown, changes]);

  // Tab from the text (where the selection was made) comes here first.
  useEffect(() => {
    if (!shown) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const focused = document.activeElement;
      const inText = !focused || focused === document.body || focused.closest('main') !== null;
      if (!inText || !button.current || event.defaultPrevented) return;
      event.preventDefault();
      cameFrom.current = focused;
      button.current.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown]);

  const goBack = () => {
    const back = cameFrom.current;
    if (focusable(back)) back.focus({ preventScroll: true });
    else button.current?.blur();
  };

  if (!shown) return null;
  return (
    <aside className={READ_SELECTION_CLASS} aria-label={t('speech.selection.read')}>
      <button
        ref={button}
        type="button"
        aria-keyshortcuts={SHORTCUT}
        aria-describedby={descriptionId}
        // A click leaves the selection, and focus, where they are.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          const hadFocus = document.activeElement === button.current;
          onRead();
          if (hadFocus) goBack();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || (event.key === 'Tab' && event.shiftKey)) {
            event.preventDefault();
            goBack();
          }
        }}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M1.5 5.5h3L9 2v12L4.5 10.5h-3z" />
          <path d="M11 5a4 4 0 0 1 0 6M12.5 3a6.5 6.5 0 0 1 0 10" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span className="read-selection-label">{t('speech.selection.read')}</span>
      </button>
      <span id={descriptionId} hidden>
        {t('speech.selection.shortcut', { keys })}
      </span>
    </aside>
  );
}
