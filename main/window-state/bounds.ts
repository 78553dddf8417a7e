/**
 * Where the window opens: the saved place if it is still on a display, otherwise centred on the primary one.
 * Pure, so every arrangement of displays (unplugged monitor, smaller laptop screen, negative coordinates left
 * of the primary display) is tested under Node.
 */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Small enough for a reader zoomed in on a small screen (the layout reflows to 320 CSS px), big enough to read. */
export const MIN_WINDOW_SIZE: Size = { width: 400, height: 400 };
export const DEFAULT_WINDOW_SIZE: Size = { width: 1024, height: 768 };

/**
 * How much of the window must lie on a display for it to count as there: enough of the title bar to grab
 * and drag. Less than this and the window is treated as lost off-screen.
 */
const MIN_VISIBLE: Size = { width: 160, height: 80 };

function overlap(a: Rectangle, b: Rectangle): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function isUsable(rectangle: Rectangle): boolean {
  return (
    [rectangle.x, rectangle.y, rectangle.width, rectangle.height].every(Number.isFinite) &&
    rectangle.width > 0 &&
    rectangle.height > 0
  );
}

/** The size, no smaller than the minimum and no larger than the area (the area wins if it is the smaller). */
function fitSize(size: Size, area: Rectangle): Size {
  return {
    width: Math.round(Math.min(Math.max(size.width, MIN_WINDOW_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(size.height, MIN_WINDOW_SIZE.height), area.height)),
  };
}

function centredIn(area: Rectangle, size: Size): Rectangle {
  const fitted = fitSize(size, area);
  return {
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
    ...fitted,
  };
}

/** Moves and shrinks the rectangle just enough to lie wholly inside the area. */
function keepInside(rectangle: Rectangle, area: Rectangle): Rectangle {
  const size = fitSize(rectangle, area);
  const clamp = (value: number, start: number, room: number) =>
    Math.round(Math.min(Math.max(value, start), start + room));
  return {
    x: clamp(rectangle.x, area.x, area.width - size.width),
    y: clamp(rectangle.y, area.y, area.height - size.height),
    ...size,
  };
}

/**
 * The window's bounds given what was saved (if anything) and the work areas of the displays present
 * (`primary` among them). A saved window goes back onto the display it overlaps most, whole; one that no
 * display shows enough of is centred on the primary display at its saved size (or smaller, to fit).
 */
export function placeWindow(
  saved: Rectangle | undefined,
  displays: readonly Rectangle[],
  primary: Rectangle,
): Rectangle {
  if (saved === undefined || !isUsable(saved)) return centredIn(primary, DEFAULT_WINDOW_SIZE);
  let best: { area: Rectangle; shown: Size } | undefined;
  for (const area of displays.filter(isUsable)) {
    const shown = overlap(saved, area);
    if (!best || shown.width * shown.height > best.shown.width * best.shown.height) best = { area, shown };
  }
  if (
    !best ||
    best.shown.width < Math.min(MIN_VISIBLE.width, saved.width) ||
    best.shown.height < Math.min(MIN_VISIBLE.height, saved.height)
  ) {
    return centredIn(primary, saved);
  }
  return keepInside(saved, best.area);
}
