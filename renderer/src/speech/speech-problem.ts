/**
 * Why the text cannot be read aloud, if it cannot: the controls show it with how to fix it. Kept outside React
 * so that a keyboard shortcut and the on-screen controls report to the same place.
 */
import { useSyncExternalStore } from 'react';
import type { Language } from '../../../common/languages';
import { listenerStore } from '../shared/listener-store';

export type SpeechProblem = { kind: 'unsupported' } | { kind: 'noVoice'; languages: Language[] };

let problem: SpeechProblem | undefined;
const changes = listenerStore();

export function setSpeechProblem(next: SpeechProblem | undefined): void {
  if (next === problem) return;
  problem = next;
  changes.notify();
}

export function useSpeechProblem(): SpeechProblem | undefined {
  return useSyncExternalStore(changes.subscribe, () => problem);
}
