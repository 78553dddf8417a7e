/** The reader's own colours and the visual aids: what a reader sees and hears when they use them. */
import { expect, test, type Page } from '@playwright/test';
import { COLOR_PRESETS, contrastRatio } from '../../common/colors';
import type { Language } from '../../common/languages';
import { applyWcagTextSpacing, clippedText, horizontalOverflow } from './page-checks';
import { rulerBand } from './reading-ruler';
import { axeViolations, openReader, openTools, statusMessages } from './reader';

async function openPreferences(page: Page, language: Language = 'en') {
  await openTools(page, language);
  await page
    .getByRole('button', { name: language === 'en' ? 'Reading preferences' : 'Préférences de lecture' })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A computed colour's WCAG luminance: `rgb()` at full brightness, `color(xyz-d65 …)` once dimmed (y is luminance). */
function luminance(computed: string): number {
  const xyz = /^color\(xyz-d65 ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)\)$/.exec(computed);
  if (xyz) return Number(xyz[2]);
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(computed);
  if (!rgb) throw new Error(`unexpected colour ${computed}`);
  const [red, green, blue] = rgb.slice(1).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The ratio the page actually shows between its text and its background. */
async function shownTextContrast(page: Page): Promise<number> {
  const { color, background } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: style.color, background: style.backgroundColor };
  });
  const [lighter, darker] = [luminance(color), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

test.describe('custom colours', () => {
  test('colours with a pair under its minimum cannot be used, and the reader is told which and why', async ({
    page,
  }) => {
    await openReader(page, '?lang=en&theme=light');
    const dialog = await openPreferences(page);
    await dialog.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Custom colours' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-palette', 'custom');
    const editor = dialog.getByRole('group', { name: 'Your colours' });
    const readout = editor.getByRole('list', { name: 'Contrast' });
    await expect(readout.getByRole('listitem').first()).toHaveText(
      'Text on background: 15.47:1, AAA, the aim (needs 4.5:1; 7:1 is the aim)',
    );

    await editor.getByLabel('Links').fill('#999999');
    await expect(editor.getByText('#999999', { exact: true })).toBeVisible();
    await expect(readout.getByRole('listitem').nth(1)).toHaveText(
      'Links on background: 2.57:1, Too low (needs 4.5:1; 7:1 is the aim)',
    );
    await editor.getByRole('button', { name: 'Use these colours' }).click();
    const refusal =
      'These colours cannot be used: Links on background is 2.57:1, under 4.5:1. Make one colour of each pair lighter or darker.';
    await expect(statusMessages(page)).toHaveText(refusal);
    await expect(editor.getByText(refusal)).toBeVisible();
    // Nothing changed on the page, nor in what is saved.
    await expect(page.locator('html')).toHaveAttribute('data-custom-link', COLOR_PRESETS.cream.link);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-custom-link', COLOR_PRESETS.cream.link);
  });

  test('readable colours apply at once, are said in French, and are kept', async ({ page }) => {
    await openReader(page, '?lang=fr&theme=custom');
    const dialog = await openPreferences(page, 'fr');
    const editor = dialog.getByRole('group', { name: 'Vos couleurs' });
    await editor.getByLabel('Texte', { exact: true }).fill('#000000');
    await editor.getByLabel('Liens').fill('#5c0000');
    await editor.getByRole('button', { name: 'Utiliser ces couleurs' }).click();
    await expect(statusMessages(page)).toHaveText('Vos couleurs sont appliquées.');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');

    // French typography: a narrow no-break space before the colon, and around the ratio's colon.
    await editor.getByLabel('Contour du focus').fill('#fbf3de');
    await editor.getByRole('button', { name: 'Utiliser ces couleurs' }).click();
    await expect(statusMessages(page)).toHaveText(
      'Impossible d’utiliser ces couleurs\u202f: Contour du focus sur le fond\u202f: 1\u202f:\u202f1, sous 3\u202f:\u202f1. Rendez plus claire ou plus foncée une couleur de chaque paire.',
    );

    await editor.getByRole('button', { name: 'Jaune sur bleu foncé' }).click();
    await expect(statusMessages(page)).toHaveText('Vos couleurs sont appliquées.');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-custom-background', COLOR_PRESETS.yellowOnBlue.background);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 34, 102)');
  });

  test('forced colours still override them', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openReader(
      page,
      '?lang=en&theme=custom&textColor=ffff66&backgroundColor=002266&linkColor=ffffff&focusColor=ffffff&highlightColor=ffffff',
    );
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(0, 34, 102)');
    const dialog = await openPreferences(page);
    await expect(dialog.getByText('Your system’s forced colours are on')).toBeVisible();
  });
});

test('dimming darkens the page and keeps its contrast: exactly while no colour reaches black, 7:1 always', async ({
  page,
}) => {
  await openReader(page, '?lang=en&theme=custom&brightness=100');
  const full = await shownTextContrast(page);
  expect(full).toBeCloseTo(contrastRatio(COLOR_PRESETS.cream.text, COLOR_PRESETS.cream.background), 1);
  const dialog = await openPreferences(page);
  await dialog.getByRole('group', { name: 'Brightness' }).getByRole('radio', { name: '90%' }).check();
  await expect(statusMessages(page)).toHaveText('Brightness: 90%');
  expect(await shownTextContrast(page)).toBeCloseTo(full, 1);
  await dialog.getByRole('group', { name: 'Brightness' }).getByRole('radio', { name: '60%' }).check();
  expect(await shownTextContrast(page)).toBeGreaterThanOrEqual(7);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(background)).toBeCloseTo(0.6 * (luminance('rgb(251, 243, 223)') + 0.05) - 0.05, 3);
});

test('text weight: bold for the body text, and honest about a font without a medium weight', async ({ page }) => {
  await openReader(page, '?lang=fr&font=atkinson');
  const dialog = await openPreferences(page, 'fr');
  const weights = dialog.getByRole('group', { name: 'Graisse du texte' });
  await expect(weights.getByRole('radio', { name: /Atkinson Hyperlegible n’a pas de graisse moyenne/ })).toBeVisible();
  await weights.getByRole('radio', { name: 'Grasse' }).check();
  await expect(statusMessages(page)).toHaveText('Graisse du texte\u202f: Grasse');
  expect(
    await page
      .locator('main p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontWeight),
  ).toBe('700');
});

test('plain text takes the bold out of the document’s text', async ({ page }) => {
  await openReader(page, '?lang=en&plainText=true');
  const strong = page.locator('main strong').first();
  await expect(strong).toBeVisible();
  const styles = await strong.evaluate((element) => ({
    own: getComputedStyle(element).fontWeight,
    around: getComputedStyle(element.parentElement as Element).fontWeight,
  }));
  expect(styles.own).toBe(styles.around);
  await page.goto('./?lang=en&plainText=false');
  await expect(strong).toHaveCSS('font-weight', '700');
});

test('hyphenation follows the document’s language, off by default', async ({ page }) => {
  await openReader(page, '?lang=fr');
  const hyphens = () =>
    page
      .locator('main p')
      .first()
      .evaluate((p) => getComputedStyle(p).hyphens);
  expect(await hyphens()).toBe('manual');
  const dialog = await openPreferences(page, 'fr');
  await dialog
    .getByRole('group', { name: 'Coupure des mots' })
    .getByRole('radio', { name: 'Activée', exact: true })
    .check();
  await expect(statusMessages(page)).toHaveText('Coupure des mots\u202f: Activée');
  expect(await hyphens()).toBe('auto');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the sentence being read can stand out by a thick underline instead of a background', async ({ page }) => {
  await openReader(page, '?lang=fr');
  const sentenceStyle = () =>
    page
      .locator('main p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p, '::highlight(speech-sentence)');
        return { line: style.textDecorationLine, background: style.backgroundColor };
      });
  expect(await sentenceStyle()).toEqual({ line: 'none', background: 'rgb(10, 58, 128)' });
  const dialog = await openPreferences(page, 'fr');
  await dialog
    .getByRole('group', { name: 'Mise en évidence de la phrase lue' })
    .getByRole('radio', { name: 'Soulignement épais' })
    .check();
  await expect(statusMessages(page)).toHaveText('Mise en évidence de la phrase lue\u202f: Soulignement épais');
  expect(await sentenceStyle()).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
});

test('the table of contents, the document list and the dates can each be hidden', async ({ page }) => {
  await openReader(page, '?lang=en');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.first()).toBeVisible();
  await expect(page.getByText(/Last updated/)).toBeVisible();
  const dialog = await openPreferences(page);
  for (const part of ['Table of contents', 'Document list', 'Dates under the text']) {
    await dialog.getByRole('group', { name: part }).getByRole('radio', { name: 'Hidden' }).check();
    await expect(statusMessages(page)).toHaveText(`${part}: Hidden`);
  }
  await page.keyboard.press('Escape');
  await expect(contents).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Documents' })).toHaveCount(0);
  await expect(page.getByText(/Last updated/)).toBeHidden();
  await page.reload();
  await expect(page.getByText(/Last updated/)).toBeHidden();
});

test.describe('the reading ruler', () => {
  test('a window of lines moves a line at a time with Down and Up, and stays in view', async ({ page }) => {
    await openReader(page, '?lang=en&readingRuler=window-1');
    await page.locator('main h1').click();
    const first = await rulerBand(page);
    await page.keyboard.press('ArrowDown');
    const second = await rulerBand(page);
    // One line of body text at 100% is 24 px (1.5 × 16 px); a heading's is taller.
    expect(second.top).toBeGreaterThan(first.top + 10);
    expect(second.bottom - second.top).toBeLessThan(60);
    await page.keyboard.press('ArrowUp');
    expect(await rulerBand(page)).toEqual(first);
    for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowDown');
    const far = await rulerBand(page);
    const height = page.viewportSize()?.height ?? 0;
    expect(far.top).toBeGreaterThanOrEqual(0);
    expect(far.bottom).toBeLessThanOrEqual(height);
  });

  test('three lines at 400%, in French, opening on whatever has focus outside the text', async ({ page }) => {
    await openReader(page, '?lang=fr&textSize=400&readingRuler=window-3');
    await page.locator('main h1').click();
    await page.keyboard.press('ArrowDown');
    const band = await rulerBand(page);
    // Three lines of headings or text at 400%: about 3 × 1.5 × 64 px, whatever their kind.
    expect(band.bottom - band.top).toBeGreaterThan(150);
    const tools = page.getByRole('button', { name: 'Outils', exact: true });
    await tools.focus();
    const box = await tools.boundingBox();
    const onTools = await rulerBand(page);
    expect(onTools.top).toBeLessThanOrEqual(box?.y ?? -1);
    expect(onTools.bottom).toBeGreaterThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
  });

  test('a bar under the line, chosen in the preferences and announced', async ({ page }) => {
    await openReader(page, '?lang=en');
    const dialog = await openPreferences(page);
    const rulers = dialog.getByRole('group', { name: 'Reading ruler' });
    await expect(rulers).toHaveAccessibleDescription(/Up and Down arrows move it/);
    await rulers.getByRole('radio', { name: 'A bar under the line' }).check();
    await expect(statusMessages(page)).toHaveText('Reading ruler: A bar under the line');
    await page.keyboard.press('Escape');
    // Back on the panel's command; Escape again folds the panel, which lies over the text while open.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Tools', exact: true })).toHaveAttribute('aria-expanded', 'false');
    await page.locator('main p').first().click();
    const bar = page.getByTestId('reading-ruler');
    const before = await bar.boundingBox();
    await page.keyboard.press('ArrowDown');
    const after = await bar.boundingBox();
    expect((after?.y ?? 0) - (before?.y ?? 0)).toBeCloseTo(24, 0);
    // The pointer and screen readers pass through it.
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(await bar.evaluate((element) => getComputedStyle(element).pointerEvents)).toBe('none');
  });
});

test('a kiosk set up with the dimming switch dims the screen in one press, and passes axe', async ({ page }) => {
  await page.goto('./?kiosk=1&controls=textSize,contrast,brightness');
  await page.getByRole('button', { name: 'Français' }).click();
  await openTools(page, 'fr');
  const dim = page.getByRole('button', { name: 'Assombrir l’écran' });
  await expect(dim).toHaveAttribute('aria-pressed', 'false');
  await dim.click();
  await expect(dim).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-brightness', '60');
  await expect(statusMessages(page)).toHaveText('Luminosité\u202f: 60\u00a0%');
  expect(await axeViolations(page)).toEqual([]);
  await dim.click();
  await expect(page.locator('html')).toHaveAttribute('data-brightness', '100');
});

// One test a state, so that each stays well inside its time on a busy machine.
const AIDS = 'theme=custom&fontWeight=bold&brightness=60&plainText=true&hyphenation=true&readingRuler=window-3';
for (const language of ['en', 'fr'] as const) {
  for (const textSize of [100, 400]) {
    test(`axe-core: custom colours, bold, dimmed, plain and hyphenated, in ${language} at ${textSize}%`, async ({
      page,
    }) => {
      await openReader(page, `?lang=${language}&textSize=${textSize}&${AIDS}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
    });
    test(`axe-core: the custom colours editor in ${language} at ${textSize}%`, async ({ page }) => {
      await openReader(page, `?lang=${language}&textSize=${textSize}&${AIDS}`);
      await openPreferences(page, language);
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
    });
  }
}

test.describe('text spacing', () => {
  // The spacing is injected as a stylesheet, which the page's Content-Security-Policy would rightly refuse.
  test.use({ bypassCSP: true });
  test('with WCAG 1.4.12 spacing and every aid on, no text is cut off', async ({ page }) => {
    for (const textSize of [100, 400]) {
      await openReader(page, `?lang=fr&textSize=${textSize}&${AIDS}`);
      await applyWcagTextSpacing(page);
      expect(await clippedText(page), `at ${textSize}%`).toEqual([]);
    }
  });
});
