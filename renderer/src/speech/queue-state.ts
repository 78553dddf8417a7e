/** What a read-aloud session is doing, apart from the queue that does it: the first screen needs only this. */
import type { Sentence } from './segment';

export type PlaybackState = 'idle' | 'playing' | 'paused';

export interface QueueSnapshot {
  state: PlaybackState;
  /** The sentence being read, or paused on; none when idle. */
  sentence: Sentence | undefined;
  /** The word being read, as offsets in the sentence's text, where the engine reports words. */
  word: { start: number; end: number } | undefined;
  /** Why reading last stopped: the end was reached, or the reader (or something else) stopped it. */
  ended: 'finished' | 'stopped' | undefined;
}

export const IDLE: QueueSnapshot = { state: 'idle', sentence: undefined, word: undefined, ended: undefined };

/** The list a sentence is in (the innermost), or the one it announces: where "Skip list" applies. */
export function listOf(sentence: Sentence | undefined): Element | undefined {
  return sentence?.block.closest('ul, ol') ?? undefined;
}
