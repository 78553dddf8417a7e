import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../../renderer/src/i18n/format';
import { initialLanguage } from '../../../../renderer/src/preferences/initial-language';

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

describe('long dates', () => {
  it('are written as each language writes them, whatever the time zone', () => {
    expect(formatLongDate('2025-06-18', 'en')).toBe('June 18, 2025');
    expect(formatLongDate('2023-03-28', 'fr')).toBe('28 mars 2023');
    expect(formatLongDate('2023-01-01', 'fr')).toBe('1 janvier 2023');
  });
});
