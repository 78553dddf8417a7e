/**
 * The in-app accessibility report: opened from the preferences panel or its shortcut, it audits the view as it
 * is, in the reader's language, points at the elements at fault, exports its evidence, and loads axe-core
 * only when asked for.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { axeViolations, openReader } from './reader';

const report = (page: Page, name = 'Accessibility report') => page.getByRole('dialog', { name });

/** The "Go to element" button of the planted image's problem. */
const goToImage = (page: Page, name = 'Go to element') =>
  page
    .getByRole('dialog')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^image-alt/ }) })
    .getByRole('button', { name });

/** An image with no text alternative, so the report has a problem to show and an element to go to. */
async function addFault(page: Page): Promise<void> {
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    image.width = 40;
    image.height = 40;
    image.className = 'planted-fault';
    document.querySelector('main')?.append(image);
  });
}

test('opens from the preferences panel, closing it first, and lists the results', async ({ page }) => {
  await openReader(page, '?lang=en&theme=dark&textSize=200');
  await page.getByRole('button', { name: 'Reading preferences' }).click();
  await page
    .getByRole('dialog', { name: 'Reading preferences' })
    .getByRole('button', { name: 'Accessibility report' })
    .click();
  const dialog = report(page);
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(dialog.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Problems', exact: true })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Needs review' })).toBeVisible();
  // The state audited, as the reader set it.
  const value = (term: string) =>
    dialog.getByRole('region', { name: 'What was checked' }).locator(`dt:text-is("${term}") + dd`);
  await expect(value('Text size')).toHaveText('200%');
  await expect(value('Colours')).toHaveText('Dark');
  await expect(value('Language')).toHaveText('English');
  await expect(value('Engine')).toHaveText(/^axe-core 4\./);
  const passes = await dialog.locator('dt:text-is("Rules passed") + dd').innerText();
  expect(Number(passes)).toBeGreaterThan(20);
  // The report is itself accessible, and closes with Escape, giving focus back to what opened it.
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reading preferences' })).toBeFocused();
});

test("opens from its shortcut, in French with axe-core's French texts, and shows what is wrong", async ({ page }) => {
  await openReader(page, '?lang=fr');
  await addFault(page);
  await page.keyboard.press('Control+Shift+E');
  const dialog = report(page, 'Rapport d’accessibilité');
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  const problem = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^image-alt/ }) });
  await expect(problem.getByRole('heading', { level: 4 })).toHaveText(
    'image-alt Les images doivent avoir une alternative textuelle',
  );
  await expect(problem).toContainText('1.1.1 Contenu non textuel');
  await expect(problem.getByRole('link', { name: '23a2a8' })).toHaveAttribute(
    'href',
    'https://act-rules.github.io/rules/23a2a8',
  );
  await expect(goToImage(page, 'Aller à l’élément')).toHaveCount(1);
  await expect(dialog.locator('dt:text-is("Grave") + dd, dt:text-is("Critique") + dd').first()).not.toHaveText('0');
});

test('a button moves focus to the element at fault and outlines it, until focus moves on', async ({ page }) => {
  await openReader(page, '?lang=en');
  await addFault(page);
  await page.keyboard.press('Control+Shift+E');
  await goToImage(page).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const image = page.locator('img.planted-fault');
  await expect(image).toBeFocused();
  await expect(image).toHaveClass(/audit-highlight/);
  await expect(image).toHaveCSS('outline-style', 'dashed');
  await page.keyboard.press('Tab');
  await expect(image).not.toHaveClass(/audit-highlight/);
  await expect(image).not.toHaveAttribute('tabindex');
});

test('the outline survives forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openReader(page, '?lang=en');
  await addFault(page);
  await page.keyboard.press('Control+Shift+E');
  await goToImage(page).click();
  const image = page.locator('img.planted-fault');
  await expect(image).toBeFocused();
  await expect(image).toHaveCSS('outline-style', 'dashed');
  expect(parseFloat(await image.evaluate((element) => getComputedStyle(element).outlineWidth))).toBeGreaterThanOrEqual(
    4,
  );
});

test('exports the raw axe results, an HTML report and EARL', async ({ page }) => {
  await openReader(page, '?lang=en');
  await addFault(page);
  await page.keyboard.press('Control+Shift+E');
  const dialog = report(page);
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  };

  const raw = await save('Raw axe results (JSON)');
  expect(raw.name).toMatch(/^lisible-axe-.*\.json$/);
  const axe = JSON.parse(raw.text) as {
    testEngine: { version: string };
    violations: { id: string }[];
    incomplete: unknown[];
  };
  expect(axe.testEngine.version).toMatch(/^4\./);
  expect(axe.violations.map((violation) => violation.id)).toContain('image-alt');
  expect(Array.isArray(axe.incomplete)).toBe(true);

  const html = await save('Report (HTML)');
  expect(html.name).toMatch(/^lisible-accessibility-report-en-.*\.html$/);
  expect(html.text).toContain('<html lang="en">');
  expect(html.text).toContain('image-alt');

  const earl = await save('EARL results (JSON-LD)');
  expect(earl.name).toMatch(/\.jsonld$/);
  const graph = (
    JSON.parse(earl.text) as { '@graph': { '@type': unknown; outcome?: string; result?: { outcome: string } }[] }
  )['@graph'];
  expect(graph.some((node) => node['@type'] === 'Assertion' && node.result?.outcome === 'failed')).toBe(true);
  await expect(dialog.getByRole('status')).toContainText('Downloading lisible-earl-');
});

test('axe-core is not in the main bundle, and loads only when a report is asked for', async ({ page }) => {
  const index = await readFile(resolve(import.meta.dirname, '../../out/web/index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
  expect(entry).toBeDefined();
  const main = await readFile(resolve(import.meta.dirname, '../../out/web', entry ?? ''), 'utf8');
  // Rule ids only axe-core's own source holds.
  expect(main).not.toContain('landmark-complementary-is-top-level');
  expect(main).not.toContain('color-contrast-enhanced');

  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openReader(page, '?lang=fr');
  expect(scripts.filter((path) => /axe|AccessibilityReport|\/fr-/.test(path))).toEqual([]);
  await page.keyboard.press('Control+Shift+E');
  await expect(report(page, 'Rapport d’accessibilité')).toBeVisible({ timeout: 15_000 });
  expect(scripts.some((path) => path.includes('/axe-'))).toBe(true);
});
