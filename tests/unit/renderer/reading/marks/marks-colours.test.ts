import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast, dimmedContrastRatio } from '../../../../../common/colors';
import { BRIGHTNESSES } from '../../../../../common/preferences';
import { HIGHLIGHT_CATEGORIES } from '../../../../../common/marks';
import { forcedColoursRules, palettes } from '../../../../support/palettes';

const read = (path: string) => readFileSync(new URL(`../../../../../renderer/src/${path}`, import.meta.url), 'utf8');

const marksCss = read('reading/marks/marks.css');
const aids = read('visual-aids/visual-aids.css');
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

  it('are dimmed with the rest of the page: the text only ever takes the dimmed colours', () => {
    const dimming = /@media screen and \(not \(forced-colors: active\)\) \{([\s\S]*?)\n\}/.exec(aids)?.[1] ?? '';
    for (const kind of ['text', ...KINDS]) {
      expect(aids).toContain(`--color-mark-${kind}: var(--palette-mark-${kind});`);
      expect(dimming).toContain(`--color-mark-${kind}: color(\n      from var(--palette-mark-${kind}) xyz-d65`);
    }
    expect(marksCss).not.toMatch(/var\(--palette-mark-/);
  });

  it.each([...themes.keys()].filter((palette) => palette !== 'custom'))(
    'stand at least 3:1 from the page, their text at least 7:1, at every brightness, in %s',
    (palette) => {
      const page = themes.get(palette)?.['--palette-background'] ?? '';
      const colours = marks.get(palette) ?? {};
      for (const brightness of BRIGHTNESSES.map((value) => value / 100)) {
        for (const kind of KINDS) {
          const background = colours[`--palette-mark-${kind}`] ?? '';
          expect(dimmedContrastRatio(background, page, brightness), `${kind} at ${brightness}`).toBeGreaterThanOrEqual(
            3,
          );
          expect(
            dimmedContrastRatio(colours['--palette-mark-text'] ?? '', background, brightness),
            `${kind} at ${brightness}`,
          ).toBeGreaterThanOrEqual(7);
        }
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
