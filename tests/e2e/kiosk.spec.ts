import { expect, test, type Page } from '@playwright/test';
import { serveLibraryWithLinks } from './library-route';
import { axeViolations, openTools, TITLES } from './reader';

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

async function openKiosk(page: Page): Promise<void> {
  await page.goto('./?kiosk=1');
  await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
}

/** Interactive elements smaller than 44×44 CSS px. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.innerText.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('the start screen offers both languages side by side, equal, each in its own language', async ({ page }) => {
  await openKiosk(page);
  const english = page.getByRole('button', { name: 'English' });
  const french = page.getByRole('button', { name: 'Français' });
  await expect(english.locator('xpath=ancestor::section[1]')).toHaveAttribute('lang', 'en');
  await expect(french.locator('xpath=ancestor::section[1]')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Bienvenue' })).toBeVisible();
  const [a, b] = await Promise.all([english.boundingBox(), french.boundingBox()]);
  expect(
    a && b && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1,
  ).toBe(true);
  const weights = await Promise.all(
    [english, french].map((button) =>
      button.evaluate((element) => getComputedStyle(element).fontWeight + getComputedStyle(element).fontSize),
    ),
  );
  expect(weights[0]).toBe(weights[1]);
  expect(await axeViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
});

/** The reader, as a kiosk visitor opens it: the start screen, then their language. */
async function chooseLanguage(page: Page, language: 'en' | 'fr'): Promise<void> {
  await openKiosk(page);
  await page.getByRole('button', { name: language === 'en' ? 'English' : 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
}

// One state per test: each axe-core run of the whole reader takes seconds on a busy machine.
for (const language of ['en', 'fr'] as const) {
  test(`the kiosk reader in ${language}: larger text, touch-sized controls, no axe violations`, async ({ page }) => {
    await chooseLanguage(page, language);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await rootFontSize(page)).toBe('24px');
    await expect(
      page.getByRole('button', { name: language === 'en' ? 'Back to start' : 'Retour à l’accueil' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: language === 'en' ? 'Reading preferences' : 'Préférences de lecture' }),
    ).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });

  test(`the kiosk reader in ${language}, Tools open: touch-sized controls, no axe violations`, async ({ page }) => {
    await chooseLanguage(page, language);
    await openTools(page, language);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });

  test(`the kiosk reader in ${language}, high contrast from its Tools: no axe violations`, async ({ page }) => {
    await chooseLanguage(page, language);
    await openTools(page, language);
    await page.getByRole('button', { name: language === 'en' ? 'High contrast' : 'Contraste élevé' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-palette', 'contrast-dark');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('idle: a warning on time, announced, extended with one action; then the reset leaves nothing behind', async ({
  page,
}) => {
  await page.clock.install();
  await openKiosk(page);
  await page.getByRole('button', { name: 'Français' }).click();
  await openTools(page, 'fr');
  await page.getByRole('button', { name: 'Plus grand' }).click();
  await page.getByRole('button', { name: 'Contraste élevé' }).click();
  expect(await rootFontSize(page)).toBe('28px');

  const warning = page.getByRole('alertdialog', { name: 'Lisez-vous toujours ?' });
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAccessibleDescription(/Pour protéger votre vie privée/);
  const keepReading = warning.getByRole('button', { name: 'Continuer la lecture' });
  await expect(keepReading).toBeFocused();
  expect(await smallTargets(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  // The countdown runs down (the page clock also moves on in real time while the checks above run).
  const secondsLeft = async () =>
    Number(/Temps restant : (\d+) s/.exec((await warning.textContent())?.replace(/\s+/g, ' ') ?? '')?.[1]);
  const before = await secondsLeft();
  expect(before).toBeLessThanOrEqual(30);
  await page.clock.runFor(10_000);
  expect(await secondsLeft()).toBeLessThanOrEqual(before - 10);

  // One action gives the reader a full new wait.
  await keepReading.click();
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(warning).toBeVisible();

  // Nobody answers: back to the start, with the kiosk's defaults.
  await page.clock.runFor(WARNING_MS);
  await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('The reader is back at the start.');
  expect(await rootFontSize(page)).toBe('24px');
  await expect(page.locator('html')).toHaveAttribute('data-palette', 'light');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
  // Nothing of the last reader was written down.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  // The next reader finds the Tools panel folded, and the kiosk's own controls in it.
  await expect(page.getByRole('button', { name: 'Tools', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await openTools(page);
  await expect(page.getByRole('button', { name: 'Larger' })).toBeVisible();
  expect(await rootFontSize(page)).toBe('24px');
});

test('a link shows its address and a QR code, and never leaves the reader', async ({ page }) => {
  await serveLibraryWithLinks(page, [{ text: 'Ontario Health', href: 'https://www.ontariohealth.ca/about-us' }]);
  await openKiosk(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Ontario Health' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave the reader?' });
  await expect(dialog.getByRole('img', { name: 'QR code for https://www.ontariohealth.ca/about-us' })).toBeVisible();
  await expect(dialog).toContainText('https://www.ontariohealth.ca/about-us');
  await expect(dialog.getByRole('button', { name: /Open/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
});

test('Keep reading from the keyboard puts focus back on the heading the reader was on', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  // A kiosk reader starts on the document's title (a heading, which takes focus without being a Tab stop).
  const title = page.getByRole('heading', { level: 1, name: TITLES.en });
  await expect(title).toBeFocused();
  await page.clock.runFor(IDLE_MS);
  const warning = page.getByRole('alertdialog', { name: 'Are you still reading?' });
  await expect(warning.getByRole('button', { name: 'Keep reading' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning).toHaveCount(0);
  await expect(title).toBeFocused();
  // Left, it is no Tab stop: focusable only while it has focus, as before the warning.
  await page.keyboard.press('Shift+Tab');
  await expect(title).not.toBeFocused();
  await expect(title).not.toHaveAttribute('tabindex', /.*/);
});
