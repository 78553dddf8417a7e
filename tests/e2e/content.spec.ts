import { expect, test } from '@playwright/test';
import { normaliseText, seedLines } from '../support/seed-text';
import { openReader, TITLES } from './reader';

const FOOTERS = {
  en: ['Last updated: June 18, 2025', 'The French version of this page was last updated on March 28, 2023.'],
  fr: [
    'Dernière mise à jour\u00a0: 28 mars 2023',
    'La version anglaise de cette page a été mise à jour le 18 juin 2025.',
  ],
} as const;

for (const language of ['en', 'fr'] as const) {
  test(`every sentence of the ${language} source page is shown`, async ({ page }) => {
    await openReader(page, `?lang=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
    const shown = normaliseText(await page.getByRole('main').innerText());
    const missing = seedLines(language).filter((line) => !shown.includes(line));
    expect(missing).toEqual([]);
  });

  test(`the ${language} footer gives the date in the language, and the other version's date`, async ({ page }) => {
    await openReader(page, `?lang=${language}`);
    const footer = page.getByRole('contentinfo');
    for (const line of FOOTERS[language]) await expect(footer).toContainText(line);
  });
}
