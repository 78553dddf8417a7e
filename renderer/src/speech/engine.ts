/**
 * What reads aloud: the queue, the highlight that follows it, and how a reading's sentences and starting point
 * are found. Loaded the first time the reader asks for read aloud (speech-reader.ts), not with the first screen.
 */
import { highlightSentence, highlightWord, keepInView, sentenceRead } from './highlight';
import { ReaderQueue } from './reader-queue';
import type { QueueSnapshot } from './queue-state';
import { startingSentence } from './reading-start';
import { collectSentences } from './segment';
import { chooseVoice, installedVoices } from './voices';

export interface SpeechSettings {
  rate: number;
  /** The voice the reader chose (a `voiceURI`), used for passages in its language. */
  voice: string | undefined;
  highlight: boolean;
}

export interface SpeechEngine {
  reader: ReaderQueue;
  /** From the next utterance on, 0 to 1; the kiosk's keypad sets it, the desktop leaves it to the system. */
  setVolume: (volume: number) => void;
  /** Shows or hides the highlight at once, after the reader changed that setting. */
  refreshHighlight: () => void;
  collectSentences: typeof collectSentences;
  startingSentence: typeof startingSentence;
}

export function createSpeechEngine(synthesis: SpeechSynthesis, settings: () => SpeechSettings): SpeechEngine {
  let volume = 1;
  const reader = new ReaderQueue(synthesis, () => ({
    rate: settings().rate,
    volume,
    voiceFor: (language) => chooseVoice(installedVoices(), language, settings().voice),
  }));

  /** Highlights what is being read, if the reader wants it, and keeps it in view either way. */
  const follow = (snapshot: QueueSnapshot, previous: QueueSnapshot | undefined) => {
    const { sentence, word } = snapshot;
    const shown = settings().highlight ? sentence : undefined;
    highlightSentence(shown?.range);
    highlightWord(shown && word ? shown.rangeOf(word.start, word.end) : undefined);
    if (sentence !== previous?.sentence) {
      keepInView(sentence?.range);
      if (sentence) sentenceRead(sentence.range);
    }
  };

  let previous: QueueSnapshot | undefined;
  reader.subscribe(() => {
    const snapshot = reader.getSnapshot();
    follow(snapshot, previous);
    previous = snapshot;
  });

  return {
    reader,
    setVolume: (next) => {
      volume = next;
    },
    refreshHighlight: () => follow(reader.getSnapshot(), reader.getSnapshot()),
    collectSentences,
    startingSentence,
  };
}
