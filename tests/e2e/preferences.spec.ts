import { expect, test, type Page } from '@playwright/test';
import { THEMES, type ReadingPreferences } from '../../common/preferences';
import {
  applyWcagTextSpacing,
  clippedText,
  controlsWithoutBoundary,
  horizontalOverflow,
  longestLine,
} from './page-checks';
import { axeViolations, openReader, openTools, statusMessages } from './reader';

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const status = statusMessages;

// One test a state, so that each stays well inside its time on a busy machine.
for (const theme of THEMES) {
  for (const language of ['en', 'fr'] as const) {
    for (const textSize of [100, 200, 400]) {
      test(`axe-core: ${theme} theme in ${language} at ${textSize}% text`, async ({ page }) => {
        await openReader(page, `?lang=${language}&theme=${theme}&textSize=${textSize}`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
    test(`axe-core: ${theme} theme in ${language} at 400% text, Tools and preferences panels open`, async ({
      page,
    }) => {
      // Two full axe runs, the second over a dialog of every preference: more time than a single state needs.
      test.slow();
      await openReader(page, `?lang=${language}&theme=${theme}&textSize=400`);
      await openTools(page, language);
      expect(await axeViolations(page), 'Tools panel open').toEqual([]);
      await page
        .getByRole('button', { name: language === 'en' ? 'Reading preferences' : 'Préférences de lecture' })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page), 'preferences panel').toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  for (const contrast of ['no-preference', 'more'] as const) {
    test(`the system theme follows ${scheme} mode with ${contrast} contrast, and passes axe`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, contrast });
      await openReader(page, '?theme=system');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const expected = {
        light: { 'no-preference': 'rgb(255, 255, 255)', more: 'rgb(255, 255, 255)' },
        dark: { 'no-preference': 'rgb(18, 18, 18)', more: 'rgb(0, 0, 0)' },
      };
      expect(background).toBe(expected[scheme][contrast]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// Each is WCAG 1.4.10's 320 CSS px: a narrow window, or a wide one with the text enlarged to match.
test('reflow: nothing scrolls sideways at 320 px, at 200% in 640 px, at 400% in 1280 px, with the panel open', async ({
  page,
}) => {
  for (const [width, textSize] of [
    [320, 100],
    [640, 200],
    [1280, 400],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    for (const language of ['en', 'fr']) {
      await openReader(page, `?lang=${language}&textSize=${textSize}`);
      expect(await horizontalOverflow(page), `${width}px at ${textSize}% in ${language}`).toEqual([]);
    }
    await openTools(page, 'fr');
    expect(await horizontalOverflow(page), `Tools at ${width}px, ${textSize}%`).toEqual([]);
    await page.getByRole('button', { name: 'Préférences de lecture' }).click();
    expect(await horizontalOverflow(page), `panel at ${width}px, ${textSize}%`).toEqual([]);
  }
});

test.describe('text spacing', () => {
  // The spacing is injected as a stylesheet, which the page's Content-Security-Policy would rightly refuse.
  test.use({ bypassCSP: true });
  test('with WCAG 1.4.12 spacing forced on, no text is cut off or overflows, in every font', async ({ page }) => {
    for (const font of ['system', 'atkinson', 'opendyslexic']) {
      for (const textSize of [100, 400]) {
        await openReader(page, `?lang=fr&font=${font}&textSize=${textSize}`);
        await applyWcagTextSpacing(page);
        expect(await clippedText(page), `${font} at ${textSize}%`).toEqual([]);
        expect(await horizontalOverflow(page), `${font} at ${textSize}%`).toEqual([]);
      }
    }
  });
});

test("the reader's own spacing goes beyond WCAG 1.4.12 without losing text", async ({ page }) => {
  await openReader(page, '?lang=en&lineHeight=2.5&letterSpacing=0.2&wordSpacing=0.32&paragraphSpacing=3&textSize=200');
  const style = await page.evaluate(() => {
    const paragraph = getComputedStyle(document.querySelector('main p') as Element);
    return {
      lineHeight: parseFloat(paragraph.lineHeight) / parseFloat(paragraph.fontSize),
      letterSpacing: parseFloat(paragraph.letterSpacing) / parseFloat(paragraph.fontSize),
      marginBottom: parseFloat(paragraph.marginBottom) / parseFloat(paragraph.fontSize),
    };
  });
  expect(style.lineHeight).toBeCloseTo(2.5);
  expect(style.letterSpacing).toBeCloseTo(0.2);
  expect(style.marginBottom).toBeCloseTo(3);
  expect(await clippedText(page)).toEqual([]);
});

test('line length: never over 80 characters, text never justified', async ({ page }) => {
  for (const lineLength of ['narrow', 'medium', 'wide'] as const) {
    for (const font of ['system', 'atkinson', 'opendyslexic']) {
      await openReader(page, `?lang=fr&lineLength=${lineLength}&font=${font}`);
      expect(await longestLine(page), `${lineLength} lines in ${font}`).toBeLessThanOrEqual(80);
    }
  }
  const aligns = await page
    .locator('main p, main li')
    .evaluateAll((blocks) => blocks.map((block) => getComputedStyle(block).textAlign));
  expect(aligns.filter((align) => align === 'justify')).toEqual([]);
});

test('forced colours: every control keeps a visible boundary, and focus stays visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openReader(page, '?lang=en');
  expect(await controlsWithoutBoundary(page)).toEqual([]);
  await openTools(page);
  expect(await controlsWithoutBoundary(page)).toEqual([]);
  await page.getByRole('button', { name: 'Reading preferences' }).click();
  expect(await controlsWithoutBoundary(page)).toEqual([]);
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test('toolbar buttons change the text size at once, and say so in the current language', async ({ page }) => {
  await openReader(page, '?lang=fr');
  expect(await rootFontSize(page)).toBe(16);
  await openTools(page, 'fr');
  await page.getByRole('button', { name: 'Plus grand' }).click();
  expect(await rootFontSize(page)).toBe(20);
  await expect(status(page)).toHaveText('Taille du texte\u00a0: 125\u00a0%');
  await page.getByRole('button', { name: 'Plus grand' }).click();
  await page.getByRole('button', { name: 'Plus petit' }).click();
  await expect(status(page)).toHaveText('Taille du texte\u00a0: 125\u00a0%');
  await page.getByRole('button', { name: 'Rétablir' }).click();
  expect(await rootFontSize(page)).toBe(16);
});

test('keyboard shortcuts change the text size on the main keys and the numpad', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.keyboard.press('Control+Equal');
  await expect(status(page)).toHaveText('Text size 125%');
  await page.keyboard.press('Control+NumpadAdd');
  await expect(status(page)).toHaveText('Text size 150%');
  expect(await rootFontSize(page)).toBe(24);
  await page.keyboard.press('Control+Minus');
  await expect(status(page)).toHaveText('Text size 125%');
  await page.keyboard.press('Control+NumpadSubtract');
  await expect(status(page)).toHaveText('Text size 100%');
  await page.keyboard.press('Control+Shift+Equal');
  await expect(status(page)).toHaveText('Text size 125%');
  await page.keyboard.press('Control+Digit0');
  await expect(status(page)).toHaveText('Text size 100%');
  expect(await rootFontSize(page)).toBe(16);
});

test('the preferences panel: keyboard, radio groups, Escape, focus back to its opener', async ({ page }) => {
  await openReader(page, '?lang=en');
  await openTools(page);
  const opener = page.getByRole('button', { name: 'Reading preferences' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reading preferences' });
  await expect(dialog).toBeVisible();

  const themes = dialog.getByRole('group', { name: 'Colours' });
  await themes.getByRole('radio', { name: 'High contrast, light text on black' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast-dark');
  await expect(status(page)).toHaveText('Colours: High contrast, light text on black');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

  // Arrow keys move within a radio group, as in every native one.
  await page.keyboard.press('ArrowUp');
  await expect(themes.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Control+Comma');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reset all preferences' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  await expect(status(page)).toHaveText('All reading preferences are back to their defaults.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

test('closed and reopened at once, the preferences panel opens again', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Reading preferences' });
  await expect(dialog).toBeVisible();
  // Escape, then Ctrl+, before the browser has sent the dialog's close event: a quick reader on a busy machine.
  await page.evaluate(() => {
    document.querySelector('dialog')?.requestClose();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ',', code: 'Comma', ctrlKey: true, bubbles: true }));
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Colours' })).toBeVisible();
});

test('preferences survive a reload, and the language with them', async ({ page }) => {
  await openReader(page, '?lang=fr');
  await openTools(page, 'fr');
  await page.getByRole('button', { name: 'Plus grand' }).click();
  await page.keyboard.press('Control+Comma');
  await page.getByRole('radio', { name: 'OpenDyslexic' }).check();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos de nous');
  expect(await rootFontSize(page)).toBe(20);
  await expect(page.locator('html')).toHaveAttribute('data-font', 'opendyslexic');
});

test('preferences from the address: valid ones apply, invalid ones are ignored with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openReader(
    page,
    '?lang=fr&theme=contrast-light&textSize=200&font=atkinson&lineHeight=2&lineLength=narrow&motion=reduce',
  );
  const applied = await page.evaluate(() => Object.fromEntries(Object.entries(document.documentElement.dataset)));
  expect(applied).toMatchObject({ theme: 'contrast-light', font: 'atkinson', lineLength: 'narrow', motion: 'reduce' });
  expect(await rootFontSize(page)).toBe(32);

  await openReader(page, '?lang=en&theme=purple&textSize=999&font=atkinson');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'atkinson');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'purple');
  expect(warnings).toEqual(
    expect.arrayContaining([expect.stringContaining('theme=purple'), expect.stringContaining('textSize=999')]),
  );
});

test('a corrupt or hand-edited saved value gives the defaults, is kept aside, and is reported once', async ({
  page,
}) => {
  const notice = page.getByText('Your saved reading preferences could not be read, so the defaults are in use.');
  for (const stored of ['{not json', JSON.stringify({ textSize: 7, theme: 'neon' })]) {
    // Written from a page of the same origin that runs no app script, so the reader cannot save over it first.
    await page.goto('./library/index.json');
    await page.evaluate((value) => localStorage.setItem('lisible.preferences', value), stored);
    await openReader(page, '?lang=en');
    expect(await rootFontSize(page)).toBe(16);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
    await expect(notice).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('lisible.preferences.invalid'))).toBe(stored);

    await openReader(page, '?lang=en');
    await expect(notice).toBeHidden();
  }
});

test.describe('motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('follows the system, with an override either way', async ({ page }) => {
    const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    const cases: [ReadingPreferences['motion'], string][] = [
      ['system', 'smooth'],
      ['reduce', 'auto'],
      ['allow', 'smooth'],
    ];
    for (const [motion, expected] of cases) {
      await openReader(page, `?motion=${motion}`);
      expect(await scrollBehavior(), motion).toBe(expected);
    }
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openReader(page, '?motion=system');
    expect(await scrollBehavior()).toBe('auto');
  });
});

test('the bundled fonts load from the reader itself and are used for the text', async ({ page }) => {
  for (const [font, family] of [
    ['atkinson', 'Atkinson Hyperlegible'],
    ['opendyslexic', 'OpenDyslexic'],
  ] as const) {
    await openReader(page, `?lang=fr&font=${font}`);
    const state = await page.evaluate(async (name) => {
      const faces = await document.fonts.load(`16px "${name}"`, 'À é è ê ç œ « »');
      const paragraph = document.querySelector('main p');
      return {
        loaded: faces.length > 0 && faces.every((face) => face.status === 'loaded'),
        family: paragraph ? getComputedStyle(paragraph).fontFamily : '',
      };
    }, family);
    expect(state.loaded, font).toBe(true);
    expect(state.family.replaceAll('"', '').startsWith(family), state.family).toBe(true);
  }
});
