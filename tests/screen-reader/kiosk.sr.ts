/** The kiosk with Orca: the bilingual start screen. */
import { expect, skipWithoutScreenReader, test } from './fixtures';
import { FIRST_SECTIONS, IDLE_WARNING, TITLE, literal } from './reader-words';

skipWithoutScreenReader();

const CHOICES = [
  ['en', 'English'],
  ['fr', 'Français'],
] as const;

test('kiosk start screen: both languages are offered, each named in its own language', async ({ openReader }) => {
  const reader = await openReader('?kiosk=1');
  for (const [lang, name] of CHOICES) {
    const choice = await reader.tabTo(new RegExp(`^${name}\\b`), 3);
    expect(choice.language, `the language Orca gives "${name}"`).toBe(lang);
    await reader.hearsText(/push button/);
  }
});

// The start screen arrives drawn, as the reader's pages do (renderer/src/prerender.tsx). When the page's script
// drew it after load, Orca handled Chromium's busy/not-busy pair out of order, believed the page was still loading
// ("Finished loading Lisible.", then "Loading. Please wait.") and, when the reader replaced the start screen, moved
// to the heading without a word.
test('kiosk start screen: each language opens the reader in that language, its heading announced', async ({
  openReader,
}) => {
  for (const [lang, name] of CHOICES) {
    const reader = await openReader('?kiosk=1');
    await reader.tabTo(new RegExp(`^${name}\\b`), 3);
    await reader.press('Return');
    const heading = await reader.hears(literal(TITLE[lang]));
    expect(heading.text).toMatch(/heading level 1\b/);
    expect(heading.language).toBe(lang);
    await reader.close();
  }
});

// With the start screen drawn after load, Orca could ignore the page for good ("Loading. Please wait.") and say
// nothing of the warning.
for (const [lang, name] of CHOICES) {
  test(`kiosk idle warning (${lang}): announced as it takes focus, and Keep reading from the keyboard keeps the reader`, async ({
    openReader,
  }) => {
    // The shortest idle times a kiosk's configuration allows: 30 seconds, then a 20-second warning.
    test.setTimeout(120_000);
    const reader = await openReader('?kiosk=1&idleTimeoutSeconds=30&warningSeconds=20');
    await reader.tabTo(new RegExp(`^${name}\\b`), 3);
    await reader.press('Return');
    const words = IDLE_WARNING[lang];
    // Thirty seconds without a key: the warning takes focus, and Orca reads it whole, as it reads an alert (its
    // title, what will happen, the one action) with no key pressed.
    const warning = await reader.hears(literal(words.title), { timeoutMs: 50_000 });
    expect(warning.language).toBe(lang);
    await reader.hearsText(new RegExp(`${literal(words.title).source}.*${literal(words.body).source}`));
    await reader.hearsText(
      new RegExp(`${literal(words.body).source}.*${literal(words.keepReading).source}.*push button`),
    );
    await reader.settle();

    await reader.press('Return');
    await reader.settle();
    // Still the reader, not the start screen: the next heading is the document's.
    await reader.press('h');
    const heading = await reader.hears(
      new RegExp(`${literal(TITLE[lang]).source}|${literal(FIRST_SECTIONS[lang][0]).source}`),
    );
    expect(heading.text).toMatch(/heading level [12]\b/);
    expect(heading.language).toBe(lang);
  });
}
