import * as fontkit from 'fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every character a French reader can be shown: the French content and the French interface strings. */
const FRENCH_STRINGS = 'common/locales/fr';
const frenchText = [
  readFileSync('content/about-us.fr.md', 'utf8'),
  ...readdirSync(FRENCH_STRINGS).map((file) => readFileSync(join(FRENCH_STRINGS, file), 'utf8')),
].join('');
// Code points, not graphemes: a font's coverage is per code point.
const REQUIRED = Array.from(new Set(Array.from(frenchText + 'éèêëàâçîïôûùüÿœæÉÈÊÀÇŒÆ«»’'))).filter(
  (char) => char >= ' ',
);

/** The space characters a bundled font may lack: the browser then takes them from the next font in the stack. */
const SPACES = new Set(['\u00a0', '\u202f']);

/** The code points a bundled family covers, across its subset files (latin, latin-ext) at a weight. */
function coverage(family: string, weight: number): Set<number> {
  const dir = join('node_modules/@fontsource', family, 'files');
  const covered = new Set<number>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(`-${weight}-normal.woff`))) {
    const font = fontkit.create(readFileSync(join(dir, file)));
    if (!('characterSet' in font)) continue;
    for (const codePoint of font.characterSet) covered.add(codePoint);
  }
  return covered;
}

describe.each([
  ['atkinson-hyperlegible', ['\u202f']],
  ['opendyslexic', ['\u00a0']],
])('the bundled %s font', (family, lackingSpaces) => {
  it.each([400, 700])('has a glyph for every French character at weight %i', (weight) => {
    const covered = coverage(family, weight);
    const missing = REQUIRED.filter((char) => !covered.has(char.codePointAt(0) ?? 0));
    // Only known no-break spaces may come from the fallback font; any letter or punctuation missing fails.
    expect(missing.filter((char) => !SPACES.has(char))).toEqual([]);
    expect(missing).toEqual(lackingSpaces);
  });
});
