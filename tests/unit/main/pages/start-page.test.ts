import { COLOR_PRESETS } from '../../../../common/colors';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG } from '../../../../common/kiosk';
import { DEFAULT_READING_PREFERENCES } from '../../../../common/preferences';
import { startPageHtml, startPagePath, startPageSettings } from '../../../../main/pages/start-page';

const PAGE = `<!doctype html>
<html lang="fr">
  <head><title>À propos de nous — Lisible</title><script src="../../early.js"></script></head>
  <body>
    <div id="root" data-prerendered="fr about-us"><main><h1>À propos de nous</h1></main><div class="x"></div></div>
  </body>
</html>`;

const attributesOf = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...(/<html ([^>]*)>/.exec(html)?.[1]?.matchAll(/([\w-]+)="([^"]*)"/g) ?? [])].map((match): [string, string] => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  );

describe('the desktop start page', () => {
  it('opens on the pre-rendered page of the first document in the reader’s language, or on a kiosk’s start screen', () => {
    const manifest = { startDocument: 'about-us' };
    const settings = { reading: DEFAULT_READING_PREFERENCES, palette: 'light' } as const;
    expect(startPagePath({ ...settings, language: 'fr', screen: 'reader' }, manifest)).toBe('fr/about-us/index.html');
    expect(startPagePath({ ...settings, language: 'en', screen: 'kiosk-start' }, manifest)).toBe('kiosk/index.html');
    expect(startPagePath({ ...settings, language: 'fr', screen: 'kiosk-reader' }, manifest)).toBe(
      'fr/about-us/index.html',
    );
  });

  it('carries the reader’s language, sizes, spacings, font, theme and palette on <html>, and keeps the content', () => {
    const html = startPageHtml(PAGE, {
      language: 'fr',
      reading: {
        ...DEFAULT_READING_PREFERENCES,
        textSize: 300,
        lineHeight: 2,
        font: 'opendyslexic',
        theme: 'system',
        motion: 'reduce',
        focusMode: true,
        customColors: COLOR_PRESETS.night,
        fontWeight: 'bold',
        speechEmphasis: 'underline',
        brightness: 70,
        hideDates: true,
      },
      palette: 'contrast-dark',
      screen: 'reader',
    });
    expect(attributesOf(html)).toEqual({
      lang: 'fr',
      'data-text-size': '300',
      'data-line-height': '2',
      'data-letter-spacing': '0',
      'data-word-spacing': '0',
      'data-paragraph-spacing': '1',
      'data-line-length': 'medium',
      'data-font': 'opendyslexic',
      'data-theme': 'system',
      'data-palette': 'contrast-dark',
      'data-motion': 'reduce',
      'data-focus-mode': 'true',
      'data-speech-emphasis': 'underline',
      'data-font-weight': 'bold',
      'data-brightness': '70',
      'data-plain-text': 'false',
      'data-hyphenation': 'false',
      'data-reading-ruler': 'off',
      'data-hide-table-of-contents': 'false',
      'data-hide-document-list': 'false',
      'data-hide-dates': 'true',
      'data-custom-text': '#e8dcc4',
      'data-custom-background': '#1b1a17',
      'data-custom-link': '#9fc3ff',
      'data-custom-focus': '#f0c674',
      'data-custom-highlight': '#f0c674',
      'data-custom-highlight-text': '#1b1a17',
      'data-custom-scheme': 'dark',
    });
    expect(html).toContain('<main><h1>À propos de nous</h1></main>');
    expect(html.replace(/<html [^>]*>/, '')).toBe(PAGE.replace(/<html [^>]*>/, ''));
  });

  it('leaves the pre-rendered reader out of the page of a kiosk set to one language, and marks it a kiosk', () => {
    const html = startPageHtml(PAGE, {
      language: 'en',
      reading: { ...DEFAULT_READING_PREFERENCES, textSize: 150 },
      palette: 'light',
      screen: 'kiosk-reader',
    });
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('<h1>');
    expect(attributesOf(html)).toMatchObject({ lang: 'en', 'data-kiosk': 'true', 'data-text-size': '150' });
    expect(html).toContain('</body>');
  });

  it('keeps the drawn start screen of a kiosk that asks each visitor their language, and marks it a kiosk', () => {
    const startScreen = PAGE.replace(/<main>.*<\/main>/, '<main class="start-screen"><h2>Welcome</h2></main>');
    const html = startPageHtml(startScreen, {
      language: 'en',
      reading: { ...DEFAULT_READING_PREFERENCES, textSize: 150 },
      palette: 'light',
      screen: 'kiosk-start',
    });
    expect(html).toContain('<main class="start-screen"><h2>Welcome</h2></main>');
    expect(attributesOf(html)).toMatchObject({ lang: 'en', 'data-kiosk': 'true', 'data-text-size': '150' });
  });

  it('shows what the reader saved, from the saved preferences alone', () => {
    const settings = startPageSettings({
      stored: { language: 'fr', textSize: 200, theme: 'dark', focusMode: true },
      kiosk: null,
      systemLanguages: ['en-CA'],
      system: { dark: false, highContrast: false },
    });
    expect(settings).toEqual({
      language: 'fr',
      reading: { ...DEFAULT_READING_PREFERENCES, textSize: 200, theme: 'dark', focusMode: true },
      palette: 'dark',
      screen: 'reader',
    });
    expect(attributesOf(startPageHtml(PAGE, settings))).toMatchObject({
      lang: 'fr',
      'data-text-size': '200',
      'data-palette': 'dark',
      'data-focus-mode': 'true',
    });
  });

  it('with nothing saved, follows the system: its language, dark mode and more contrast', () => {
    expect(
      startPageSettings({
        stored: {},
        kiosk: null,
        systemLanguages: ['fr-CA', 'en-CA'],
        system: { dark: true, highContrast: true },
      }),
    ).toEqual({ language: 'fr', reading: DEFAULT_READING_PREFERENCES, palette: 'contrast-dark', screen: 'reader' });
  });

  it('a kiosk starts from its own defaults, whatever was saved', () => {
    const settings = startPageSettings({
      // main never reads a kiosk's saved preferences; even given some, the kiosk's defaults win.
      stored: { language: 'fr', textSize: 300, theme: 'dark' },
      kiosk: { ...DEFAULT_KIOSK_CONFIG, language: 'ask', textSize: 150, theme: 'contrast-light' },
      systemLanguages: ['fr-CA'],
      system: { dark: true, highContrast: false },
    });
    expect(settings).toMatchObject({ language: 'en', palette: 'contrast-light', screen: 'kiosk-start' });
    expect(settings.reading).toMatchObject({ textSize: 150, theme: 'contrast-light' });
    expect(
      startPageSettings({
        stored: {},
        kiosk: { ...DEFAULT_KIOSK_CONFIG, language: 'fr' },
        systemLanguages: ['en-CA'],
        system: { dark: false, highContrast: false },
      }),
    ).toMatchObject({ language: 'fr', screen: 'kiosk-reader' });
  });

  it('refuses a page that is not one the build wrote', () => {
    expect(() =>
      startPageHtml('<p>hello</p>', {
        language: 'en',
        reading: DEFAULT_READING_PREFERENCES,
        palette: 'light',
        screen: 'reader',
      }),
    ).toThrow();
  });
});
