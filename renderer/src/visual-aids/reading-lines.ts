/**
 * The lines of text on the page, as the reading ruler moves over them: each a band from the top of its highest
 * box to the bottom of its lowest, in page coordinates (so they stay put as the page scrolls).
 */

export interface Line {
  top: number;
  bottom: number;
}

/** Fragments whose middles are closer than this share a line (a link or a bold word within it, say). */
const SAME_LINE = 0.5;

/**
 * One band a line, top to bottom, from the boxes of text on the page: boxes on one line are merged (a fragment
 * belongs to a line when its middle lies within the line's band), empty boxes are dropped.
 */
export function linesFromBoxes(boxes: readonly Line[]): Line[] {
  const sorted = boxes.filter((box) => box.bottom - box.top > 0).sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  const lines: Line[] = [];
  for (const box of sorted) {
    const last = lines.at(-1);
    const middle = (box.top + box.bottom) / 2;
    if (last && middle > last.top - SAME_LINE && middle < last.bottom + SAME_LINE) {
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      lines.push({ ...box });
    }
  }
  return lines;
}

/** The line at a height on the page, or the nearest to it. */
export function lineAt(lines: readonly Line[], y: number): number {
  let nearest = 0;
  let distance = Infinity;
  lines.forEach((line, index) => {
    const away = y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
    if (away < distance) {
      nearest = index;
      distance = away;
    }
  });
  return nearest;
}

/** The band `size` lines tall centred on a line (shifted, never cut, near the first and last lines). */
export function bandAround(lines: readonly Line[], index: number, size: number): Line | undefined {
  if (lines.length === 0) return undefined;
  const first = Math.max(0, Math.min(index - Math.floor((size - 1) / 2), lines.length - size));
  const last = Math.min(lines.length - 1, first + size - 1);
  const top = lines[first];
  const bottom = lines[last];
  return top && bottom ? { top: top.top, bottom: bottom.bottom } : undefined;
}

/** Every line of the text in `container`, in page coordinates, as laid out now. */
export function measureLines(container: Element): Line[] {
  const boxes: Line[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      boxes.push({ top: rect.top + scrollY, bottom: rect.bottom + scrollY });
    }
  }
  return linesFromBoxes(boxes);
}
