import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimmedContrastRatio, ENHANCED_RATIO } from '../../../../common/colors';
import { BRIGHTNESSES } from '../../../../common/preferences';

const stylesheet = (path: string) => readFileSync(new URL(`../../../../renderer/src/${path}`, import.meta.url), 'utf8');
const themes = stylesheet('styles/themes.css');
const aids = stylesheet('visual-aids/visual-aids.css');

/** The `--palette-*` colours of each built-in palette (custom reads the reader's own, which the guard checks). */
function palettes(): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const [, palette = '', body = ''] of themes.matchAll(/:root\[data-palette='([\w-]+)'\]\s*\{([^}]*)\}/g)) {
    const colors = [...body.matchAll(/--palette-([\w-]+):\s*(#[0-9a-f]{6});/g)];
    if (colors.length > 0)
      found.set(palette, Object.fromEntries(colors.map(([, name = '', value = '']) => [name, value])));
  }
  return found;
}

describe('dimming', () => {
  it('has a rule for every brightness offered', () => {
    for (const brightness of BRIGHTNESSES.filter((value) => value !== 100)) {
      expect(aids).toContain(`:root[data-brightness='${brightness}'] {\n  --brightness: ${brightness / 100};\n}`);
    }
  });

  it('dims every colour the page uses, and none under forced colours', () => {
    const dimming = /@media screen and \(not \(forced-colors: active\)\) \{([\s\S]*?)\n\}/.exec(aids)?.[1] ?? '';
    for (const name of ['text', 'background', 'surface', 'link', 'focus', 'border', 'speech-highlight']) {
      expect(dimming).toContain(`--color-${name}: color(\n      from var(--palette-${name}) xyz-d65`);
    }
  });

  it.each([...palettes()])(
    'keeps %s’s text, links and focus ring at 7:1 or more at every brightness',
    (_name, palette) => {
      for (const brightness of BRIGHTNESSES) {
        for (const foreground of [palette.text, palette.link, palette.focus]) {
          expect(
            dimmedContrastRatio(foreground ?? '', palette.background ?? '', brightness / 100),
          ).toBeGreaterThanOrEqual(ENHANCED_RATIO);
        }
      }
    },
  );
});
