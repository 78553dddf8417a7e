/**
 * The library as the browser build serves it: the start of the index for the first screen, the whole index
 * once it is drawn, each document's body fetched when opened. The served files are changed on the way
 * (Playwright routes) to stand for a larger library with faults.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  START_DOCUMENTS,
  startOf,
  type IndexEntry,
  type LibraryIndex,
  type ReaderDocument,
} from '../../common/document';
import { axeViolations, openReader, TITLES } from './reader';

/** Adds a second document to the index and its start, in both languages, whose body fetch answers `status`. */
async function addBrokenDocument(page: Page, status: number): Promise<void> {
  await page.route('**/library/{start,index}.json', async (route) => {
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

test('start-up fetches the start of the index and the one body shown, not the whole library', async ({ page }) => {
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
    .toEqual(['/library/about-us.en.json', '/library/about-us.fr.json', '/library/start.json']);
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

/**
 * Serves a library of About Us and `count` generated guides as the build would (the start of the index, the whole
 * index, each entry and each body); returns the library files the page fetched, in order.
 */
async function serveLargeLibrary(page: Page, count: number): Promise<string[]> {
  const guides: IndexEntry[] = Array.from({ length: count }, (_, n) => {
    const number = String(n + 1).padStart(3, '0');
    return { id: `guide-${number}`, versions: { en: { lang: 'en', title: `Guide ${number}`, updated: '2025-01-02' } } };
  });
  const body = (id: string, title: string): ReaderDocument => ({
    id,
    lang: 'en',
    title,
    updated: '2025-01-02',
    source: 'https://example.org/',
    intro: [{ type: 'paragraph', children: [{ type: 'text', value: `The text of ${title}.` }] }],
    sections: [],
  });
  let whole: LibraryIndex | undefined;
  const wholeIndex = async (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    if (!whole) {
      const response = await route.fetch({
        url: route
          .request()
          .url()
          .replace(/[^/]*\.json$/, 'index.json'),
      });
      const index = (await response.json()) as LibraryIndex;
      whole = { ...index, documents: [...index.documents, ...guides] };
    }
    return whole;
  };
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/library/')) fetched.push(path.slice(path.indexOf('/library/')));
  });
  await page.route('**/library/start.json', async (route) => route.fulfill({ json: startOf(await wholeIndex(route)) }));
  await page.route('**/library/index.json', async (route) => route.fulfill({ json: await wholeIndex(route) }));
  await page.route('**/library/guide-*.json', (route) => {
    const [, id, kind] = /\/(guide-\d+)\.(entry|en|fr)\.json$/.exec(route.request().url()) ?? [];
    const guide = guides.find((candidate) => candidate.id === id);
    if (!guide || kind === 'fr') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ json: kind === 'entry' ? guide : body(guide.id, guide.versions.en?.title ?? '') });
  });
  return fetched;
}

test('a large library: the first screen is given its start, and the whole list of documents follows', async ({
  page,
}) => {
  const fetched = await serveLargeLibrary(page, 99);
  await openReader(page, '?lang=en');
  const list = page.getByRole('navigation', { name: 'Documents' });
  // Every document, once the whole index has arrived after the first screen.
  await expect(list.getByRole('button')).toHaveCount(100);
  expect(fetched.indexOf('/library/start.json')).toBeLessThan(fetched.indexOf('/library/index.json'));
  expect(fetched.indexOf('/library/about-us.en.json')).toBeLessThan(fetched.indexOf('/library/index.json'));
  expect(await axeViolations(page)).toEqual([]);

  // A document beyond the start opens from the list.
  expect(START_DOCUMENTS).toBeLessThan(70);
  await list.getByRole('button', { name: 'Guide 070' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guide 070');
  await expect(page.getByText('The text of Guide 070.')).toBeVisible();
  await expect(list.getByRole('button', { name: 'Guide 070' })).toHaveAttribute('aria-current', 'page');
});

test('a large library: ?doc= opens a document beyond the start of the index, from its entry alone', async ({
  page,
}) => {
  const fetched = await serveLargeLibrary(page, 99);
  await openReader(page, '?lang=en&doc=guide-080');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guide 080');
  await expect(page.getByText('The text of Guide 080.')).toBeVisible();
  await expect.poll(() => fetched).toContain('/library/index.json');
  expect(fetched).toContain('/library/guide-080.entry.json');
  expect(fetched.indexOf('/library/guide-080.en.json')).toBeLessThan(fetched.indexOf('/library/index.json'));
});

test('a content error found after the first screen is reported once the whole index arrives', async ({ page }) => {
  // As on the desktop, when a file broke since the launch before: the start kept then knows nothing of it.
  await page.route('**/library/start.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as LibraryIndex), complete: false } });
  });
  await page.route('**/library/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as LibraryIndex;
    index.errors.push({ file: 'broken.fr.md', line: 3, message: 'missing "title"' });
    await route.fulfill({ response, json: index });
  });
  await openReader(page, '?lang=fr');
  await expect(page.getByText('Fichiers de contenu qui n’ont pas pu être chargés : 1')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
