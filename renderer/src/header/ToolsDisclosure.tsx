import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { controlInGridForKey, controlsIn } from '../shared/arrow-keys';

/**
 * The header's fold: one button that shows or hides a panel holding the commands that do not fit in its row.
 *
 * Why a disclosure (a button with `aria-expanded` controlling a panel of ordinary buttons) rather than an ARIA
 * menu button or a toolbar:
 * - An ARIA menu puts NVDA and JAWS into focus mode, where only its arrow keys work, and VoiceOver on iOS handles
 *   menus poorly; a menu item also closes the menu once chosen, so stepping the text size up three times would
 *   take three openings, and the size shown between Smaller and Larger could not be part of it.
 * - A disclosure's panel is read in browse mode like the rest of the page, by every screen reader, and its
 *   commands stay native buttons in the Tab order: nothing new to learn for keyboard, pointer, touch or switch.
 * - As in the APG's disclosure navigation example, arrow keys are added on top, so that every command is within
 *   three key presses of the button. The panel is laid out in rows of at most three commands (each of its
 *   children is a row: text size, the ways into everything else, the reader's place) and the arrows follow that
 *   grid: Down opens the panel on the first command of the first row, Up on the last of the last row; Left and
 *   Right move along a row, Up and Down to the same column of the row above or below; Home and End go to the
 *   first and last command; Escape closes the panel and gives focus back to the button.
 */
export function ToolsDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Where focus goes once the panel is shown, when it was opened with an arrow key.
  const focusOnOpen = useRef<'Home' | 'End' | undefined>(undefined);

  useEffect(() => {
    const key = focusOnOpen.current;
    if (!open || !key) return;
    focusOnOpen.current = undefined;
    controlInGridForKey(rowsIn(panel.current), null, key)?.focus();
  }, [open]);

  // Lying over the page (while the header sticks), the panel gives way as soon as the reader goes elsewhere, by
  // focus or by pointer, so it never covers what they went to. Opened in the page's flow, it covers nothing and
  // stays until closed. A dialog opened from it is not elsewhere: it covers the panel, and closing it gives focus
  // back to the command that opened it.
  useEffect(() => {
    if (!open) return;
    const goneElsewhere = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element) || button.current?.contains(target) || panel.current?.contains(target)) return;
      if (target.closest('dialog')) return;
      if (panel.current && getComputedStyle(panel.current).position === 'absolute') setOpen(false);
    };
    document.addEventListener('focusin', goneElsewhere);
    document.addEventListener('pointerdown', goneElsewhere);
    return () => {
      document.removeEventListener('focusin', goneElsewhere);
      document.removeEventListener('pointerdown', goneElsewhere);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      // With a modifier the arrows are a shortcut (Alt+Shift+Down: the next mark), not the panel's.
    } else if (
      (event.key === 'ArrowDown' || event.key === 'ArrowUp') &&
      !(event.altKey || event.ctrlKey || event.metaKey)
    ) {
      event.preventDefault();
      const edge = event.key === 'ArrowDown' ? 'Home' : 'End';
      if (open) controlInGridForKey(rowsIn(panel.current), null, edge)?.focus();
      else {
        focusOnOpen.current = edge;
        setOpen(true);
      }
    }
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    // A select keeps its own arrow keys.
    if (!(event.target instanceof HTMLElement) || event.target instanceof HTMLSelectElement) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = controlInGridForKey(rowsIn(panel.current), event.target, event.key);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="tools-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys for the buttons it holds */}
      <div ref={panel} id={panelId} className="tools-panel" hidden={!open} onKeyDown={onPanelKeyDown}>
        {open && children}
      </div>
    </>
  );
}

/** The panel's commands, row by row: each child of the panel is a row, however its controls wrap on screen. */
function rowsIn(panel: HTMLElement | null): HTMLElement[][] {
  if (!panel) return [];
  return [...panel.children]
    .filter((row): row is HTMLElement => row instanceof HTMLElement)
    .map(controlsIn)
    .filter((row) => row.length > 0);
}
