import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../../../common/colors';
import { palettes } from '../../../support/palettes';

const stylesheet = (path: string) => readFileSync(new URL(`../../../../renderer/src/${path}`, import.meta.url), 'utf8');

const themes = palettes(stylesheet('styles/themes.css'));
const speech = palettes(stylesheet('speech/speech.css'));

describe('the read-aloud highlight', () => {
  it('has colours for every palette', () => {
    expect([...speech.keys()].sort()).toEqual([...themes.keys()].sort());
  });

  // The reader's own colours are held to the same by the contrast guard (tests/unit/common/colors.test.ts).
  it.each([...themes.keys()].filter((palette) => palette !== 'custom'))(
    'stands out at least 3:1 from the page, and keeps its text at least 7:1, in %s',
    (palette) => {
      const page = themes.get(palette)?.['--palette-background'] ?? '';
      const highlight = speech.get(palette)?.['--palette-speech-highlight'] ?? '';
      const text = speech.get(palette)?.['--palette-speech-highlight-text'] ?? '';
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
