/**
 * The library as the browser build serves it: an index at start, each document's body fetched when opened.
 * The served files are changed on the way (Playwright routes) to stand for a larger library with faults.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LibraryIndex } from '../../common/document';
import { axeViolations, openReader, TITLES } from './reader';

/** Adds a second document to the index, in both languages, whose body fetch answers `status`. */
async function addBrokenDocument(page: Page, status: number): Promise<void> {
  await page.route('**/library/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as LibraryIndex;
    index.documents.push({
      id: 'zz-broken',
      versions: {
        en: { lang: 'en', title: 'Broken guide', updated: '2025-01-02' },
        fr: { lang: 'fr', title: 'Guide brisé', updated: '2025-01-02' },
      },
    });
    await route.fulfill({ response, json: index });
  });
  await page.route('**/library/zz-broken.*.json', (route) =>
    status === 200
      ? route.fulfill({ status, contentType: 'application/json', body: '{ not json' })
      : route.fulfill({ status, body: '' }),
  );
}

test('start-up fetches the index and the one body shown, not the whole library', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/library')) fetched.push(path.slice(path.indexOf('/library')));
  });
  await openReader(page, '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
  // The other language is fetched once the first screen is up, so that switching is immediate.
  await expect
    .poll(() => fetched.sort())
    .toEqual(['/library/about-us.en.json', '/library/about-us.fr.json', '/library/index.json']);
  expect(fetched.some((path) => path === '/library.json')).toBe(false);
});

for (const [language, message] of [
  ['en', 'This document could not be loaded. Please close the reader and open it again.'],
  ['fr', 'Ce document n’a pas pu être chargé. Veuillez fermer le lecteur et l’ouvrir de nouveau.'],
] as const) {
  test(`a document whose body cannot be read says so in ${language}, and the others still open`, async ({ page }) => {
    await addBrokenDocument(page, 200);
    await openReader(page, `?lang=${language}`);
    const list = page.getByRole('navigation', { name: language === 'en' ? 'Documents' : 'Documents' });
    await list.getByRole('button', { name: language === 'en' ? 'Broken guide' : 'Guide brisé' }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      language === 'en' ? 'Broken guide' : 'Guide brisé',
    );
    await expect(main.getByRole('status')).toHaveText(message);
    await expect(main.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    await list.getByRole('button', { name: TITLES[language] }).click();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
    await expect(main.getByRole('status')).toHaveCount(0);
  });
}

test('a document missing from the server says it is no longer in the library', async ({ page }) => {
  await addBrokenDocument(page, 404);
  await openReader(page, '?lang=fr');
  await page.getByRole('button', { name: 'Guide brisé' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Ce document ne se trouve plus dans la bibliothèque. Les autres documents peuvent toujours être ouverts.',
  );
});

test('?doc= opens that document first, fetching only its body', async ({ page }) => {
  await addBrokenDocument(page, 404);
  await openReader(page, '?lang=en&doc=zz-broken');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Broken guide');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'This document is no longer in the library. The other documents can still be opened.',
  );
});
