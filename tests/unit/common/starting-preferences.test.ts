import { COLOR_PRESETS } from '../../../common/colors';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG } from '../../../common/kiosk';
import { initialLanguage, startingPreferences } from '../../../common/starting-preferences';

describe('initial language', () => {
  it('follows ?lang= above everything', () => {
    expect(initialLanguage('?lang=fr', { language: 'en' }, ['en-CA'])).toBe('fr');
    expect(initialLanguage('?lang=en', { language: 'fr' }, ['fr-CA'])).toBe('en');
  });

  it('ignores an unknown ?lang= and falls back to the saved choice', () => {
    expect(initialLanguage('?lang=de', { language: 'fr' }, ['en-CA'])).toBe('fr');
  });

  it('follows the system language on first run: fr… is French, anything else English', () => {
    expect(initialLanguage('', {}, ['fr-CA', 'en-CA'])).toBe('fr');
    expect(initialLanguage('', {}, ['FR'])).toBe('fr');
    expect(initialLanguage('', {}, ['de-DE', 'fr-CA'])).toBe('en');
    expect(initialLanguage('', {}, [])).toBe('en');
  });
});

describe('starting preferences', () => {
  const saved = { language: 'fr', theme: 'dark', textSize: 150 } as const;
  const kiosk = { ...DEFAULT_KIOSK_CONFIG, textSize: 200, theme: 'contrast-dark' } as const;

  it('start from the saved preferences, the address on top, in the initial language', () => {
    const start = startingPreferences({
      stored: saved,
      kiosk: null,
      search: '?lang=en&textSize=300',
      systemLanguages: ['fr-CA'],
    });
    expect(start).toEqual({ initial: { language: 'en', theme: 'dark', textSize: 300 }, ignored: [] });
  });

  it('follow the system language on first run, and list the address values they ignore', () => {
    const start = startingPreferences({ stored: {}, kiosk: null, search: '?theme=purple', systemLanguages: ['fr-CA'] });
    expect(start.initial).toEqual({ language: 'fr' });
    expect(start.ignored).toEqual(['Ignored ?theme=purple: not one of the accepted values']);
  });

  it('in a kiosk, ignore everything saved and start from the kiosk defaults, in English under the start screen', () => {
    const start = startingPreferences({ stored: saved, kiosk, search: '', systemLanguages: ['fr-CA'] });
    expect(start.initial).toEqual({ language: 'en', textSize: 200, theme: 'contrast-dark', brightness: 100 });
  });

  it('in a kiosk, start every reader from its own colours and brightness', () => {
    const start = startingPreferences({
      stored: saved,
      kiosk: { ...kiosk, theme: 'custom', customColors: COLOR_PRESETS.yellowOnBlue, brightness: 80 },
      search: '',
      systemLanguages: [],
    });
    expect(start.initial).toMatchObject({ theme: 'custom', customColors: COLOR_PRESETS.yellowOnBlue, brightness: 80 });
  });

  it('in a kiosk, open in its own language whatever the address asks, and take the address as its set-up', () => {
    const start = startingPreferences({
      stored: {},
      kiosk: { ...kiosk, language: 'fr' },
      search: '?lang=en&textSize=150',
      systemLanguages: ['en-CA'],
    });
    expect(start.initial).toEqual({ language: 'fr', textSize: 150, theme: 'contrast-dark', brightness: 100 });
  });
});
