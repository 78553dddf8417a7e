import { describe, expect, it } from 'vitest';
import { baseLanguage, chooseVoice, voicesFor } from '../../../../renderer/src/speech/voices';

function voice(
  name: string,
  lang: string,
  options: { default?: boolean; localService?: boolean } = {},
): SpeechSynthesisVoice {
  return {
    name,
    lang,
    voiceURI: `uri:${name}`,
    default: options.default ?? false,
    localService: options.localService ?? true,
  };
}

const INSTALLED = [
  voice('English (America)', 'en-US'),
  voice('English (Great Britain)', 'en-GB'),
  voice('French (France)', 'fr-FR'),
  voice('French (Switzerland)', 'fr-CH'),
  voice('Chantal', 'fr_CA', { localService: false }),
  voice('Clara', 'en-CA'),
  voice('Deutsch', 'de-DE', { default: true }),
];

const names = (voices: SpeechSynthesisVoice[]) => voices.map((candidate) => candidate.name);

describe('voices for a language', () => {
  it('are those of the language only, the Canadian one first, then the widespread one', () => {
    expect(names(voicesFor(INSTALLED, 'fr'))).toEqual(['Chantal', 'French (France)', 'French (Switzerland)']);
    expect(names(voicesFor(INSTALLED, 'en'))).toEqual(['Clara', 'English (America)', 'English (Great Britain)']);
  });

  it('put first the region a passage names', () => {
    expect(voicesFor(INSTALLED, 'en-GB')[0]?.name).toBe('English (Great Britain)');
    expect(voicesFor(INSTALLED, 'fr-CH')[0]?.name).toBe('French (Switzerland)');
  });

  it("prefer a voice without a region to a foreign region, and the engine's default among equals", () => {
    const voices = [
      voice('Belgian', 'fr-BE'),
      voice('Plain', 'fr'),
      voice('Default Belgian', 'fr-BE', { default: true }),
    ];
    expect(names(voicesFor(voices, 'fr'))).toEqual(['Plain', 'Default Belgian', 'Belgian']);
  });

  it('are none where none is installed', () => {
    expect(voicesFor(INSTALLED, 'es')).toEqual([]);
    expect(chooseVoice(INSTALLED, 'es', undefined)).toBeUndefined();
  });
});

describe('the voice for a passage', () => {
  it("is the reader's choice when it speaks the passage's language", () => {
    expect(chooseVoice(INSTALLED, 'fr', 'uri:French (Switzerland)')?.name).toBe('French (Switzerland)');
  });

  it('is the best one for the language when the choice speaks another (or is no longer installed)', () => {
    expect(chooseVoice(INSTALLED, 'en', 'uri:French (Switzerland)')?.name).toBe('Clara');
    expect(chooseVoice(INSTALLED, 'fr', 'uri:Uninstalled')?.name).toBe('Chantal');
  });
});

describe('language tags', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['fr_CA', 'fr'],
    ['EN', 'en'],
    ['en-GB-x-rp', 'en'],
  ])('%s is %s', (tag, base) => {
    expect(baseLanguage(tag)).toBe(base);
  });
});
