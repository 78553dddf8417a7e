/**
 * The one read-aloud session of the page: the reader's settings, what is being read, and the engine that reads,
 * loaded the first time it is asked for (engine.ts). Outside React so that anything (the kiosk's reset, a
 * language change) can stop it.
 */
import type { SpeechEngine, SpeechSettings } from './engine';
import { IDLE, type QueueSnapshot } from './queue-state';
import { setSpeechProblem } from './speech-problem';

export type { SpeechSettings } from './engine';

let settings: SpeechSettings = { rate: 1, voice: undefined, highlight: true, skip: 'nothing' };
/** Counts the stops, so that a start still waiting (for the engine, for the voices) knows the page changed meanwhile. */
let stops = 0;
let engine: SpeechEngine | undefined;
let loading: Promise<SpeechEngine> | undefined;
let snapshot: QueueSnapshot = IDLE;
const listeners = new Set<() => void>();

export function stopCount(): number {
  return stops;
}

/** False where the browser cannot speak. */
export const speechSupported = typeof speechSynthesis !== 'undefined';

/** What is being read, for React (`useSyncExternalStore`): idle until the engine has started reading. */
export const speechSession = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): QueueSnapshot => snapshot,
};

/** The engine if it has been loaded: it has, whenever anything is being read. */
export function loadedSpeechEngine(): SpeechEngine | undefined {
  return engine;
}

/** Loads the engine once; only where the browser can speak. */
export function loadSpeechEngine(): Promise<SpeechEngine> {
  loading ??= import('./engine').then(({ createSpeechEngine }) => {
    const created = createSpeechEngine(speechSynthesis, () => settings);
    created.reader.subscribe(() => {
      snapshot = created.reader.getSnapshot();
      for (const listener of listeners) listener();
    });
    engine = created;
    return created;
  });
  return loading;
}

/** The speed and voice apply from the next sentence, so a change never cuts a word in two; the highlight at once. */
export function configureSpeech(next: SpeechSettings): void {
  const highlightChanged = next.highlight !== settings.highlight;
  settings = next;
  if (highlightChanged) engine?.refreshHighlight();
}

/**
 * Stops reading aloud and forgets any "no voice" notice: for the kiosk's reset (the next person finds
 * nothing of the last one's) and for anything that changes what the page shows.
 */
export function stopSpeech(): void {
  stops += 1;
  engine?.reader.stop();
  setSpeechProblem(undefined);
}
