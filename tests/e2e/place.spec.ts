/**
 * The reader's place: back where they were on reopening, where am I, the table of contents following the
 * reading, Back and Forward after jumps, and find without accents. In English and French, by keyboard and
 * pointer, in the browser build.
 */
import { expect, test, type Page } from '@playwright/test';
import { focusedText, scrollToParagraph, topOfView } from '../support/reading-place';
import { axeViolations, chooseKioskLanguage, openReader, statusMessages } from './reader';

const live = statusMessages;

/** Waits until the browser build has kept a position for the document in that language. */
async function positionKept(page: Page, language: 'en' | 'fr'): Promise<unknown> {
  const read = () =>
    page.evaluate(
      (lang) =>
        (JSON.parse(localStorage.getItem('lisible.positions') ?? '{}') as Record<string, Record<string, unknown>>)[
          'about-us'
        ]?.[lang],
      language,
    );
  await expect.poll(read).toBeDefined();
  return read();
}

const CASES = [
  {
    language: 'en',
    paragraph: 'To connect the health system to drive improved',
    restored: 'Back where you were: Our mission.',
  },
  {
    language: 'fr',
    // The third paragraph of its section: the place is a paragraph, not only a section.
    paragraph: 'Interconnecter le système de santé',
    restored: 'De retour où vous étiez\u00a0: Vision, mission et valeurs.',
  },
] as const;

for (const { language, paragraph, restored } of CASES) {
  test(`${language}: reopening returns to the same section and paragraph, at another window and text size too`, async ({
    page,
  }) => {
    await openReader(page, `?lang=${language}`);
    await scrollToParagraph(page, paragraph);
    expect(await topOfView(page)).toContain(paragraph);
    const kept = await positionKept(page, language);
    expect(kept).toMatchObject({ paragraph: expect.any(Number) });

    // Reopened as it was: the same paragraph at the top, focus on it, and the reader told where they are.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => topOfView(page)).toContain(paragraph);
    expect(await focusedText(page)).toContain(paragraph);
    await expect(live(page)).toHaveText(restored);

    // A narrower window and twice the text: the same paragraph, though it is far further down the page.
    await page.setViewportSize({ width: 640, height: 700 });
    await openReader(page, `?lang=${language}&textSize=200`);
    await expect.poll(() => topOfView(page)).toContain(paragraph);
    expect(await focusedText(page)).toContain(paragraph);
    await expect(live(page)).toHaveText(restored);
  });
}

test('each language keeps its own place, and a damaged store is set aside', async ({ page }) => {
  await openReader(page, '?lang=en');
  await scrollToParagraph(page, 'To connect the health system');
  await positionKept(page, 'en');
  await openReader(page, '?lang=fr');
  // French was never read: it opens at the top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.evaluate(() => localStorage.setItem('lisible.positions', '{"about-us":{"en":{"scrollY":900}}}'));
  await openReader(page, '?lang=en');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('lisible.positions.invalid'))).toContain('scrollY');
});

test('where am I: the shortcut announces the section and the share read, focus stays put; the status line shows it', async ({
  page,
}) => {
  await openReader(page, '?lang=en');
  const link = page.getByRole('link', { name: 'Related', exact: true });
  await link.focus();
  await scrollToParagraph(page, 'To connect the health system');
  await page.keyboard.press('Alt+Shift+W');
  await expect(live(page)).toHaveText(/^Our mission\. \d{1,3}% read\.$/);
  await expect(link).toBeFocused();

  // The status line at the foot of the window shows the same, in view while reading, and is no Tab stop.
  const footer = page.getByRole('contentinfo');
  const status = footer.getByText(/^Where you are: Our mission · \d{1,3}% read$/);
  await expect(status).toBeInViewport();
  const shown = /(\d{1,3})%/.exec((await status.textContent()) ?? '')?.[1];
  await page.keyboard.press('Alt+Shift+W');
  await expect(live(page)).toHaveText(`Our mission. ${shown}% read.`);
  await expect(footer.locator('.place-status :is(a, button, [tabindex])')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(footer.getByText('Where you are: Start of the document · 0% read', { exact: true })).toBeInViewport();

  await openReader(page, '?lang=fr');
  await scrollToParagraph(page, 'Interconnecter le système de santé');
  await page.keyboard.press('Alt+Shift+W');
  // French writes « 42 % » with a no-break space.
  await expect(live(page)).toHaveText(/^Vision, mission et valeurs\. \d{1,3}\u00a0% lu\.$/);
  await expect(
    page.getByRole('contentinfo').getByText(/^Où vous êtes\u00a0: Vision, mission et valeurs · \d{1,3}\u00a0% lu$/),
  ).toBeInViewport();
});

test('the table of contents marks the section being read, and the keyboard lands on it and moves by level', async ({
  page,
}) => {
  await openReader(page, '?lang=en');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const current = toc.locator('a[aria-current="location"]');
  await expect(current).toHaveCount(0);

  await scrollToParagraph(page, 'Together, we will be a leader');
  await expect(current).toHaveText('Our vision');
  await scrollToParagraph(page, 'To connect the health system');
  await expect(current).toHaveText('Our mission');
  await expect(current).toHaveCount(1);

  // The contents are one Tab stop, on the entry being read.
  await expect(toc.locator('a[tabindex="0"]')).toHaveText('Our mission');
  await expect(toc.locator('a[tabindex="0"]')).toHaveCount(1);
  await toc.getByRole('link', { name: 'Our mission' }).focus();

  // Up and Down stay at one level; Left goes to the parent, Right into the subsections.
  await page.keyboard.press('ArrowLeft');
  await expect(toc.getByRole('link', { name: /^Our Guiding Principles/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(toc.getByRole('link', { name: /^Our Work/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(toc.getByRole('link', { name: 'Related' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toc.getByRole('link', { name: /^Our Purpose/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(toc.getByRole('link', { name: 'Our vision' })).toBeFocused();
  // Leaving by Tab goes on to the document, not through every entry.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('nav.toc') === null)).toBe(true);
});

test('Back and Forward after contents jumps: keys, the Tools panel’s buttons and the browser’s own Back', async ({
  page,
}) => {
  await openReader(page, '?lang=en');
  await scrollToParagraph(page, 'We regularly connect and engage');
  const tools = page.getByRole('button', { name: 'Tools', exact: true });
  const back = page.getByRole('button', { name: 'Back' });
  const forward = page.getByRole('button', { name: 'Forward' });
  await tools.click();
  await expect(back).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /^Our Work/ })
    .click();
  await expect(page.getByRole('heading', { name: /^Our Work/ })).toBeFocused();

  // Alt+Left: back to the paragraph the reader was on, focus with it.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => topOfView(page)).toContain('We regularly connect and engage');
  expect(await focusedText(page)).toContain('We regularly connect and engage');
  // Alt+Right: forward to the section again.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { name: /^Our Work/ })).toBeFocused();

  // The Tools panel's buttons, by pointer.
  await tools.click();
  await expect(back).toHaveAttribute('aria-disabled', 'false');
  await back.click();
  await expect.poll(() => topOfView(page)).toContain('We regularly connect and engage');
  // Lying over the page, the panel gave way to the place it took the reader to.
  await expect(back).toBeHidden();
  await tools.click();
  await forward.click();
  await expect(page.getByRole('heading', { name: /^Our Work/ })).toBeFocused();

  // The browser's own Back takes the same step, and the address names the section.
  expect(page.url()).toMatch(/#work$/);
  await page.goBack();
  await expect.poll(() => topOfView(page)).toContain('We regularly connect and engage');
  await page.goForward();
  await expect(page.getByRole('heading', { name: /^Our Work/ })).toBeFocused();
});

test('fr: Back and Forward by keyboard from the Outils panel, three key presses away; the place jumped to is kept', async ({
  page,
}) => {
  await openReader(page, '?lang=fr');
  await scrollToParagraph(page, 'Interconnecter le système de santé');
  const entry = page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: 'Équité' });
  await entry.focus();
  await page.keyboard.press('Enter');
  const equity = page.getByRole('heading', { name: 'Équité' });
  await expect(equity).toBeFocused();

  // Up opens the panel on its last command (Rechercher); Left twice is Précédent.
  const tools = page.getByRole('button', { name: 'Outils', exact: true });
  await tools.focus();
  for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
  await expect(page.getByRole('button', { name: 'Précédent', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => topOfView(page)).toContain('Interconnecter le système de santé');
  expect(await focusedText(page)).toContain('Interconnecter le système de santé');

  // Going up to the header is not reading: Forward returns to the section jumped to, not the top of the page.
  await tools.focus();
  for (const key of ['ArrowUp', 'ArrowLeft']) await page.keyboard.press(key);
  await expect(page.getByRole('button', { name: 'Suivant', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(equity).toBeFocused();
  await expect(equity).toBeInViewport();
});

test('fr: find « equite » without accents; the count is announced; Escape leaves the reader at the match; Back returns', async ({
  page,
}) => {
  await openReader(page, '?lang=fr');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Rechercher dans le document' });
  await expect(field).toBeFocused();
  // The bar stays below the header, and the page keeps what is scrolled to, or focused, clear of both.
  const clearOfBar = () =>
    page.evaluate(() => {
      const barBottom = document.querySelector('.find-bar')?.getBoundingClientRect().bottom ?? Infinity;
      return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) >= barBottom;
    });
  expect(await clearOfBar()).toBe(true);

  await field.fill('equite');
  await expect(live(page)).toHaveText(/^1 sur (\d+)$/);
  const total = Number(/sur (\d+)/.exec((await live(page).textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(5);
  // Every match is « équité » (or « Équité ») as written: the accents were found, not typed.
  const matches = await page.evaluate(() =>
    [...(CSS.highlights.get('find-match') ?? [])].map((range) => (range as Range).toString()),
  );
  expect(matches).toHaveLength(total);
  for (const match of matches) expect(match.toLowerCase()).toBe('équité');

  // With the accents typed, the same matches.
  await field.fill('ÉQUITÉ');
  await expect(live(page)).toHaveText(`1 sur ${total}`);

  await field.press('Enter');
  await expect(live(page)).toHaveText(`2 sur ${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(live(page)).toHaveText(`${total} sur ${total}`);
  expect(await clearOfBar()).toBe(true);
  const current = await page.evaluate(
    () => [...(CSS.highlights.get('find-current') ?? [])].map((range) => (range as Range).toString())[0],
  );
  expect(current?.toLowerCase()).toBe('équité');

  // Escape: the field closes, focus is on the paragraph of the match, and the match is selected.
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  expect((await page.evaluate(() => window.getSelection()?.toString()))?.toLowerCase()).toBe('équité');
  expect(await page.evaluate(() => document.activeElement?.textContent.toLowerCase().includes('équité'))).toBe(true);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  // The find was a jump: Back returns to the top, where it began.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

for (const { language, word, close } of [
  { language: 'en', word: 'health', close: 'Close find' },
  { language: 'fr', word: 'sante', close: 'Fermer la recherche' },
] as const) {
  test(`${language}, 400% text: the find bar gives way to the matches, and all of it can be reached`, async ({
    page,
  }) => {
    await openReader(page, `?lang=${language}&textSize=400`);
    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox');
    await field.fill(word);
    await expect(live(page)).toHaveText(/^1 (of|sur) \d+$/);
    await field.press('Enter');
    await field.press('Enter');
    await expect(live(page)).toHaveText(/^3 (of|sur) \d+$/);
    // The current match is on screen, and what is drawn at its middle is the document, not the bar over it.
    const shown = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('find-current') ?? [])][0] as Range | undefined;
      const box = range?.getBoundingClientRect();
      if (!box) return 'no current match';
      const atMiddle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!atMiddle) return 'the match is off screen';
      return atMiddle.closest('.find-bar') ? 'under the find bar' : atMiddle.closest('article') ? 'shown' : 'elsewhere';
    });
    expect(shown).toBe('shown');
    // The bar's last button can be scrolled to and used.
    const closeFind = page.getByRole('button', { name: close, exact: true });
    await closeFind.scrollIntoViewIfNeeded();
    await expect(closeFind).toBeInViewport({ ratio: 1 });
    await closeFind.click();
    await expect(field).toHaveCount(0);
  });
}

test('en: find ignores case, says when nothing matches, and Escape with no match returns focus', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.getByRole('button', { name: 'Tools', exact: true }).click();
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  const field = page.getByRole('searchbox', { name: 'Find in the document' });
  await expect(field).toBeFocused();
  await field.fill('ONTARIO HEALTH');
  await expect(live(page)).toHaveText(/^1 of \d+$/);
  await field.fill('zzzz');
  await expect(live(page)).toHaveText('No matches');
  await field.press('Escape');
  // The Find button was in the Tools panel, which gave way to the field: focus returns to Tools.
  await expect(page.getByRole('button', { name: 'Tools', exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Find', exact: true })).toBeHidden();
});

for (const [language, theme] of [
  ['en', 'light'],
  ['fr', 'contrast-dark'],
] as const) {
  test(`${language}, ${theme}: axe finds nothing with the find field open and matches shown`, async ({ page }) => {
    await openReader(page, `?lang=${language}&theme=${theme}`);
    await page.keyboard.press('Control+f');
    await page.keyboard.type(language === 'en' ? 'health' : 'sante');
    await expect(live(page)).toHaveText(/^1 (of|sur) \d+$/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('kiosk: no place is written, and the next reader starts at the top', async ({ page }) => {
  await page.goto('./?kiosk=1');
  await chooseKioskLanguage(page, 'en');
  await scrollToParagraph(page, 'To connect the health system');
  // At the kiosk's large text the contents wait, folded, above the text.
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('button', { name: 'On this page' }).click();
  await toc.getByRole('link', { name: 'Related' }).click();
  await expect(page.getByRole('heading', { name: 'Related' })).toBeFocused();
  // Longer than the pause after which a desktop or browser reader's place is kept.
  await page.waitForTimeout(1_000);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lisible.positions'))),
  ).toEqual([]);
  // The next reader starts at the top, with nothing to go back to.
  await page.reload();
  await chooseKioskLanguage(page, 'en');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
