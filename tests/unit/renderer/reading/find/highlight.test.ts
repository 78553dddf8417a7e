import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../../../../common/colors';
import { forcedColoursRules, palettes } from '../../../../support/palettes';

const read = (path: string) => readFileSync(new URL(`../../../../../renderer/src/${path}`, import.meta.url), 'utf8');

const findCss = read('reading/find/find.css');
const themes = palettes(read('styles/themes.css'));
const find = palettes(findCss);

describe('the find highlight', () => {
  it('has colours for every palette', () => {
    expect([...find.keys()].sort()).toEqual([...themes.keys()].sort());
  });

  // The reader's own colours are held to their minimums by the contrast guard (tests/unit/common/colors.test.ts).
  it.each([...themes.keys()].filter((palette) => palette !== 'custom'))(
    'marks matches at least 3:1 from the page, their text at least 7:1, in %s',
    (palette) => {
      const page = themes.get(palette)?.['--palette-background'] ?? '';
      const colours = find.get(palette) ?? {};
      for (const kind of ['match', 'current']) {
        const background = colours[`--palette-find-${kind}`] ?? '';
        expect(contrast(background, page), kind).toBeGreaterThanOrEqual(3);
        expect(contrast(colours[`--palette-find-${kind}-text`] ?? '', background), kind).toBeGreaterThanOrEqual(7);
      }
    },
  );

  it('tells the current match from the others by more than colour', () => {
    const current = /::highlight\(find-current\)\s*\{([^}]*)\}/.exec(findCss)?.[1] ?? '';
    expect(current).toMatch(/text-decoration:\s*underline/);
    expect(/::highlight\(find-match\)\s*\{([^}]*)\}/.exec(findCss)?.[1]).not.toMatch(/text-decoration/);
  });

  it("takes the system's mark and selection colours in forced-colours mode", () => {
    const forced = forcedColoursRules(findCss);
    expect(forced).toMatch(/::highlight\(find-match\)\s*\{\s*color:\s*MarkText;\s*background-color:\s*Mark;/);
    expect(forced).toMatch(
      /::highlight\(find-current\)\s*\{\s*color:\s*HighlightText;\s*background-color:\s*Highlight;/,
    );
  });
});
