import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskVoice } from '../../../../renderer/src/kiosk/audio/kiosk-voice';
import { ReaderQueue } from '../../../../renderer/src/speech/reader-queue';
import type { Sentence } from '../../../../renderer/src/speech/segment';
import { FakeEngine, FakeUtterance, voice } from '../speech/fake-engine';

/** A heading (a pause after it) and the paragraph under it, as far as the queue looks at them. */
const PAGE: Sentence[] = [
  { text: 'Our Goal', startsSection: true, pauseAfter: true },
  { text: 'We aim high.', startsSection: false },
].map((sentence) => ({
  ...sentence,
  parts: [{ lang: 'en', text: sentence.text, offset: 0 }],
  range: {} as Range,
  rangeOf: () => ({}) as Range,
  block: {} as Element,
}));

let engine: FakeEngine;
let queue: ReaderQueue;
let kioskVoice: KioskVoice;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  // The voices the kiosk's words are said in, as the page lists them.
  vi.stubGlobal('speechSynthesis', { getVoices: () => [voice('en-CA')], addEventListener: () => undefined });
  engine = new FakeEngine();
  const synthesis = engine as unknown as SpeechSynthesis;
  queue = new ReaderQueue(synthesis, () => ({ rate: 1, volume: 1, voiceFor: () => voice('en-CA') }));
  kioskVoice = new KioskVoice(
    () => ({ rate: 1, voice: undefined }),
    () => '5',
    synthesis,
    () => queue,
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the kiosk's voice and the document read aloud", () => {
  it('words said in the pause after a heading stop the reading, as they do in the middle of a sentence', () => {
    queue.play(PAGE);
    engine.finish();
    // In the pause after the heading: the kiosk speaks (the idle warning, a status message).
    kioskVoice.say([{ text: 'Are you still reading?', lang: 'en' }]);
    vi.advanceTimersByTime(1000);
    expect(engine.said()).toEqual(['en-CA:Our Goal', 'en-CA:Are you still reading?']);
    expect(queue.getSnapshot()).toMatchObject({ state: 'idle', ended: 'stopped' });
  });

  it('leave a paused reading paused, to go on from where it was (help, while reading)', () => {
    queue.play(PAGE);
    engine.finish();
    queue.pause();
    kioskVoice.say([{ text: '4 or 6: the sentence before or after.', lang: 'en' }]);
    vi.advanceTimersByTime(1000);
    expect(queue.getSnapshot()).toMatchObject({ state: 'paused', sentence: PAGE[1] });
    queue.resume();
    expect(engine.said().at(-1)).toBe('en-CA:We aim high.');
  });
});
