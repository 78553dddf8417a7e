/** Arrow-key movement among a row or column of controls, shared by the header's fold and read aloud's toolbar. */

export type Axis = 'horizontal' | 'vertical';

const KEYS: Record<Axis, { previous: string; next: string }> = {
  horizontal: { previous: 'ArrowLeft', next: 'ArrowRight' },
  vertical: { previous: 'ArrowUp', next: 'ArrowDown' },
};

/** The controls a container holds, in order, leaving out any that are hidden. */
export function controlsIn(container: HTMLElement | null): HTMLElement[] {
  if (!container) return [];
  return [...container.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')].filter(
    (control) => !control.hidden && control.getClientRects().length > 0,
  );
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
