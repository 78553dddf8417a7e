import { describe, expect, it } from 'vitest';
import { bandAround, lineAt, linesFromBoxes } from '../../../../renderer/src/visual-aids/reading-lines';

describe('the lines the reading ruler moves over', () => {
  it('merges the fragments of one line, a taller bold word included, and keeps lines apart', () => {
    expect(
      linesFromBoxes([
        { top: 130, bottom: 154 },
        { top: 100, bottom: 124 },
        { top: 99, bottom: 125 },
        { top: 160, bottom: 160 },
        { top: 200, bottom: 224 },
      ]),
    ).toEqual([
      { top: 99, bottom: 125 },
      { top: 130, bottom: 154 },
      { top: 200, bottom: 224 },
    ]);
  });

  const lines = [
    { top: 0, bottom: 20 },
    { top: 30, bottom: 50 },
    { top: 60, bottom: 80 },
    { top: 120, bottom: 140 },
  ];

  it('finds the line at a height, or the nearest one in a gap', () => {
    expect(lineAt(lines, 35)).toBe(1);
    expect(lineAt(lines, 95)).toBe(2);
    expect(lineAt(lines, 110)).toBe(3);
    expect(lineAt(lines, 500)).toBe(3);
  });

  it('makes a band of 1, 3 or 5 lines around a line, whole at the ends', () => {
    expect(bandAround(lines, 1, 1)).toEqual({ top: 30, bottom: 50 });
    expect(bandAround(lines, 1, 3)).toEqual({ top: 0, bottom: 80 });
    expect(bandAround(lines, 0, 3)).toEqual({ top: 0, bottom: 80 });
    expect(bandAround(lines, 3, 3)).toEqual({ top: 30, bottom: 140 });
    expect(bandAround(lines, 2, 5)).toEqual({ top: 0, bottom: 140 });
    expect(bandAround([], 0, 3)).toBeUndefined();
  });
});
