import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const stylesheet = (path: string) => readFileSync(new URL(`../../../../renderer/src/${path}`, import.meta.url), 'utf8');

/** Each palette's custom properties, from the `:root[data-palette='…']` rules of a stylesheet. */
function palettes(css: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]*data-palette[^{}]*)\{([^}]*)\}/g)) {
    const properties = Object.fromEntries(
      [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()]),
    );
    for (const [, palette = ''] of selectors.matchAll(/data-palette='([\w-]+)'/g))
      found.set(palette, { ...found.get(palette), ...properties });
  }
  return found;
}

function luminance(hex: string): number {
  const channels = (hex.replace('#', '').match(/../g) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [red = 0, green = 0, blue = 0] = channels;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const themes = palettes(stylesheet('styles/themes.css'));
const speech = palettes(stylesheet('speech/speech.css'));

describe('the read-aloud highlight', () => {
  it('has colours for every palette', () => {
    expect([...speech.keys()].sort()).toEqual([...themes.keys()].sort());
  });

  it.each([...themes.keys()])(
    'stands out at least 3:1 from the page, and keeps its text at least 7:1, in %s',
    (palette) => {
      const page = themes.get(palette)?.['--color-background'] ?? '';
      const highlight = speech.get(palette)?.['--color-speech-highlight'] ?? '';
      const text = speech.get(palette)?.['--color-speech-highlight-text'] ?? '';
      expect(contrast(highlight, page)).toBeGreaterThanOrEqual(3);
      expect(contrast(text, highlight)).toBeGreaterThanOrEqual(7);
    },
  );

  it("takes the system's selection colours in forced-colours mode", () => {
    const forced =
      /@media \(forced-colors: active\)\s*\{([\s\S]*?)\n\}/.exec(stylesheet('speech/speech.css'))?.[1] ?? '';
    expect(forced).toContain('::highlight(speech-sentence)');
    expect(forced).toMatch(/background-color:\s*Highlight;/);
    expect(forced).toMatch(/color:\s*HighlightText;/);
  });
});
