import { expect, test } from '@playwright/test';
import { languageToggle, openReader, TITLES } from './reader';

test('switching language swaps content, interface, html lang, title, focus and announces it', async ({ page }) => {
  await openReader(page, '?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(`${TITLES.en} — Lisible`);

  const toggle = languageToggle(page, 'fr');
  await expect(toggle).toHaveAttribute('lang', 'fr');
  await toggle.click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(`${TITLES.fr} — Lisible`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Passer au contenu principal' })).toBeAttached();
  // At the top of the page, the reader's place is the title.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Version française affichée.');

  const back = languageToggle(page, 'en');
  await expect(back).toHaveAttribute('lang', 'en');
  await back.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status')).toHaveText('Showing the English version.');
});

test('switching language keeps the reader in the same section when the other version has it', async ({ page }) => {
  await openReader(page, '?lang=en');
  const goal = page.getByRole('heading', { name: /^Our Goal/ });
  await page.getByRole('link', { name: /^Our Goal/ }).click();
  await expect(goal).toBeFocused();

  // A real click where the sticky toggle is: Playwright's own click would scroll the page first.
  const box = await languageToggle(page, 'fr').boundingBox();
  if (!box) throw new Error('language toggle not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const fiveGoals = page.getByRole('heading', { name: 'Quintuple objectif' });
  await expect(fiveGoals).toBeFocused();
  await expect(fiveGoals).toBeInViewport();
});

test('switching language from a subsection the other version lacks goes to its enclosing section', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.getByRole('link', { name: 'Our values' }).click();
  await expect(page.getByRole('heading', { name: 'Our values' })).toBeFocused();

  await page.keyboard.press('Control+Shift+KeyL');
  await expect(page.getByRole('heading', { name: 'Éléments guidant notre travail' })).toBeFocused();
});

test('switching language from a section the other version lacks goes to the top', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.getByRole('link', { name: 'Related' }).click();
  await expect(page.getByRole('heading', { name: 'Related' })).toBeFocused();

  await languageToggle(page, 'fr').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the chosen language is saved, and ?lang= overrides it', async ({ page }) => {
  await openReader(page, '?lang=en');
  await languageToggle(page, 'fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await openReader(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);

  await openReader(page, '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
});

test.describe('first run follows the browser language', () => {
  test.use({ locale: 'fr-CA' });
  test('French for a French-Canadian browser', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  });
});

test.describe('first run in another language', () => {
  test.use({ locale: 'de-DE' });
  test('English for any language other than French', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
