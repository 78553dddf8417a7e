import { expect, test } from '@playwright/test';
import { serveLibraryWithLinks } from './library-route';
import { axeViolations, openReader } from './reader';

test('F1 lists every keyboard shortcut in the current language; Escape closes it and focus returns', async ({
  page,
}) => {
  await openReader(page, '?lang=fr');
  const toggle = page.getByRole('button', { name: 'English' });
  await toggle.focus();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Texte plus grand/ })).toContainText('Ctrl + =');
  await expect(dialog.getByRole('row', { name: /Passer à l’autre langue/ })).toContainText('Ctrl + Maj + L');
  await expect(dialog.getByRole('columnheader', { name: 'Touches' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('a link asks before leaving the reader, naming where it goes', async ({ page, context }) => {
  await serveLibraryWithLinks(page, [{ text: 'Ontario Health', href: 'https://www.ontariohealth.ca/about-us' }]);
  await openReader(page, '?lang=en');
  const link = page.getByRole('link', { name: 'Ontario Health' });
  await link.click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave the reader?' });
  await expect(dialog).toContainText('This link opens www.ontariohealth.ca in your web browser');
  await expect(dialog).toContainText('https://www.ontariohealth.ca/about-us');
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Stay in the reader' }).click();
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  expect(page.url()).not.toContain('ontariohealth');

  // Confirming opens the address outside the reader (in a browser: a new tab), never in the reader itself.
  await context.route('https://www.ontariohealth.ca/**', (route) => route.fulfill({ body: 'elsewhere' }));
  await link.click();
  const opened = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open www.ontariohealth.ca' }).click();
  expect((await opened).url()).toBe('https://www.ontariohealth.ca/about-us');
  expect(page.url()).not.toContain('ontariohealth');
});

test('a link that is not https is refused, and says so', async ({ page }) => {
  await serveLibraryWithLinks(page, [{ text: 'Plain web', href: 'http://example.com/' }]);
  await openReader(page, '?lang=en');
  await page.getByRole('link', { name: 'Plain web' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('This link cannot be opened from the reader: http://example.com/');
  await expect(dialog.getByRole('button', { name: /Open/ })).toHaveCount(0);
});

test('printing gives the document alone, black on white, at the chosen text size', async ({ page }) => {
  await openReader(page, '?lang=fr&theme=contrast-dark&textSize=150');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Dernière mise à jour');
  const printed = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      color: body.color,
      background: body.backgroundColor,
      rootSize: getComputedStyle(document.documentElement).fontSize,
    };
  });
  expect(printed).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', rootSize: '24px' });
});
