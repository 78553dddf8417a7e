import { describe, expect, it } from 'vitest';
import { controlInGridForKey } from '../../../../renderer/src/shared/arrow-keys';
import { keysToReach } from '../../../support/grid-keys';

// The Tools panel's rows: text size, the ways into everything else, the reader's place.
const ROWS = [
  ['smaller', 'larger', 'reset'],
  ['preferences', 'focus mode', 'shortcuts'],
  ['back', 'forward', 'find'],
];

/** The control reached by pressing `keys` after the panel opened with its first key on none of them. */
function reach(keys: string[]): string | undefined {
  let current: string | null = null;
  for (const [index, key] of keys.entries()) {
    const opening = index === 0 ? { ArrowDown: 'Home', ArrowUp: 'End' }[key] : undefined;
    current = controlInGridForKey(ROWS, current, opening ?? key) ?? null;
  }
  return current ?? undefined;
}

describe('arrow keys in rows of controls', () => {
  it('moves along a row and to the same column of the next or previous row, wrapping round', () => {
    expect(controlInGridForKey(ROWS, 'larger', 'ArrowRight')).toBe('reset');
    expect(controlInGridForKey(ROWS, 'reset', 'ArrowRight')).toBe('smaller');
    expect(controlInGridForKey(ROWS, 'smaller', 'ArrowLeft')).toBe('reset');
    expect(controlInGridForKey(ROWS, 'larger', 'ArrowDown')).toBe('focus mode');
    expect(controlInGridForKey(ROWS, 'forward', 'ArrowDown')).toBe('larger');
    expect(controlInGridForKey(ROWS, 'smaller', 'ArrowUp')).toBe('back');
    expect(controlInGridForKey(ROWS, 'focus mode', 'Home')).toBe('smaller');
    expect(controlInGridForKey(ROWS, 'focus mode', 'End')).toBe('find');
  });

  it('keeps to the nearest column when a row is shorter', () => {
    const rows = [['smaller', 'larger'], ['contrast']];
    expect(controlInGridForKey(rows, 'larger', 'ArrowDown')).toBe('contrast');
    expect(controlInGridForKey(rows, 'contrast', 'ArrowUp')).toBe('smaller');
  });

  it('leaves other keys, and a control it does not hold, to the browser', () => {
    expect(controlInGridForKey(ROWS, 'larger', 'Enter')).toBeUndefined();
    expect(controlInGridForKey(ROWS, 'elsewhere', 'ArrowDown')).toBeUndefined();
    expect(controlInGridForKey([], null, 'Home')).toBeUndefined();
  });

  it('puts every one of nine controls within three key presses of opening down from the first or up from the last', () => {
    for (const [row, controls] of ROWS.entries()) {
      for (const [column, control] of controls.entries()) {
        const keys = keysToReach(ROWS, row, column);
        expect(keys.length, control).toBeLessThanOrEqual(3);
        expect(reach(keys), keys.join(' ')).toBe(control);
      }
    }
  });
});
