/**
 * Maps offsets in a block's text back to the text nodes it is made of: a match may begin in plain text and end
 * inside a link or emphasis. Pure, so the mapping is tested without a page.
 */

export interface TextPoint {
  /** Which of the block's text nodes. */
  node: number;
  offset: number;
}

/**
 * The point an offset falls on, given each text node's length. A range's start belongs to the node the next
 * character is in; its end to the node the previous character is in, so a range never starts or ends on the
 * edge of a neighbouring node.
 */
export function pointAt(lengths: readonly number[], offset: number, edge: 'start' | 'end'): TextPoint {
  let nodeStart = 0;
  for (const [node, length] of lengths.entries()) {
    const nodeEnd = nodeStart + length;
    const inside = edge === 'start' ? offset < nodeEnd : offset <= nodeEnd && offset > nodeStart;
    if (inside) return { node, offset: offset - nodeStart };
    nodeStart = nodeEnd;
  }
  // Past the end: the end of the last node.
  const last = Math.max(0, lengths.length - 1);
  return { node: last, offset: lengths[last] ?? 0 };
}
