import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_PREFERENCES,
  LETTER_SPACINGS,
  LINE_HEIGHTS,
  PARAGRAPH_SPACINGS,
  TEXT_SIZES,
  WORD_SPACINGS,
} from '../../../common/preferences';
import { paletteFor, readingAttributes } from '../../../common/reading-attributes';

const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/styles/reading-attributes.css'), 'utf8');

/** The custom properties each `:root[attribute='value']` rule of the stylesheet sets. */
function rule(attribute: string, value: string): Record<string, string> {
  const match = new RegExp(`:root\\[${attribute}='${value.replace('.', '\\.')}'\\]\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) return {};
  return Object.fromEntries(
    [...(match[1] ?? '').matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((found): [string, string] => [
      found[1] ?? '',
      (found[2] ?? '').trim(),
    ]),
  );
}

describe('reading attributes and their stylesheet', () => {
  it.each([
    ['data-text-size', TEXT_SIZES, '--text-scale', (value: number) => String(value / 100)],
    ['data-line-height', LINE_HEIGHTS, '--line-height', String],
    ['data-letter-spacing', LETTER_SPACINGS, '--letter-spacing', (value: number) => `${value}em`],
    ['data-word-spacing', WORD_SPACINGS, '--word-spacing', (value: number) => `${value}em`],
    ['data-paragraph-spacing', PARAGRAPH_SPACINGS, '--paragraph-spacing', (value: number) => `${value}em`],
  ] as const)('%s: every choice has its rule, setting %s', (attribute, choices, property, expected) => {
    for (const choice of choices) {
      const value =
        readingAttributes({ ...DEFAULT_READING_PREFERENCES, ...preferenceFor(attribute, choice) }, 'light')[
          attribute
        ] ?? '';
      expect(rule(attribute, value)).toEqual({ [property]: expected(choice) });
    }
  });

  it('puts every choice and the palette on attributes', () => {
    expect(readingAttributes(DEFAULT_READING_PREFERENCES, 'contrast-dark')).toEqual({
      'data-text-size': '100',
      'data-line-height': '1.5',
      'data-letter-spacing': '0',
      'data-word-spacing': '0',
      'data-paragraph-spacing': '1',
      'data-line-length': 'medium',
      'data-font': 'system',
      'data-theme': 'system',
      'data-palette': 'contrast-dark',
      'data-motion': 'system',
      'data-focus-mode': 'false',
      'data-speech-emphasis': 'background',
      'data-font-weight': 'normal',
      'data-brightness': '100',
      'data-plain-text': 'false',
      'data-hyphenation': 'false',
      'data-reading-ruler': 'off',
      'data-hide-table-of-contents': 'false',
      'data-hide-document-list': 'false',
      'data-hide-dates': 'false',
      'data-custom-text': '#1f1b16',
      'data-custom-background': '#fbf3df',
      'data-custom-link': '#153d7a',
      'data-custom-focus': '#153d7a',
      'data-custom-highlight': '#153d7a',
      'data-custom-highlight-text': '#fbf3df',
      'data-custom-scheme': 'light',
    });
  });

  it('resolves "same as my system" from what the system asks for, and keeps a chosen theme', () => {
    expect(paletteFor('system', { dark: false, highContrast: false })).toBe('light');
    expect(paletteFor('system', { dark: true, highContrast: false })).toBe('dark');
    expect(paletteFor('system', { dark: true, highContrast: true })).toBe('contrast-dark');
    expect(paletteFor('system', { dark: false, highContrast: true })).toBe('contrast-light');
    expect(paletteFor('light', { dark: true, highContrast: true })).toBe('light');
  });
});

function preferenceFor(attribute: string, value: number) {
  const key = {
    'data-text-size': 'textSize',
    'data-line-height': 'lineHeight',
    'data-letter-spacing': 'letterSpacing',
    'data-word-spacing': 'wordSpacing',
    'data-paragraph-spacing': 'paragraphSpacing',
  }[attribute];
  return key ? { [key]: value } : {};
}
