/**
 * Reads sentences aloud one utterance at a time, so that pausing, skipping and changing voice per passage all
 * work the same on every engine. Pausing cancels the utterance and resuming speaks it again from the last word
 * the engine reported (or from the sentence's start): Chromium's own pause on Linux never resumes.
 */
import type { Sentence } from './segment';
import { listenerStore } from '../shared/listener-store';
import { IDLE, listOf, type PlaybackState, type QueueSnapshot } from './queue-state';

interface QueueSettings {
  rate: number;
  /** From 0 to 1: a kiosk visitor sets it from the keypad. */
  volume: number;
  /** The voice for a language, or none if none is installed. */
  voiceFor: (language: string) => SpeechSynthesisVoice | undefined;
}

/**
 * The pause after a heading or a list item, at the normal speed (shorter when faster). Utterances are not
 * enough: how long an engine is silent between them is its own affair (speech-dispatcher, a few tenths of a
 * second; others, next to nothing), and a sentence's end sounds the same as a line's. So the queue waits.
 */
const LINE_PAUSE_MS = 400;
const SHORTEST_PAUSE_MS = 150;

/** A word's end where the engine reports only where it starts. */
function wordEnd(text: string, start: number): number {
  const match = /^[\p{L}\p{N}\p{M}’'-]+/u.exec(text.slice(start));
  return start + (match?.[0].length ?? 0);
}

export class ReaderQueue {
  private sentences: readonly Sentence[] = [];
  private index = 0;
  private part = 0;
  /** Where in the current part to start speaking: the last word reported before a pause. */
  private resumeAt = 0;
  private lastWordAt = 0;
  /** Each utterance's events carry the turn it was spoken in; an utterance cancelled since is out of turn. */
  private turn = 0;
  /** Held so the engine keeps the utterance's events coming: Chromium drops them once nothing refers to it. */
  private utterance: SpeechSynthesisUtterance | undefined;
  private snapshot: QueueSnapshot = IDLE;
  private readonly changes = listenerStore();

  constructor(
    private readonly synthesis: SpeechSynthesis,
    private readonly settings: () => QueueSettings,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => this.changes.subscribe(listener);

  readonly getSnapshot = (): QueueSnapshot => this.snapshot;

  /** Reads `sentences` from the one at `index`. */
  play(sentences: readonly Sentence[], index = 0): void {
    this.silence();
    this.sentences = sentences;
    this.moveTo(index);
    if (!this.sentences[this.index]) {
      this.end('finished');
      return;
    }
    this.publish('playing');
    this.speak();
  }

  pause(): void {
    if (this.snapshot.state !== 'playing') return;
    this.silence();
    this.resumeAt = this.lastWordAt;
    this.publish('paused');
  }

  resume(): void {
    if (this.snapshot.state !== 'paused') return;
    this.publish('playing');
    this.speak();
  }

  stop(): void {
    if (this.snapshot.state === 'idle') return;
    this.silence();
    this.end('stopped');
  }

  /** The next (1) or previous (-1) sentence; past the last one, reading ends. */
  skipSentence(direction: 1 | -1): void {
    if (this.snapshot.state === 'idle') return;
    if (this.index + direction >= this.sentences.length) {
      this.stop();
      return;
    }
    this.jump(this.index + direction);
  }

  /** The heading of the section being read: the last section start at or before the current sentence. */
  currentSectionHeading(): Sentence | undefined {
    return this.sentences.slice(0, this.index + 1).findLast((sentence) => sentence.startsSection);
  }

  /** The current sentence again from its start: to hear it once more, or at a new speed or volume. */
  repeatSentence(): void {
    if (this.snapshot.state === 'idle') return;
    this.jump(this.index);
  }

  /**
   * The next section's heading, or the heading of the section being read (of the one before, when at its
   * heading already), as "previous track" does.
   */
  skipSection(direction: 1 | -1): void {
    this.skipAmong(
      this.sentences.flatMap((sentence, index) => (sentence.startsSection ? [index] : [])),
      direction,
    );
  }

  /**
   * The next paragraph (list item, heading) or, as "previous track" does, the start of the one being read (of
   * the one before, when at its start already). Past the last one, nothing: as for sections.
   */
  skipParagraph(direction: 1 | -1): void {
    this.skipAmong(
      this.sentences.flatMap((sentence, index) =>
        index === 0 || sentence.block !== this.sentences[index - 1]?.block ? [index] : [],
      ),
      direction,
    );
  }

  /** To the first of `starts` after the current sentence, or the last one before it (the first sentence if none). */
  private skipAmong(starts: number[], direction: 1 | -1): void {
    if (this.snapshot.state === 'idle') return;
    const target =
      direction === 1 ? starts.find((index) => index > this.index) : starts.findLast((index) => index < this.index);
    if (target === undefined && direction === 1) return;
    this.jump(target ?? 0);
  }

  /**
   * Out of the list being read (or being announced) to what follows it; past the end, reading ends. False,
   * with nothing done, where no list is being read.
   */
  skipList(): boolean {
    const list = this.snapshot.state === 'idle' ? undefined : listOf(this.sentences[this.index]);
    if (!list) return false;
    const after = this.sentences.findIndex((sentence, index) => index > this.index && !list.contains(sentence.block));
    if (after === -1) {
      this.silence();
      this.end('finished');
    } else {
      this.jump(after);
    }
    return true;
  }

  private jump(index: number): void {
    const playing = this.snapshot.state === 'playing';
    this.silence();
    this.moveTo(index);
    this.publish(this.snapshot.state);
    if (playing) this.speak();
  }

  private moveTo(index: number): void {
    this.index = Math.min(Math.max(index, 0), Math.max(this.sentences.length - 1, 0));
    this.part = 0;
    this.resumeAt = 0;
    this.lastWordAt = 0;
  }

  private silence(): void {
    this.turn += 1;
    this.utterance = undefined;
    this.synthesis.cancel();
  }

  private speak(): void {
    const sentence = this.sentences[this.index];
    const part = sentence?.parts[this.part];
    if (!sentence || !part) {
      this.advance();
      return;
    }
    const { rate, volume, voiceFor } = this.settings();
    const voice = voiceFor(part.lang);
    // A passage in a language no voice speaks is skipped rather than mispronounced; the controls say why.
    if (!voice) {
      this.advance();
      return;
    }
    const from = this.resumeAt;
    const utterance = new SpeechSynthesisUtterance(part.text.slice(from));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = rate;
    utterance.volume = volume;
    const turn = ++this.turn;
    const inTurn = () => turn === this.turn;
    utterance.addEventListener('boundary', (event) => {
      if (!inTurn() || event.name !== 'word') return;
      this.lastWordAt = from + event.charIndex;
      const start = part.offset + this.lastWordAt;
      const end = event.charLength > 0 ? start + event.charLength : wordEnd(sentence.text, start);
      this.snapshot = { ...this.snapshot, word: { start, end } };
      this.notify();
    });
    utterance.addEventListener('end', () => {
      if (inTurn()) this.advance();
    });
    utterance.addEventListener('error', (event) => {
      if (!inTurn()) return;
      // Cancelled by someone else (the kiosk's reset, another tab): stop. Anything else: go on without it.
      if (event.error === 'interrupted' || event.error === 'canceled') this.end('stopped');
      else this.advance();
    });
    this.utterance = utterance;
    this.synthesis.speak(utterance);
  }

  private advance(): void {
    const sentence = this.sentences[this.index];
    this.resumeAt = 0;
    this.lastWordAt = 0;
    if (sentence && this.part + 1 < sentence.parts.length) {
      this.part += 1;
    } else if (this.index + 1 < this.sentences.length) {
      this.index += 1;
      this.part = 0;
      this.publish('playing');
      if (sentence?.pauseAfter) {
        this.speakAfterPause();
        return;
      }
    } else {
      this.end('finished');
      return;
    }
    this.speak();
  }

  /** Speaks the current sentence after the line pause, unless the reader did anything in the meantime. */
  private speakAfterPause(): void {
    const turn = ++this.turn;
    const pause = Math.max(SHORTEST_PAUSE_MS, LINE_PAUSE_MS / this.settings().rate);
    setTimeout(() => {
      if (turn === this.turn) this.speak();
    }, pause);
  }

  private end(reason: 'finished' | 'stopped'): void {
    this.turn += 1;
    this.utterance = undefined;
    this.sentences = [];
    this.snapshot = { ...IDLE, ended: reason };
    this.notify();
  }

  private publish(state: PlaybackState): void {
    this.snapshot = { state, sentence: this.sentences[this.index], word: undefined, ended: undefined };
    this.notify();
  }

  private notify(): void {
    this.changes.notify();
  }
}
