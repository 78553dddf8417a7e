import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderQueue } from '../../../../renderer/src/speech/reader-queue';
import type { Sentence } from '../../../../renderer/src/speech/segment';
import { FakeEngine, FakeUtterance, voice } from './fake-engine';

function sentence(
  text: string,
  options: { lang?: string; heading?: boolean; parts?: Sentence['parts'] } = {},
): Sentence {
  return {
    text,
    parts: options.parts ?? [{ lang: options.lang ?? 'en', text, offset: 0 }],
    startsSection: options.heading ?? false,
    range: {} as Range,
    rangeOf: () => ({}) as Range,
    block: {} as Element,
  };
}

const PAGE = [
  sentence('Title', { heading: true }),
  sentence('One.'),
  sentence('Two.'),
  sentence('Section', { heading: true }),
  sentence('Three.'),
  sentence('Quatre.', { lang: 'fr' }),
];

let engine: FakeEngine;
let queue: ReaderQueue;
let voices: Record<string, SpeechSynthesisVoice | undefined>;

beforeEach(() => {
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  engine = new FakeEngine();
  voices = { en: voice('en-CA'), fr: voice('fr-CA') };
  queue = new ReaderQueue(engine as unknown as SpeechSynthesis, () => ({
    rate: 1.5,
    volume: 0.7,
    voiceFor: (language) => voices[language],
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading aloud', () => {
  it('knows the heading of the section being read, for the system media controls', () => {
    queue.play(PAGE, 2);
    expect(queue.currentSectionHeading()).toBe(PAGE[0]);
    queue.skipSection(1);
    expect(queue.currentSectionHeading()).toBe(PAGE[3]);
    engine.finish();
    expect(queue.currentSectionHeading()).toBe(PAGE[3]);
  });

  it('says the current sentence again from its start when asked, and goes on from there', async () => {
    queue.play(PAGE, 1);
    engine.word(0);
    queue.repeatSentence();
    await flush();
    expect(engine.said()).toEqual(['en-CA:One.', 'en-CA:One.']);
    expect(queue.getSnapshot()).toMatchObject({ state: 'playing', sentence: PAGE[1] });
    engine.finish();
    expect(engine.said().at(-1)).toBe('en-CA:Two.');
  });

  it("says each sentence in turn, in its language's voice and at the chosen speed, then finishes", () => {
    queue.play(PAGE, 1);
    for (let index = 1; index < PAGE.length; index += 1) {
      expect(queue.getSnapshot().sentence).toBe(PAGE[index]);
      engine.finish();
    }
    expect(engine.said()).toEqual(['en-CA:One.', 'en-CA:Two.', 'en-CA:Section', 'en-CA:Three.', 'fr-CA:Quatre.']);
    expect(engine.spoken.every((utterance) => utterance.rate === 1.5 && utterance.volume === 0.7)).toBe(true);
    expect(queue.getSnapshot()).toMatchObject({ state: 'idle', sentence: undefined, ended: 'finished' });
  });

  it('switches voice within a sentence for a passage in another language', () => {
    const mixed = sentence('Welcome to Santé Ontario today.', {
      parts: [
        { lang: 'en', text: 'Welcome to', offset: 0 },
        { lang: 'fr', text: 'Santé Ontario', offset: 11 },
        { lang: 'en', text: 'today.', offset: 25 },
      ],
    });
    queue.play([mixed]);
    engine.finish();
    engine.finish();
    expect(engine.said()).toEqual(['en-CA:Welcome to', 'fr-CA:Santé Ontario', 'en-CA:today.']);
    expect(queue.getSnapshot().sentence).toBe(mixed);
  });

  it('skips passages no voice can say', () => {
    voices.fr = undefined;
    queue.play(PAGE, 4);
    engine.finish();
    expect(engine.said()).toEqual(['en-CA:Three.']);
    expect(queue.getSnapshot().ended).toBe('finished');
  });
});

describe('pausing', () => {
  it('cuts the utterance off and says it again on resuming, from the last word reported', async () => {
    queue.play([sentence('Read this slowly.')]);
    engine.word(5, 4);
    expect(queue.getSnapshot().word).toEqual({ start: 5, end: 9 });
    queue.pause();
    await flush();
    expect(queue.getSnapshot()).toMatchObject({ state: 'paused', sentence: { text: 'Read this slowly.' } });
    queue.resume();
    expect(engine.said()).toEqual(['en-CA:Read this slowly.', 'en-CA:this slowly.']);
    expect(queue.getSnapshot().state).toBe('playing');
  });

  it('says the whole sentence again where the engine reports no words', async () => {
    queue.play(PAGE, 1);
    queue.pause();
    await flush();
    queue.resume();
    expect(engine.said()).toEqual(['en-CA:One.', 'en-CA:One.']);
  });

  it('ignores the events of an utterance it cut off', async () => {
    queue.play(PAGE, 1);
    const cutOff = engine.current;
    queue.skipSentence(1);
    await flush();
    cutOff.dispatchEvent(new Event('end'));
    expect(queue.getSnapshot()).toMatchObject({ state: 'playing', sentence: PAGE[2] });
    expect(engine.said()).toEqual(['en-CA:One.', 'en-CA:Two.']);
  });

  it('stops when something else cancels the engine', () => {
    queue.play(PAGE, 1);
    engine.current.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    expect(queue.getSnapshot()).toMatchObject({ state: 'idle', ended: 'stopped' });
  });
});

describe('moving', () => {
  it('goes by sentence, staying paused when paused', () => {
    queue.play(PAGE, 1);
    queue.skipSentence(1);
    queue.skipSentence(-1);
    queue.skipSentence(-1);
    queue.skipSentence(-1);
    expect(engine.said().slice(-1)).toEqual(['en-CA:Title']);
    queue.pause();
    queue.skipSentence(1);
    expect(queue.getSnapshot()).toMatchObject({ state: 'paused', sentence: PAGE[1] });
    expect(engine.said()).toHaveLength(5);
  });

  it("goes by section: the next heading; back to this section's heading, or from a heading to the one before", () => {
    queue.play(PAGE, 1);
    queue.skipSection(1);
    expect(queue.getSnapshot().sentence).toBe(PAGE[3]);
    queue.skipSection(1);
    expect(queue.getSnapshot().sentence).toBe(PAGE[3]);
    queue.skipSection(-1);
    expect(queue.getSnapshot().sentence).toBe(PAGE[0]);
    queue.skipSentence(1);
    queue.skipSentence(1);
    queue.skipSection(-1);
    expect(queue.getSnapshot().sentence).toBe(PAGE[0]);
  });

  it("goes by paragraph: the next one's start; back to this one's start, or from its start to the one before", () => {
    const first = {} as Element;
    const second = {} as Element;
    const text = [
      { ...sentence('One.'), block: first },
      { ...sentence('Two.'), block: first },
      { ...sentence('Three.'), block: second },
      { ...sentence('Four.'), block: second },
    ];
    queue.play(text, 1);
    queue.skipParagraph(1);
    expect(queue.getSnapshot().sentence).toBe(text[2]);
    expect(engine.said().at(-1)).toBe('en-CA:Three.');
    // Past the last paragraph's start, nothing: the reading goes on where it is.
    queue.skipParagraph(1);
    expect(queue.getSnapshot().sentence).toBe(text[2]);
    queue.skipSentence(1);
    queue.skipParagraph(-1);
    expect(queue.getSnapshot().sentence).toBe(text[2]);
    queue.skipParagraph(-1);
    expect(queue.getSnapshot().sentence).toBe(text[0]);
    queue.pause();
    queue.skipParagraph(1);
    expect(queue.getSnapshot()).toMatchObject({ state: 'paused', sentence: text[2] });
  });

  it('ends past the last sentence, and does nothing when idle', () => {
    queue.play(PAGE, 5);
    queue.skipSentence(1);
    expect(queue.getSnapshot()).toMatchObject({ state: 'idle', ended: 'stopped' });
    queue.skipSentence(1);
    queue.skipSection(1);
    queue.skipParagraph(1);
    queue.resume();
    expect(engine.said()).toEqual(['fr-CA:Quatre.']);
  });
});

describe('structure', () => {
  /** A list and a block inside it, as far as the queue looks at them. */
  const list = {
    closest: () => list,
    contains: (block: unknown) => block === item || block === list,
  } as unknown as Element;
  const item = { closest: () => list } as unknown as Element;
  const outside = { closest: () => null } as unknown as Element;
  const LISTED = [
    { ...sentence('We aim to:'), block: outside },
    { ...sentence('List, 2 items'), block: list },
    { ...sentence('first'), block: item, pauseAfter: true },
    { ...sentence('second'), block: item, pauseAfter: true },
    { ...sentence('After.'), block: outside },
  ];

  it('waits after a sentence that ends a line before the next one, longer at a slower speed', () => {
    vi.useFakeTimers();
    try {
      queue.play(LISTED, 2);
      engine.finish();
      // The highlight moves on at once; the voice waits 400 ms at 1×, here at 1.5×: 267 ms.
      expect(queue.getSnapshot().sentence).toBe(LISTED[3]);
      vi.advanceTimersByTime(260);
      expect(engine.said()).toEqual(['en-CA:first']);
      vi.advanceTimersByTime(10);
      expect(engine.said()).toEqual(['en-CA:first', 'en-CA:second']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a pause, a move or a stop during that wait is not undone by it', () => {
    vi.useFakeTimers();
    try {
      queue.play(LISTED, 2);
      engine.finish();
      queue.pause();
      vi.advanceTimersByTime(1000);
      expect(engine.said()).toEqual(['en-CA:first']);
      queue.resume();
      expect(engine.said()).toEqual(['en-CA:first', 'en-CA:second']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips a list from its announcement or its middle to what follows, and says when there is no list', () => {
    queue.play(LISTED, 0);
    expect(queue.skipList()).toBe(false);
    engine.finish();
    expect(queue.getSnapshot().sentence).toBe(LISTED[1]);
    expect(queue.skipList()).toBe(true);
    expect(queue.getSnapshot().sentence).toBe(LISTED[4]);
    queue.play(LISTED, 3);
    queue.skipList();
    expect(engine.said().at(-1)).toBe('en-CA:After.');
  });

  it('skipping the last list of the reading finishes it', () => {
    queue.play(LISTED.slice(0, 4), 2);
    expect(queue.skipList()).toBe(true);
    expect(queue.getSnapshot()).toMatchObject({ state: 'idle', ended: 'finished' });
  });
});
