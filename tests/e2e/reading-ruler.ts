/** What the reading ruler shows, read from the page as a test sees it. */
import { expect, type Page } from '@playwright/test';

/** The band of the page the reading ruler leaves clear: from the bottom of the upper shade to the top of the lower. */
export async function rulerBand(page: Page): Promise<{ top: number; bottom: number }> {
  const shades = page.locator('.reading-ruler-shade');
  await expect(shades).toHaveCount(2);
  const [above, below] = await shades.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }),
  );
  return { top: above?.bottom ?? 0, bottom: below?.top ?? 0 };
}
