import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReadingRuler as RulerChoice } from '../../../common/preferences';
import { usePreference } from '../preferences/PreferencesProvider';
import { onSentenceRead } from '../speech/highlight';
import { bandAround, lineAt, measureLines, type Line } from './reading-lines';

/** Space kept between the lines in view and the window's edges when the ruler moves, in px. */
const MARGIN = 16;

/** Where the ruler may be moved by the arrow keys: not while a control or a dialog uses them. */
function arrowsAreFree(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest('dialog, input, select, textarea, [contenteditable="true"]')) return false;
  return true;
}

interface Layout {
  lines: Line[];
  /** The text column, in page coordinates: where the bar is drawn. */
  left: number;
  width: number;
  pageHeight: number;
}

function measure(main: Element): Layout {
  const box = main.getBoundingClientRect();
  return {
    lines: measureLines(main),
    left: box.left + scrollX,
    width: box.width,
    pageHeight: document.documentElement.scrollHeight,
  };
}

function headerHeight(): number {
  const root = document.documentElement;
  return root.dataset.header === 'sticky'
    ? parseFloat(getComputedStyle(root).getPropertyValue('--header-height')) || 0
    : 0;
}

/** Scrolls the page, never the focus, so that a band of lines is in view below the sticky header. */
function keepBandInView(band: Line): void {
  const top = scrollY + headerHeight() + MARGIN;
  const bottom = scrollY + innerHeight - MARGIN;
  if (band.top < top) window.scrollBy({ top: band.top - top });
  else if (band.bottom > bottom) window.scrollBy({ top: band.bottom - bottom });
}

/**
 * The reading ruler over the document's text: a bar under the current line, or a window of lines with the rest
 * of the page dimmed. Drawn over the page, never in it: nothing moves, and screen readers and the pointer pass
 * through (`aria-hidden`, `pointer-events: none`).
 */
export function ReadingRuler() {
  const ruler = usePreference((preferences) => preferences.reading.readingRuler);
  return ruler === 'off' ? null : <ActiveRuler choice={ruler} />;
}

const WINDOW_LINES: Readonly<Record<Exclude<RulerChoice, 'off'>, number>> = {
  ruler: 1,
  'window-1': 1,
  'window-3': 3,
  'window-5': 5,
};

function ActiveRuler({ choice }: { choice: Exclude<RulerChoice, 'off'> }) {
  const [layout, setLayout] = useState<Layout>();
  /** The current line, as a height on the page: kept by height, so it stays on its line when the page reflows. */
  const [y, setY] = useState<number>();
  /** Focus outside the text (the header, the contents): the window opens on it instead, so focus is never dimmed. */
  const [focusedOutside, setFocusedOutside] = useState<Line>();

  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const update = () => setLayout(measure(main));
    update();
    // Text size, spacing, fonts arriving, a document replacing another: each moves the lines.
    const resized = new ResizeObserver(update);
    resized.observe(main);
    resized.observe(document.body);
    const changed = new MutationObserver(update);
    changed.observe(main, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, []);

  const lines = useMemo(() => layout?.lines ?? [], [layout]);
  const firstInView = useCallback(() => lineAt(lines, scrollY + headerHeight() + MARGIN), [lines]);
  const current = y === undefined ? firstInView() : lineAt(lines, y);
  const size = WINDOW_LINES[choice];

  const moveTo = useCallback(
    (index: number) => {
      const line = lines[index];
      if (!line) return;
      setFocusedOutside(undefined);
      setY((line.top + line.bottom) / 2);
      const band = bandAround(lines, index, size);
      if (band) keepBandInView(band);
    },
    [lines, size],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!arrowsAreFree(event.target) || lines.length === 0) return;
      event.preventDefault();
      const line = lines[current];
      const inView = line && line.bottom > scrollY + headerHeight() && line.top < scrollY + innerHeight;
      // Scrolled away from the ruler: it comes back to the first line in view before it moves.
      const from = inView ? current : firstInView();
      moveTo(Math.max(0, Math.min(lines.length - 1, from + (event.key === 'ArrowDown' ? 1 : -1))));
    };
    const placeAt = (pageY: number) => {
      setFocusedOutside(undefined);
      setY(pageY);
    };
    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || event.target.closest('dialog')) return;
      const box = event.target.getBoundingClientRect();
      if (event.target.closest('main')) placeAt(box.top + scrollY + Math.min(box.height / 2, 12));
      else setFocusedOutside({ top: box.top + scrollY - MARGIN, bottom: box.bottom + scrollY + MARGIN });
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('main')) placeAt(event.pageY);
    };
    const onSelection = () => {
      const selection = getSelection();
      const node = selection?.focusNode;
      if (!selection || selection.rangeCount === 0 || !node?.parentElement?.closest('main')) return;
      const box = selection.getRangeAt(0).getClientRects()[0];
      if (box) placeAt(box.top + scrollY + box.height / 2);
    };
    const stopFollowing = onSentenceRead((range) => {
      const box = range.getClientRects()[0];
      if (box) placeAt(box.top + scrollY + box.height / 2);
    });
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('selectionchange', onSelection);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('selectionchange', onSelection);
      stopFollowing();
    };
  }, [current, firstInView, lines, moveTo]);

  const band = focusedOutside ?? bandAround(lines, current, size);
  if (!layout || !band) return null;
  return createPortal(
    choice === 'ruler' ? (
      <div
        className="reading-ruler-bar"
        data-testid="reading-ruler"
        aria-hidden="true"
        style={{ top: band.bottom, left: layout.left, width: layout.width }}
      />
    ) : (
      <div className="reading-ruler-window" data-testid="reading-ruler" aria-hidden="true">
        <div className="reading-ruler-shade" style={{ top: 0, height: Math.max(0, band.top - 4) }} />
        <div
          className="reading-ruler-shade"
          style={{ top: band.bottom + 4, height: Math.max(0, layout.pageHeight - band.bottom - 4) }}
        />
      </div>
    ),
    document.body,
  );
}
