/** Arrow-key movement among a row, a column or rows of controls: the header's fold and read aloud's toolbar. */

export type Axis = 'horizontal' | 'vertical';

const KEYS: Record<Axis, { previous: string; next: string }> = {
  horizontal: { previous: 'ArrowLeft', next: 'ArrowRight' },
  vertical: { previous: 'ArrowUp', next: 'ArrowDown' },
};

const CONTROLS = 'button, a[href], input, select, textarea';

/** The controls a container holds (or the container, if it is one), in order, leaving out any that are hidden. */
export function controlsIn(container: HTMLElement | null): HTMLElement[] {
  if (!container) return [];
  const controls = container.matches(CONTROLS) ? [container] : container.querySelectorAll<HTMLElement>(CONTROLS);
  return [...controls].filter((control) => !control.hidden && control.getClientRects().length > 0);
}

/**
 * The control a key moves to from `current`: the previous or next along the axis (wrapping round), or the
 * first or last with Home and End. Undefined for any other key, which is left to the browser.
 */
export function controlForKey(
  controls: HTMLElement[],
  current: Element | null,
  key: string,
  axis: Axis,
): HTMLElement | undefined {
  if (controls.length === 0) return undefined;
  const index = controls.findIndex((control) => control === current);
  if (key === 'Home') return controls[0];
  if (key === 'End') return controls[controls.length - 1];
  if (key === KEYS[axis].next) return controls[(index + 1) % controls.length];
  if (key === KEYS[axis].previous) return controls[(index - 1 + controls.length) % controls.length];
  return undefined;
}

/**
 * The control a key leads to in rows of controls, from `current` (null when none of them has focus yet): Home
 * and End to the very first and last, Left and Right along the row, Up and Down to the nearest column of the
 * row above or below; all of them wrap round. Undefined for any other key, which is left to the browser.
 */
export function controlInGridForKey<C>(rows: C[][], current: C | null, key: string): C | undefined {
  const last = rows[rows.length - 1];
  if (!last) return undefined;
  if (key === 'Home') return rows[0]?.[0];
  if (key === 'End') return last[last.length - 1];
  const row = rows.findIndex((controls) => controls.some((control) => control === current));
  const controls = rows[row];
  if (!controls) return undefined;
  const column = controls.findIndex((control) => control === current);
  const along = (step: number) => controls[(column + step + controls.length) % controls.length];
  const across = (step: number) => {
    const next = rows[(row + step + rows.length) % rows.length] ?? controls;
    return next[Math.min(column, next.length - 1)];
  };
  switch (key) {
    case 'ArrowRight':
      return along(1);
    case 'ArrowLeft':
      return along(-1);
    case 'ArrowDown':
      return across(1);
    case 'ArrowUp':
      return across(-1);
    default:
      return undefined;
  }
}
