import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../../../../common/colors';
import { HIGHLIGHT_CATEGORIES } from '../../../../../common/marks';
import { forcedColoursRules, palettes } from '../../../../support/palettes';

const read = (path: string) => readFileSync(new URL(`../../../../../renderer/src/${path}`, import.meta.url), 'utf8');

const marksCss = read('reading/marks/marks.css');
const themes = palettes(read('styles/themes.css'));
const marks = palettes(marksCss);
const KINDS = [...HIGHLIGHT_CATEGORIES, 'note'];

describe('the colours of highlights and notes', () => {
  it('are given for every palette', () => {
    expect([...marks.keys()].sort()).toEqual([...themes.keys()].sort());
  });

  // The reader's own colours are held to their minimums by the contrast guard (tests/unit/common/colors.test.ts).
  it.each([...themes.keys()].filter((palette) => palette !== 'custom'))(
    'stand at least 3:1 from the page, their text at least 7:1, in %s',
    (palette) => {
      const page = themes.get(palette)?.['--palette-background'] ?? '';
      const colours = marks.get(palette) ?? {};
      for (const kind of KINDS) {
        const background = colours[`--palette-mark-${kind}`] ?? '';
        expect(contrast(background, page), kind).toBeGreaterThanOrEqual(3);
        expect(contrast(colours['--palette-mark-text'] ?? '', background), kind).toBeGreaterThanOrEqual(7);
      }
    },
  );

  it('tell each category by its own underline, not by colour alone', () => {
    const styles = KINDS.map(
      (kind) => new RegExp(`mark\\.mark-${kind}\\s*\\{[^}]*text-decoration-style:\\s*(\\w+)`).exec(marksCss)?.[1],
    );
    expect(styles.every(Boolean)).toBe(true);
    expect(new Set(styles).size).toBe(KINDS.length);
  });

  it("take the system's mark colours in forced-colours mode", () => {
    expect(forcedColoursRules(marksCss)).toMatch(
      /mark\.reader-mark\s*\{\s*color:\s*MarkText;\s*background-color:\s*Mark;/,
    );
  });
});
