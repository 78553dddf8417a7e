/** Follows Orca's debug log while Orca runs, and waits, bounded, for what it says. */
import { closeSync, openSync, readSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrcaLogParser, transcriptLine, type Utterance } from './orca-log';

export type Expected = RegExp | ((utterance: Utterance) => boolean);

export interface WaitOptions {
  /** Only utterances from this index on (see `mark()`). */
  since?: number;
  timeoutMs?: number;
  /** What is awaited, for the error message. */
  what?: string;
}

export class OrcaSpeech {
  private readonly parser = new OrcaLogParser();
  private offset = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly logPath: string) {}

  /** Every utterance so far. */
  get utterances(): readonly Utterance[] {
    this.read();
    return this.parser.utterances;
  }

  /** The index the next utterance will have: pass it as `since` to look only at what follows. */
  mark(): number {
    return this.utterances.length;
  }

  since(mark: number): Utterance[] {
    return this.utterances.slice(mark);
  }

  /** Waits for an utterance from `since` on that matches, and returns it. */
  async waitFor(expected: Expected, { since = 0, timeoutMs = 10_000, what }: WaitOptions = {}): Promise<Utterance> {
    const matches = typeof expected === 'function' ? expected : (utterance: Utterance) => expected.test(utterance.text);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.utterances.slice(since).find(matches);
      if (found) return found;
      if (Date.now() > deadline) {
        const heard = this.since(since).map(transcriptLine).join('\n') || '(nothing)';
        throw new Error(`Orca did not say ${what ?? String(expected)} within ${timeoutMs} ms. It said:\n${heard}`);
      }
      await sleep(50);
    }
  }

  /** Waits until Orca has said nothing new for `quietMs` (at most `timeoutMs`), so the next step starts clean. */
  async settle(quietMs = 600, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let count = this.utterances.length;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      await sleep(50);
      const now = this.utterances.length;
      if (now !== count) {
        count = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) return;
    }
  }

  private read(): void {
    const file = openSync(this.logPath, 'r');
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (;;) {
        const bytes = readSync(file, buffer, 0, buffer.length, this.offset);
        if (bytes === 0) break;
        this.offset += bytes;
        this.parser.push(this.decoder.decode(buffer.subarray(0, bytes), { stream: true }));
      }
    } finally {
      closeSync(file);
    }
  }
}
