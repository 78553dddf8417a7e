/**
 * What reads aloud: the queue, the highlight that follows it, and how a reading's sentences and starting point
 * are found. Loaded the first time the reader asks for read aloud (speech-reader.ts), not with the first screen.
 */
import i18next from 'i18next';
import { isLanguage } from '../../../common/languages';
import type { SpeechSkip } from '../../../common/preferences';
import { highlightSentence, highlightWord, keepInView, sentenceRead } from './highlight';
import { connectMediaSession } from './media-session';
import { ReaderQueue } from './reader-queue';
import type { QueueSnapshot } from './queue-state';
import type { Sentence } from './segment';
import { startingSentence } from './reading-start';
import { collectSentences } from './segment';
import { selectedSentences } from './selection';
import { asHeard } from './structure';
import { baseLanguage, chooseVoice, installedVoices } from './voices';

export interface SpeechSettings {
  rate: number;
  /** The voice the reader chose (a `voiceURI`), used for passages in its language. */
  voice: string | undefined;
  highlight: boolean;
  /** What the reader chose not to hear (structure.ts). */
  skip: SpeechSkip;
}

/** "List, 5 items", in the list's own language where the reader has its strings, else the interface's. */
function announceList(items: number, language: string): string {
  const base = baseLanguage(language);
  return i18next.t('speech.list.announce', { count: items, lng: isLanguage(base) ? base : i18next.language });
}

/** What to read: sentences of the page, from the one at `index`. */
export interface Reading {
  sentences: Sentence[];
  index: number;
}

export interface SpeechEngine {
  reader: ReaderQueue;
  /** From the next utterance on, 0 to 1; the kiosk's keypad sets it, the desktop leaves it to the system. */
  setVolume: (volume: number) => void;
  /** Shows or hides the highlight at once, after the reader changed that setting. */
  refreshHighlight: () => void;
  /** Everything under `root` the reader wants to hear, lists announced, from where the reader chose (reading-start.ts). */
  fromChosenPlace: (root: Element) => Reading;
  /** Exactly the text selected under `root`; undefined if none is. */
  fromSelection: (root: Element) => Reading | undefined;
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

  const fromChosenPlace = (root: Element): Reading => {
    const sentences = asHeard(collectSentences(root), settings().skip, announceList);
    return { sentences, index: startingSentence(sentences, root) };
  };
  // The media keys read the document from where the reader chose, as the play button does.
  connectMediaSession(reader, () => {
    const root = document.querySelector('main');
    if (!root) return;
    const { sentences, index } = fromChosenPlace(root);
    reader.play(sentences, index);
  });

  return {
    reader,
    setVolume: (next) => {
      volume = next;
    },
    refreshHighlight: () => follow(reader.getSnapshot(), reader.getSnapshot()),
    fromChosenPlace,
    fromSelection: (root) => {
      const selected = document.getSelection();
      const range = selected && !selected.isCollapsed && selected.rangeCount > 0 ? selected.getRangeAt(0) : undefined;
      if (!range || !root.contains(range.commonAncestorContainer)) return undefined;
      const sentences = selectedSentences(collectSentences(root), range);
      return sentences.length > 0 ? { sentences, index: 0 } : undefined;
    },
  };
}
