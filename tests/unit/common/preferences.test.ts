import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_PREFERENCES,
  parsePreferences,
  readingPreferences,
  TEXT_SIZES,
  type TextSize,
} from '../../../common/preferences';
import { nextTextSize } from '../../../renderer/src/preferences/choices';
import { preferencesFromAddress } from '../../../common/preferences-from-address';

describe('preference payloads', () => {
  it('accept every offered value', () => {
    expect(
      parsePreferences({
        language: 'fr',
        textSize: 400,
        theme: 'contrast-dark',
        font: 'opendyslexic',
        letterSpacing: 0.12,
      }),
    ).toEqual({
      language: 'fr',
      textSize: 400,
      theme: 'contrast-dark',
      font: 'opendyslexic',
      letterSpacing: 0.12,
    });
    expect(parsePreferences({})).toEqual({});
  });

  it.each([
    ['an unknown language', { language: 'de' }],
    ['a text size not offered', { textSize: 110 }],
    ['a text size as text', { textSize: '200' }],
    ['an unknown theme', { theme: 'neon' }],
    ['an unknown key', { fontSize: 20 }],
    ['a prototype trick', JSON.parse('{"__proto__": {"textSize": 400}}') as unknown],
    ['not an object', 'textSize=200'],
    ['null', null],
    ['an array', [100]],
  ])('refuse %s', (_name, payload) => {
    expect(parsePreferences(payload)).toBeUndefined();
  });

  it('fill in a default for everything not chosen', () => {
    expect(readingPreferences({ language: 'en', textSize: 200 })).toEqual({
      ...DEFAULT_READING_PREFERENCES,
      textSize: 200,
    });
  });
});

describe('text size steps', () => {
  it('go through every offered size and stop at the ends', () => {
    const up: TextSize[] = [TEXT_SIZES[0]];
    while (up.length < TEXT_SIZES.length + 2) up.push(nextTextSize(up.at(-1) ?? 100, 1));
    expect(up).toEqual([...TEXT_SIZES, 400, 400]);
    expect(nextTextSize(100, -1)).toBe(100);
    expect(nextTextSize(250, -1)).toBe(200);
  });
});

describe('preferences from the address', () => {
  it('take valid values, numbers included (the language is `lang`, read with the initial language)', () => {
    expect(
      preferencesFromAddress('?lang=fr&theme=contrast-dark&textSize=200&font=atkinson&lineHeight=2&wordSpacing=0.16'),
    ).toEqual({
      preferences: { theme: 'contrast-dark', textSize: 200, font: 'atkinson', lineHeight: 2, wordSpacing: 0.16 },
      ignored: [],
    });
  });

  it('take the visual aids: weight, brightness, plain text, hyphenation and hidden parts', () => {
    expect(
      preferencesFromAddress(
        '?fontWeight=bold&brightness=60&plainText=true&hyphenation=true&hideTableOfContents=true&hideDocumentList=false&hideDates=true',
      ).preferences,
    ).toEqual({
      fontWeight: 'bold',
      brightness: 60,
      plainText: true,
      hyphenation: true,
      hideTableOfContents: true,
      hideDocumentList: false,
      hideDates: true,
    });
    // Dimmer than 60% would take the dark theme's links under 7:1.
    expect(preferencesFromAddress('?brightness=40&fontWeight=heavy').ignored).toHaveLength(2);
  });

  it('ignore invalid values one by one, saying which', () => {
    const { preferences, ignored } = preferencesFromAddress(
      '?theme=purple&textSize=999&textSize=&font=atkinson&motion=',
    );
    expect(preferences).toEqual({ font: 'atkinson' });
    expect(ignored).toHaveLength(4);
    expect(ignored[0]).toContain('theme=purple');
  });

  it('leave parameters that are not preferences alone', () => {
    expect(preferencesFromAddress('?doc=about-us&kiosk=1&constructor=x&__proto__=y')).toEqual({
      preferences: {},
      ignored: [],
    });
  });
});
