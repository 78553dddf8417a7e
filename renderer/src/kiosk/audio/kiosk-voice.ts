/**
 * The kiosk's own voice in audio-first use: what it says about its screens (the offer, each control as focus
 * reaches it, each change, help), through the same engine and voices that read the document.
 */
import type { KeypadCommand } from '../../../../common/kiosk-audio';
import type { ReaderQueue } from '../../speech/reader-queue';
import { loadedSpeechEngine } from '../../speech/speech-reader';
import { chooseVoice, installedVoices } from '../../speech/voices';

/** Something to say, and the language to say it in (each in a voice of its own). */
export interface Spoken {
  text: string;
  lang: string;
}

const VOLUME_STEP = 0.1;
export const DEFAULT_VOLUME = 0.8;

export class KioskVoice {
  private last: Spoken[] = [];
  /** Held until spoken: Chromium stops sending an utterance's events once nothing refers to it. */
  private utterances: SpeechSynthesisUtterance[] = [];
  volume = DEFAULT_VOLUME;

  constructor(
    private readonly settings: () => { rate: number; voice: string | undefined },
    /** How the keys that give `commands` are called in `lng` ("5 or Enter"), for what the kiosk says. */
    readonly keys: (commands: KeypadCommand[], lng: string) => string,
    private readonly synthesis: SpeechSynthesis = speechSynthesis,
    /** The document's reading, which the kiosk's words cut off. */
    private readonly reading: () => ReaderQueue | undefined = () => loadedSpeechEngine()?.reader,
  ) {}

  /** Stops whatever is being said (the kiosk's words or the document), then says `parts` in order. */
  say(parts: Spoken[]): void {
    this.stop();
    this.append(parts);
  }

  /** Says `parts` after whatever is being said. */
  append(parts: Spoken[]): void {
    const { rate, voice: chosen } = this.settings();
    this.last = this.synthesis.speaking || this.synthesis.pending ? [...this.last, ...parts] : parts;
    for (const { text, lang } of parts) {
      const voice = chooseVoice(installedVoices(), lang, chosen);
      // A language no voice speaks is left out rather than mispronounced.
      if (!voice || !text) continue;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      utterance.volume = this.volume;
      const done = () => (this.utterances = this.utterances.filter((other) => other !== utterance));
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', done);
      this.utterances.push(utterance);
      this.synthesis.speak(utterance);
    }
  }

  /** What was said last, again. */
  repeat(): void {
    this.say(this.last);
  }

  /**
   * Silences the engine. A reading under way stops with it: the engine tells the queue so when a sentence is
   * cut off, but not in the pause after a heading or a list item, when nothing is being said, so it is told
   * here. A paused reading stays paused, to go on after help.
   */
  stop(): void {
    this.utterances = [];
    const reader = this.reading();
    if (reader?.getSnapshot().state === 'playing') reader.stop();
    this.synthesis.cancel();
  }

  /** One step louder (1) or softer (-1), never silent; returns the new volume. */
  stepVolume(direction: 1 | -1): number {
    this.volume = Math.round(Math.min(1, Math.max(VOLUME_STEP, this.volume + direction * VOLUME_STEP)) * 10) / 10;
    return this.volume;
  }

  get speaking(): boolean {
    return this.synthesis.speaking || this.synthesis.pending;
  }
}
