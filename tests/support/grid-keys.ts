/**
 * The fewest arrow keys from a grid's opening button to one of its controls, as the Tools panel's keys move (see
 * ToolsDisclosure): Down opens it on the first control, Up on the last; Left and Right move along a row, wrapping;
 * Up and Down move between rows, wrapping, to the same column or the row's last if it is shorter.
 */
export function keysToReach(rows: readonly (readonly unknown[])[], row: number, column: number): string[] {
  const last = rows.length - 1;
  const lengthOf = (index: number) => rows[index]?.length ?? 0;
  const key = (r: number, c: number) => `${r},${c}`;
  const moves = (r: number, c: number): [string, number, number][] => {
    const length = lengthOf(r);
    const across = (to: number): [number, number] => [to, Math.min(c, lengthOf(to) - 1)];
    return [
      ['ArrowRight', r, (c + 1) % length],
      ['ArrowLeft', r, (c - 1 + length) % length],
      ['ArrowDown', ...across((r + 1) % rows.length)],
      ['ArrowUp', ...across((r - 1 + rows.length) % rows.length)],
    ];
  };
  const seen = new Map<string, string[]>([
    [key(0, 0), ['ArrowDown']],
    [key(last, lengthOf(last) - 1), ['ArrowUp']],
  ]);
  const queue: [number, number][] = [
    [0, 0],
    [last, lengthOf(last) - 1],
  ];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [r, c] = next;
    const path = seen.get(key(r, c)) ?? [];
    if (r === row && c === column) return path;
    for (const [move, toRow, toColumn] of moves(r, c)) {
      if (seen.has(key(toRow, toColumn))) continue;
      seen.set(key(toRow, toColumn), [...path, move]);
      queue.push([toRow, toColumn]);
    }
  }
  throw new Error(`no control at row ${row}, column ${column}`);
}
