import { expect, test, type Page } from '@playwright/test';
import { openReader } from './reader';

/** What has focus, described the way a person would name it, plus whether a focus ring is drawn. */
async function focusedControl(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      label: `${element.tagName.toLowerCase()}:${element.innerText.trim()}`,
      ringWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
  });
}

test('the skip link comes first and moves focus to the document', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

for (const language of ['en', 'fr'] as const) {
  test(`a Tab walk in ${language} reaches every control in order, each with a visible focus ring`, async ({ page }) => {
    await openReader(page, `?lang=${language}`);
    // Every visible control that is a Tab stop: a roving group (the table of contents) keeps its other entries
    // at tabindex -1, reached with the arrow keys.
    const controls = await page
      .locator('a[href], button, input, select, textarea')
      .evaluateAll((elements) =>
        elements
          .filter((element) => element.checkVisibility() && (element as HTMLElement).tabIndex >= 0)
          .map((element) => `${element.tagName.toLowerCase()}:${(element as HTMLElement).innerText.trim()}`),
      );
    // The table of contents is one Tab stop, on one of its several entries.
    const toc = page.getByRole('navigation', { name: language === 'en' ? 'On this page' : 'Sur cette page' });
    expect(await toc.getByRole('link').count()).toBeGreaterThan(1);
    await expect(toc.locator('a[tabindex="0"]')).toHaveCount(1);

    const walk: string[] = [];
    for (let step = 0; step < controls.length; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusedControl(page);
      expect(focused, `focus lost after ${walk.join(' → ')}`).not.toBeNull();
      if (!focused) return;
      expect(focused.ringWidth, `no focus ring on ${focused.label}`).toBeGreaterThanOrEqual(2);
      walk.push(focused.label);
    }
    // Document order is reading order: skip link, the header's row, the content, then the contents beside it.
    expect(walk).toEqual(controls);

    // And back: Shift+Tab retraces the walk.
    for (let step = controls.length - 2; step >= 0; step -= 1) {
      await page.keyboard.press('Shift+Tab');
      expect((await focusedControl(page))?.label).toBe(controls[step]);
    }
  });
}

test('choosing an entry of the table of contents moves focus to that section', async ({ page }) => {
  await openReader(page, '?lang=fr');
  const entry = page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: 'Équité' });
  await entry.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Équité' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});
