/**
 * The desktop's first screen: the window opens on the page drawn at build time (scripts/prerender.ts, run by the
 * Electron build too), served by main with the reader's saved preferences already on it, then taken over by the
 * page's script without a change to what is on screen.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { writePreferencesFile } from '../../main/settings/preferences-file';
import { launchReader, newUserDataDir, runtime, skipReason } from './launch';

test.skip(!runtime.available, skipReason);

const FRENCH_FIRST_SENTENCE =
  'Nous sommes un organisme créé par le gouvernement de l’Ontario dans le but d’interconnecter, de coordonner et de moderniser le système de soins de santé de la province.';

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
    expect(served).toContain(FRENCH_FIRST_SENTENCE);
    // No library file is fetched by the desktop's page: main gives it its documents.
    expect(served).not.toContain('rel="preload" href="../../library/');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos de nous');
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', /^fr about-us /);
    expect(messages).toEqual([]);
  } finally {
    await app.close();
  }
});
