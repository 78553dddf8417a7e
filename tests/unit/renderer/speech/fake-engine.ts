/**
 * A speech engine for unit tests, and the utterances it is given: it says nothing until told, and the test sends
 * each event the real one would.
 */

/** An utterance as the page builds it; the fake engine sends its events. */
export class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  volume = 1;
  constructor(readonly text: string) {
    super();
  }
}

export class FakeEngine {
  spoken: FakeUtterance[] = [];
  readonly speaking = false;
  readonly pending = false;
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    // A real engine reports the cut-off utterance as interrupted, after the fact.
    const current = this.spoken.at(-1);
    if (current)
      queueMicrotask(() => current.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' })));
  }
  get current(): FakeUtterance {
    const utterance = this.spoken.at(-1);
    if (!utterance) throw new Error('Nothing was said');
    return utterance;
  }
  finish(): void {
    this.current.dispatchEvent(new Event('end'));
  }
  word(charIndex: number, charLength = 0): void {
    this.current.dispatchEvent(Object.assign(new Event('boundary'), { name: 'word', charIndex, charLength }));
  }
  said(): string[] {
    return this.spoken.map((utterance) => `${utterance.lang}:${utterance.text}`);
  }
}

export function voice(lang: string): SpeechSynthesisVoice {
  return { name: lang, lang, voiceURI: lang, default: false, localService: true };
}
