/**
 * The one read-aloud session of the page: the queue, the reader's settings, and the highlight that follows
 * what is read. Outside React so that anything (the kiosk's reset, a language change) can stop it.
 */
import { highlightSentence, highlightWord, keepInView } from './highlight';
import { ReaderQueue, type QueueSnapshot } from './reader-queue';
import { setSpeechProblem } from './speech-problem';
import { chooseVoice, installedVoices } from './voices';

export interface SpeechSettings {
  rate: number;
  /** The voice the reader chose (a `voiceURI`), used for passages in its language. */
  voice: string | undefined;
  highlight: boolean;
}

let settings: SpeechSettings = { rate: 1, voice: undefined, highlight: true };
/** Counts the stops, so that a start still waiting for the voices knows the page changed meanwhile. */
let stops = 0;

export function stopCount(): number {
  return stops;
}

/** Undefined where the browser cannot speak. */
export const speechReader: ReaderQueue | undefined =
  typeof speechSynthesis === 'undefined'
    ? undefined
    : new ReaderQueue(speechSynthesis, () => ({
        rate: settings.rate,
        voiceFor: (language) => chooseVoice(installedVoices(), language, settings.voice),
      }));

/** The speed and voice apply from the next sentence, so a change never cuts a word in two; the highlight at once. */
export function configureSpeech(next: SpeechSettings): void {
  const highlightChanged = next.highlight !== settings.highlight;
  settings = next;
  if (highlightChanged && speechReader) follow(speechReader.getSnapshot(), speechReader.getSnapshot());
}

/**
 * Stops reading aloud and forgets any "no voice" notice: for the kiosk's reset (the next person finds
 * nothing of the last one's) and for anything that changes what the page shows.
 */
export function stopSpeech(): void {
  stops += 1;
  speechReader?.stop();
  setSpeechProblem(undefined);
}

/** Highlights what is being read, if the reader wants it, and keeps it in view either way. */
function follow(snapshot: QueueSnapshot, previous: QueueSnapshot | undefined): void {
  const { sentence, word } = snapshot;
  const shown = settings.highlight ? sentence : undefined;
  highlightSentence(shown?.range);
  highlightWord(shown && word ? shown.rangeOf(word.start, word.end) : undefined);
  if (sentence && sentence !== previous?.sentence) keepInView(sentence.range);
}

if (speechReader) {
  let previous: QueueSnapshot | undefined;
  speechReader.subscribe(() => {
    const snapshot = speechReader.getSnapshot();
    follow(snapshot, previous);
    previous = snapshot;
  });
}
