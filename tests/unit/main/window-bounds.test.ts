import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, placeWindow, type Rectangle } from '../../../main/window-state/bounds';

// Work areas (the display less its taskbar or menu bar), as Electron's screen module reports them.
const LAPTOP: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const SMALL: Rectangle = { x: 0, y: 0, width: 800, height: 560 };
/** A second monitor to the left of the primary one: negative x. */
const LEFT_MONITOR: Rectangle = { x: -1920, y: -200, width: 1920, height: 1040 };
const RIGHT_MONITOR: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

function contains(area: Rectangle, window: Rectangle): boolean {
  return (
    window.x >= area.x &&
    window.y >= area.y &&
    window.x + window.width <= area.x + area.width &&
    window.y + window.height <= area.y + area.height
  );
}

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(undefined, [LAPTOP], LAPTOP)).toEqual({ x: 208, y: 46, ...DEFAULT_WINDOW_SIZE });
  });

  it('shrinks the default size to a display smaller than it', () => {
    expect(placeWindow(undefined, [SMALL], SMALL)).toEqual(SMALL);
  });

  it('puts a window back exactly where it was when that is on a display', () => {
    const saved = { x: 100, y: 50, width: 900, height: 700 };
    expect(placeWindow(saved, [LAPTOP], LAPTOP)).toEqual(saved);
    const onLeft = { x: -1800, y: -100, width: 1200, height: 800 };
    expect(placeWindow(onLeft, [LAPTOP, LEFT_MONITOR], LAPTOP)).toEqual(onLeft);
  });

  it('centres a window on the primary display when its monitor has been unplugged', () => {
    const wasOnRight = { x: 2000, y: 100, width: 1200, height: 800 };
    expect(placeWindow(wasOnRight, [LAPTOP], LAPTOP)).toEqual({ x: 120, y: 30, width: 1200, height: 800 });
  });

  it('pulls a window that hangs off the edge fully back onto its display', () => {
    expect(placeWindow({ x: 1000, y: 600, width: 900, height: 700 }, [LAPTOP], LAPTOP)).toEqual({
      x: 540,
      y: 160,
      width: 900,
      height: 700,
    });
    expect(placeWindow({ x: -300, y: -40, width: 900, height: 700 }, [LAPTOP], LAPTOP)).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 700,
    });
  });

  it('keeps a window on the display it overlaps most', () => {
    // Mostly on the right monitor, a little on the laptop.
    const straddling = { x: 1300, y: 100, width: 1000, height: 700 };
    expect(placeWindow(straddling, [LAPTOP, RIGHT_MONITOR], LAPTOP)).toEqual({
      x: 1440,
      y: 100,
      width: 1000,
      height: 700,
    });
  });

  it('treats a window with only a sliver on screen as lost', () => {
    const sliver = { x: 1400, y: 100, width: 900, height: 700 };
    expect(placeWindow(sliver, [LAPTOP], LAPTOP)).toEqual({ x: 270, y: 80, width: 900, height: 700 });
  });

  it('shrinks a window saved on a larger display to fit a smaller one', () => {
    expect(placeWindow({ x: 0, y: 0, width: 2400, height: 1300 }, [SMALL], SMALL)).toEqual(SMALL);
  });

  it('never makes a window smaller than the minimum, unless the display is', () => {
    expect(placeWindow({ x: 10, y: 10, width: 50, height: 20 }, [LAPTOP], LAPTOP)).toEqual({
      x: 10,
      y: 10,
      ...MIN_WINDOW_SIZE,
    });
    const tiny = { x: 0, y: 0, width: 320, height: 240 };
    expect(placeWindow({ x: 0, y: 0, width: 900, height: 700 }, [tiny], tiny)).toEqual(tiny);
  });

  it('ignores saved bounds that are not numbers', () => {
    expect(placeWindow({ x: Number.NaN, y: 0, width: 900, height: 700 }, [LAPTOP], LAPTOP)).toEqual(
      placeWindow(undefined, [LAPTOP], LAPTOP),
    );
  });

  it('whatever was saved and whatever displays there are, the window lies wholly on one of them', () => {
    const area = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 640, max: 5000 }),
      height: fc.integer({ min: 480, max: 3000 }),
    });
    const saved = fc.option(
      fc.record({
        x: fc.integer({ min: -20000, max: 20000 }),
        y: fc.integer({ min: -20000, max: 20000 }),
        width: fc.integer({ min: 1, max: 10000 }),
        height: fc.integer({ min: 1, max: 10000 }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(saved, fc.array(area, { minLength: 1, maxLength: 4 }), (bounds, displays) => {
        const [primary] = displays;
        if (!primary) return;
        const placed = placeWindow(bounds, displays, primary);
        expect(displays.some((display) => contains(display, placed))).toBe(true);
        expect(placed.width).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.width);
        expect(placed.height).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.height);
        expect(Object.values(placed).every(Number.isInteger)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
