/**
 * The voices installed for each language, and the one to use. Engines list voices late (Chromium asks
 * speech-dispatcher after the page loads) and sometimes never, so the list is a store that fills in.
 */
import { listenerStore } from '../shared/listener-store';

/** The language's primary subtag: "fr" for "fr-CA", "fr_CA" or "FR". */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function normalisedTag(tag: string): string {
  return tag.toLowerCase().replace(/_/g, '-');
}

/**
 * The regional variants to prefer, best first: the region the passage names, if any, then the Canadian one,
 * the language without a region, and the most widespread one.
 */
function preferredTags(language: string): string[] {
  const base = baseLanguage(language);
  const named = normalisedTag(language);
  const usual = [`${base}-ca`, base, base === 'fr' ? 'fr-fr' : `${base}-us`];
  return named === base ? usual : [named, ...usual.filter((tag) => tag !== named)];
}

function rank(voice: SpeechSynthesisVoice, tags: string[]): number {
  const place = tags.indexOf(normalisedTag(voice.lang));
  return (place === -1 ? tags.length : place) * 4 + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
}

/** The voices that speak a language, best suited first (Canadian, then the engine's default, then local ones). */
export function voicesFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice[] {
  const base = baseLanguage(language);
  const tags = preferredTags(language);
  return voices
    .filter((voice) => baseLanguage(voice.lang) === base)
    .map((voice, order) => ({ voice, order, rank: rank(voice, tags) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ voice }) => voice);
}

/** A voice as the voice picker names it: its name, then its language tag, which not every name gives. */
export function voiceLabel(voice: SpeechSynthesisVoice): string {
  return `${voice.name} (${voice.lang})`;
}

/** The voice for a passage: the reader's choice if it speaks the passage's language, else the best one. */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
  chosenUri: string | undefined,
): SpeechSynthesisVoice | undefined {
  const candidates = voicesFor(voices, language);
  return candidates.find((voice) => voice.voiceURI === chosenUri) ?? candidates[0];
}

// --- The installed voices, as a store React can subscribe to ----------------------------------------------

/** How long to wait for an engine that has not listed its voices yet before saying there are none. */
const VOICES_TIMEOUT_MS = 15_000;

const synthesis = (): SpeechSynthesis | undefined =>
  typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

const voiceChanges = listenerStore();
/** The voices as last listed; undefined until something first asks, when the engine starts being listened to. */
let cached: readonly SpeechSynthesisVoice[] | undefined;

export function installedVoices(): readonly SpeechSynthesisVoice[] {
  if (cached === undefined) {
    cached = synthesis()?.getVoices() ?? [];
    synthesis()?.addEventListener('voiceschanged', refresh);
  }
  return cached;
}

function refresh(): void {
  const previous = installedVoices();
  const voices = synthesis()?.getVoices() ?? [];
  if (voices.length === previous.length && voices.every((voice, index) => voice === previous[index])) return;
  cached = voices;
  voiceChanges.notify();
}

export function subscribeToVoices(listener: () => void): () => void {
  installedVoices();
  return voiceChanges.subscribe(listener);
}

/** The installed voices once the engine has listed them, or none if it has not after a while. */
export function whenVoicesListed(): Promise<readonly SpeechSynthesisVoice[]> {
  refresh();
  const listed = installedVoices();
  if (listed.length > 0 || !synthesis()) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const timer = setTimeout(done, VOICES_TIMEOUT_MS);
    const unsubscribe = subscribeToVoices(() => {
      if (installedVoices().length > 0) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve(installedVoices());
    }
  });
}
