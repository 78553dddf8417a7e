import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../common/format';
import EN_MENU_STRINGS from '../../../common/locales/en/menu.json';
import FR_MENU_STRINGS from '../../../common/locales/fr/menu.json';
import { formatMenuString, menuStrings, withoutAccessKey } from '../../../main/menu/strings';

const NO_BREAK = /[\u00a0\u202f]/u;

describe('the menu string tables', () => {
  it('have exactly the same keys in English and French', () => {
    expect(Object.keys(FR_MENU_STRINGS).sort()).toEqual(Object.keys(EN_MENU_STRINGS).sort());
  });

  it.each(['en', 'fr'] as const)('has no empty label in %s', (language) => {
    for (const [key, value] of Object.entries(menuStrings(language))) expect(value.trim(), key).not.toBe('');
  });

  it.each(['en', 'fr'] as const)('uses the same placeholders in %s as in English', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, value] of Object.entries(menuStrings(language))) {
      expect(placeholders(value), key).toEqual(placeholders(EN_MENU_STRINGS[key as keyof typeof EN_MENU_STRINGS]));
    }
  });

  it('marks at most one access key per label, never at the end', () => {
    for (const table of [EN_MENU_STRINGS, FR_MENU_STRINGS]) {
      for (const [key, value] of Object.entries(table)) {
        const markers = value.replace(/&&/g, '').match(/&/g) ?? [];
        expect(markers.length, key).toBeLessThanOrEqual(1);
        expect(value.endsWith('&'), key).toBe(false);
      }
    }
  });

  it('is French, not English left untranslated, wherever the words differ', () => {
    const sameInBoth = new Set(['services', 'aboutVersion', 'ok']);
    for (const [key, value] of Object.entries(FR_MENU_STRINGS)) {
      if (sameInBoth.has(key)) continue;
      expect(value, key).not.toBe(EN_MENU_STRINGS[key as keyof typeof EN_MENU_STRINGS]);
    }
  });

  it('follows French typography: a no-break space before : ; ! ? » and after «', () => {
    for (const [key, value] of Object.entries(FR_MENU_STRINGS)) {
      for (const match of value.matchAll(/[:;!?»]/gu)) {
        expect(value[match.index - 1] ?? '', `${key}: before ${match[0]}`).toMatch(NO_BREAK);
      }
      for (const match of value.matchAll(/«/gu))
        expect(value[match.index + 1] ?? '', `${key}: after «`).toMatch(NO_BREAK);
      // Typographic apostrophes and ellipses, as in the reader's own French strings.
      expect(value, key).not.toMatch(/'|\.\.\./u);
    }
  });
});

describe('formatting helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMenuString('Version {version}', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(formatMenuString('{missing} here', {})).toBe('{missing} here');
  });

  it('writes percentages as each language does', () => {
    expect(formatPercent(150, 'en')).toBe('150%');
    expect(formatPercent(150, 'fr')).toMatch(/^150[\u00a0\u202f]%$/u);
  });

  it('removes access-key markers for use outside a menu', () => {
    expect(withoutAccessKey('À &propos de Lisible')).toBe('À propos de Lisible');
    expect(withoutAccessKey('Save && close')).toBe('Save & close');
  });
});
