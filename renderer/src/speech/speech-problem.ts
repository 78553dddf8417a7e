/**
 * Why the text cannot be read aloud, if it cannot: the controls show it with how to fix it. Kept outside React
 * so that a keyboard shortcut and the on-screen controls report to the same place.
 */
import { useSyncExternalStore } from 'react';
import type { Language } from '../../../common/languages';

export type SpeechProblem = { kind: 'unsupported' } | { kind: 'noVoice'; languages: Language[] };

let problem: SpeechProblem | undefined;
const listeners = new Set<() => void>();

export function setSpeechProblem(next: SpeechProblem | undefined): void {
  if (next === problem) return;
  problem = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSpeechProblem(): SpeechProblem | undefined {
  return useSyncExternalStore(subscribe, () => problem);
}
