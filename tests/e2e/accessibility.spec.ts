import { expect, test } from '@playwright/test';
import { axeViolations, languageToggle, openReader } from './reader';

for (const language of ['en', 'fr'] as const) {
  test(`axe-core finds no violations in ${language}`, async ({ page }) => {
    await openReader(page, `?lang=${language}`);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe-core finds no violations after switching language', async ({ page }) => {
  await openReader(page, '?lang=en');
  await languageToggle(page, 'fr').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await axeViolations(page)).toEqual([]);
});

test('the page reflows at 320 CSS px with no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const language of ['en', 'fr']) {
    await openReader(page, `?lang=${language}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow in ${language}`).toBeLessThanOrEqual(0);
  }
});
