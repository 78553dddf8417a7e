/**
 * Whether the reader has selected text in the document: the "Read selection" button comes and goes with it.
 * Only this watch is in the first screen's script; the button is loaded the first time text is selected.
 */
import { useSyncExternalStore } from 'react';

/** Marks what the button is drawn in: pressing it is not the start of a new selection. */
export const READ_SELECTION_CLASS = 'read-selection';

/** The selection's range, if it selects text in the document (`main`). */
export function selectedTextRange(): Range | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const main = document.querySelector('main');
  if (!main?.contains(range.commonAncestorContainer) || !/[\p{L}\p{N}]/u.test(range.toString())) return undefined;
  return range;
}

/**
 * While a mouse button or a finger is down the selection is still being made: the button waits for it to be
 * let go, so that it never comes under the pointer of a reader dragging across the text.
 */
let pointerHeld = false;

/**
 * Worked out when the selection or the pointer changes, never while the page renders: asking Chromium about the
 * selection lays the page out first, and in the middle of a render that follows a change of text size or language
 * it laid the whole document out once more than the frame does (10–17 ms of each such change, measured).
 */
let selected = false;

function subscribe(listener: () => void): () => void {
  const update = () => {
    const next = !pointerHeld && selectedTextRange() !== undefined;
    if (next === selected) return;
    selected = next;
    listener();
  };
  const onPointer = (event: PointerEvent) => {
    const held = event.type === 'pointerdown';
    if (held && event.target instanceof Element && event.target.closest(`.${READ_SELECTION_CLASS}`)) return;
    pointerHeld = held;
    update();
  };
  const events = ['pointerdown', 'pointerup', 'pointercancel'] as const;
  document.addEventListener('selectionchange', update);
  for (const type of events) document.addEventListener(type, onPointer, { capture: true });
  // A selection made before the page's script started.
  update();
  return () => {
    document.removeEventListener('selectionchange', update);
    for (const type of events) document.removeEventListener(type, onPointer, { capture: true });
  };
}

export function useTextSelected(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => selected,
    () => false,
  );
}
