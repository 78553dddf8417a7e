/**
 * Back and Forward between the places a reader jumped to and from, as a browser keeps its history: a jump
 * forgets whatever was ahead; going back remembers where the reader had got to, so Forward returns there.
 * Pure and immutable: the hook that owns it (usePlaceHistory) decides where a place leads.
 */

/** Long enough for any reading session; the oldest places are forgotten past it. */
export const MAX_ENTRIES = 100;

export interface JumpHistory<P> {
  readonly entries: readonly P[];
  /** The entry the reader is at; -1 before the first jump. */
  readonly index: number;
}

export function emptyHistory<P>(): JumpHistory<P> {
  return { entries: [], index: -1 };
}

export function canGoBack<P>(history: JumpHistory<P>): boolean {
  return history.index > 0;
}

export function canGoForward<P>(history: JumpHistory<P>): boolean {
  return history.index >= 0 && history.index < history.entries.length - 1;
}

/** A jump from `from` (where the reader is now) to `to`. */
export function recordJump<P>(history: JumpHistory<P>, from: P, to: P): JumpHistory<P> {
  const behind = history.index < 0 ? [] : history.entries.slice(0, history.index);
  const entries = [...behind, from, to].slice(-MAX_ENTRIES);
  return { entries, index: entries.length - 1 };
}

export interface Move<P> {
  history: JumpHistory<P>;
  /** Where to take the reader. */
  target: P;
}

/**
 * Back to the place before the last jump; `current` is remembered for Forward (when undefined, the place the
 * reader had jumped to is kept). Undefined when there is nowhere to go back to.
 */
export function goBack<P>(history: JumpHistory<P>, current: P | undefined): Move<P> | undefined {
  return goTo(history, history.index - 1, current);
}

export function goForward<P>(history: JumpHistory<P>, current: P | undefined): Move<P> | undefined {
  return goTo(history, history.index + 1, current);
}

/** Moves straight to an entry (the browser's own Back reports which one it went to). */
export function goTo<P>(history: JumpHistory<P>, index: number, current: P | undefined): Move<P> | undefined {
  const target = history.entries[index];
  if (history.index < 0 || index < 0 || target === undefined || index === history.index) return undefined;
  const entries = current === undefined ? history.entries : history.entries.with(history.index, current);
  return { history: { entries, index }, target };
}
