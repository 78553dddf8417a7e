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

function subscribe(listener: () => void): () => void {
  const onPointer = (event: PointerEvent) => {
    const held = event.type === 'pointerdown';
    if (held && event.target instanceof Element && event.target.closest(`.${READ_SELECTION_CLASS}`)) return;
    pointerHeld = held;
    listener();
  };
  const events = ['pointerdown', 'pointerup', 'pointercancel'] as const;
  document.addEventListener('selectionchange', listener);
  for (const type of events) document.addEventListener(type, onPointer, { capture: true });
  return () => {
    document.removeEventListener('selectionchange', listener);
    for (const type of events) document.removeEventListener(type, onPointer, { capture: true });
  };
}

const textSelected = () => !pointerHeld && selectedTextRange() !== undefined;

export function useTextSelected(): boolean {
  return useSyncExternalStore(subscribe, textSelected, () => false);
}
