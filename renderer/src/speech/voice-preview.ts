/**
 * Hearing a voice before choosing it (DAISY: "voice preview"): one short sentence in the voice's language, at
 * the reader's speed, until it ends or the reader stops it. What is being read aloud pauses first, so two
 * voices never speak at once.
 */
import { listenerStore } from '../shared/listener-store';
import { loadedSpeechEngine } from './speech-reader';

const changes = listenerStore();
/** The voice being heard (its `voiceURI`), if any. */
let previewing: string | undefined;
/** Held until it ends: Chromium stops sending an utterance's events once nothing refers to it. */
let current: SpeechSynthesisUtterance | undefined;

function settle(utterance: SpeechSynthesisUtterance): void {
  if (utterance !== current) return;
  current = undefined;
  previewing = undefined;
  changes.notify();
}

export const voicePreview = {
  subscribe: changes.subscribe,
  getSnapshot: (): string | undefined => previewing,
};

/** Says `sentence` in `voice`; whatever was being said stops. */
export function previewVoice(voice: SpeechSynthesisVoice, sentence: string, rate: number): void {
  const reader = loadedSpeechEngine()?.reader;
  if (reader?.getSnapshot().state === 'playing') reader.pause();
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(sentence);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = rate;
  utterance.addEventListener('end', () => settle(utterance));
  utterance.addEventListener('error', () => settle(utterance));
  current = utterance;
  previewing = voice.voiceURI;
  changes.notify();
  speechSynthesis.speak(utterance);
}

export function stopPreview(): void {
  if (!current) return;
  const stopped = current;
  speechSynthesis.cancel();
  settle(stopped);
}
