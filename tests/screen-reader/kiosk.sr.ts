/** The kiosk with Orca: the bilingual start screen. */
import { expect, skipWithoutScreenReader, test } from './fixtures';
import { TITLE, literal } from './reader-words';

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

// Pending: the load race, on the kiosk only. The reader's pages arrive drawn, but the kiosk's start screen is
// drawn by the page's script after load; Orca then handles Chromium's busy/not-busy pair out of order, believes
// the page is still loading ("Finished loading Lisible.", then "Loading. Please wait."), and when the reader's
// screen replaces the start screen it moves its focus to the heading without a word ("Notify: False", "WEB:
// Ignoring because document content is being loaded" in its log).
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
