/**
 * The fewest arrow keys from a grid's opening button to one of its controls: down into the first row and along,
 * or up into the last row and back (the Tools panel's keys, see ToolsDisclosure).
 */
export function keysToReach(rows: readonly (readonly unknown[])[], row: number, column: number): string[] {
  const fromStart = ['ArrowDown', ...Array<string>(row).fill('ArrowDown'), ...Array<string>(column).fill('ArrowRight')];
  const fromEnd = [
    'ArrowUp',
    ...Array<string>(rows.length - 1 - row).fill('ArrowUp'),
    ...Array<string>((rows[row]?.length ?? 0) - 1 - column).fill('ArrowLeft'),
  ];
  return fromStart.length <= fromEnd.length ? fromStart : fromEnd;
}
