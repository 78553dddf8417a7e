import { expect, test } from '@playwright/test';
import { openReader } from './reader';

// The accessibility tree a screen reader is given: landmarks, headings, lists, names. A change to it is a
// change to what screen-reader users hear, so it must be reviewed (update with --update-snapshots).
for (const language of ['en', 'fr'] as const) {
  test(`accessibility tree in ${language}`, async ({ page }) => {
    await openReader(page, `?lang=${language}`);
    await expect(page.locator('body')).toMatchAriaSnapshot({ name: `reader-${language}.aria.yml` });
  });
}
