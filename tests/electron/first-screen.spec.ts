/**
 * The desktop's first screen: the window opens on the page drawn at build time (scripts/prerender.ts, run by the
 * Electron build too), served by main with the reader's saved preferences already on it, then taken over by the
 * page's script without a change to what is on screen.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { writePreferencesFile } from '../../main/settings/preferences-file';
import { normaliseText, seedLines, seedTitle } from '../support/seed-text';
import { launchReader, newUserDataDir, runtime, skipReason } from './launch';

test.skip(!runtime.available, skipReason);

/** The French seed page's first paragraph, as the other tests read the seed. */
const [FRENCH_FIRST_LINE] = seedLines('fr');

test('opens on the drawn French page in the saved theme and size, and takes it over without a warning', async () => {
  const userDataDir = await newUserDataDir();
  await writePreferencesFile(join(userDataDir, 'preferences.json'), {
    ...DEFAULT_PREFERENCES,
    language: 'fr',
    theme: 'contrast-dark',
    textSize: 200,
  });
  const { app, page } = await launchReader(userDataDir);
  try {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    // What main serves for the start page, as the window received it before any script ran.
    const served = await page.evaluate(async () => (await fetch('app://lisible/')).text());
    expect(served).toMatch(/<html [^>]*lang="fr"/);
    expect(served).toMatch(/<html [^>]*data-theme="contrast-dark"/);
    expect(served).toMatch(/data-prerendered="fr about-us [0-9a-f]{8}"/);
    // The page's text without its markup, compared as the seed is (indifferent to French typography's spaces).
    expect(normaliseText(served.replace(/<[^>]*>/g, ''))).toContain(FRENCH_FIRST_LINE);
    // No library file is fetched by the desktop's page: main gives it its documents.
    expect(served).not.toContain('rel="preload" href="../../library/');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle('fr'));
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', /^fr about-us /);
    expect(messages).toEqual([]);
  } finally {
    await app.close();
  }
});
