/** Reading the document with Orca: loading the page, moving by skip link, headings and landmarks, and a say-all. */
import { normaliseText, seedLines, seedTitle } from '../support/seed-text';
import { expect, skipWithoutScreenReader, test } from './fixtures';
import type { Utterance } from './orca-log';
import { PAGE_SUMMARY } from './reader-session';
import { CONTENTS, FIRST_SECTIONS, LANGUAGES, SKIP_LINK, TITLE, UPDATED, literal } from './reader-words';

skipWithoutScreenReader();

/** Orca's say-all reads list items with a bullet; the seed's lines have none. */
const spoken = (utterance: Utterance) => normaliseText(utterance.text.replace(/^•\s*/, ''));

for (const lang of LANGUAGES) {
  test.describe(lang, () => {
    // The page arrives drawn (pre-rendered at build time), so it has finished loading when Orca says it has.
    test('page load: the announcement names the document, then counts its landmarks and headings', async ({
      openReader,
    }) => {
      const reader = await openReader(`?lang=${lang}`);
      const texts = reader.heard(reader.start).map((utterance) => utterance.text);
      const finished = texts.indexOf(`Finished loading ${TITLE[lang]} — Lisible.`);
      const summary = texts.findIndex((text) => PAGE_SUMMARY.test(text));
      expect(finished, 'Orca names the document when it has loaded').toBeGreaterThanOrEqual(0);
      expect(summary, 'then summarises it').toBeGreaterThan(finished);
      expect(texts[summary]).toMatch(/^Page has [1-9]\d* landmarks, [1-9]\d* headings/);
      expect(
        texts.filter((text) => /\bblank\b/i.test(text)),
        'a listener never hears "blank"',
      ).toEqual([]);
      expect(
        texts.slice(finished).filter((text) => /^Loading\b/.test(text)),
        'nothing is loading once it finished',
      ).toEqual([]);
    });

    // The headings take focus (the skip link and the table of contents move focus to them), and Orca calls a
    // focusable element "clickable" when Chromium gives it the action "clickAncestor", as it would to everything
    // below React's root, which listens for clicks (renderer/src/shared/quiet-root.ts).
    test('headings are announced as headings, not as clickable', async ({ openReader }) => {
      const reader = await openReader(`?lang=${lang}`);
      await reader.tabTo(literal(SKIP_LINK[lang]));
      await reader.press('Return');
      expect((await reader.hears(literal(TITLE[lang]))).text).not.toMatch(/clickable/);
      await reader.press('h');
      expect((await reader.hears(literal(FIRST_SECTIONS[lang][0]))).text).not.toMatch(/clickable/);
    });

    test('skip link, then headings (h, Shift+H) and landmarks (m) land where they say', async ({ openReader }) => {
      const reader = await openReader(`?lang=${lang}`);
      const skip = await reader.tabTo(literal(SKIP_LINK[lang]));
      expect(skip.language).toBe(lang);
      await reader.hearsText(/\blink\b/);

      await reader.press('Return');
      const title = await reader.hears(literal(TITLE[lang]));
      expect(title.text).toMatch(new RegExp(`^${literal(TITLE[lang]).source} heading level 1\\b`));
      expect(title.language).toBe(lang);

      await reader.press('h');
      const first = await reader.hears(literal(FIRST_SECTIONS[lang][0]));
      expect(first.text).toMatch(/heading level 2\b/);
      await reader.press('h');
      expect((await reader.hears(literal(FIRST_SECTIONS[lang][1]))).text).toMatch(/heading level 2\b/);
      await reader.press('shift+h');
      expect((await reader.hears(literal(FIRST_SECTIONS[lang][0]))).language).toBe(lang);

      // Orca's landmark keys (m, Shift+M) from the main content: the contents beside the text, the footer, then
      // back to the contents and the main content.
      await reader.press('m');
      await reader.hears(literal(CONTENTS[lang]));
      await reader.press('m');
      await reader.hears(UPDATED[lang]);
      await reader.press('shift+m');
      await reader.hears(literal(CONTENTS[lang]));
      await reader.press('shift+m');
      await reader.hears(literal(TITLE[lang]));
    });

    test('say-all from the top of the document speaks every seed sentence, each in its own language', async ({
      openReader,
    }) => {
      test.setTimeout(150_000);
      const reader = await openReader(`?lang=${lang}`);
      await reader.tabTo(literal(SKIP_LINK[lang]));
      await reader.press('Return');
      await reader.hears(literal(TITLE[lang]));
      await reader.settle();
      // Orca's say-all in the desktop layout: the numeric keypad's plus.
      await reader.press('KP_Add');
      const lines = [seedTitle(lang), ...seedLines(lang)];
      const last = lines.at(-1) ?? '';
      await reader.hears(
        (utterance) =>
          utterance.sayAll &&
          normaliseText(last).endsWith(spoken(utterance)) &&
          spoken(utterance).length > 0 &&
          normaliseText(last).includes(spoken(utterance)),
        { timeoutMs: 120_000 },
      );

      const pieces = reader.heard().filter((utterance) => utterance.sayAll);
      const all = pieces.map(spoken).join(' ');
      const missing = lines.filter(
        (line) => !line.split(/(?<=[.!?;:])\s+/).every((sentence) => all.includes(sentence)),
      );
      expect(missing, 'seed lines the say-all did not speak').toEqual([]);
      const wrongLanguage = pieces
        .filter((piece) => lines.some((line) => line.includes(spoken(piece)) && spoken(piece).length > 20))
        .filter((piece) => piece.language !== lang)
        .map((piece) => `${piece.language ?? 'none'}: ${piece.text}`);
      expect(wrongLanguage, `seed sentences spoken in a language other than ${lang}`).toEqual([]);
    });
  });
}
