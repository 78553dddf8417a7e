/**
 * Auditor mode's guided manual checks, by keyboard: record results, see progress, find checks by filter, keep
 * the records across a reload, export and import them (a conflict is shown, not overwritten), and write the
 * conformance report from them, in English and in French.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manualRecordsToEarl } from '../../common/audit/earl';
import { axeViolations, chooseKioskLanguage, openReader } from './reader';

// The accessibility report runs axe-core first; the checks open from it.
test.setTimeout(120_000);

async function openChecks(page: Page, names: { report: string; checks: string }): Promise<Locator> {
  await page.keyboard.press('Control+Shift+E');
  const report = page.getByRole('dialog', { name: names.report });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await report.getByRole('button', { name: names.checks }).focus();
  await page.keyboard.press('Enter');
  const checks = page.getByRole('dialog', { name: names.checks });
  await expect(checks).toBeVisible();
  return checks;
}

/** Filters down to one criterion, opens its check and records a result, all from the keyboard. */
async function recordByKeyboard(
  page: Page,
  checks: Locator,
  labels: { filter: string; result: string; note: string; save: string },
  criterion: string,
  outcome: string,
  note: string,
) {
  await checks.getByLabel(labels.filter).fill(criterion);
  const item = checks.getByRole('listitem').filter({ has: page.locator('summary', { hasText: criterion }) });
  await item.locator('summary').focus();
  await page.keyboard.press('Enter');
  await item.getByRole('radio', { name: outcome, exact: true }).focus();
  await page.keyboard.press('Space');
  await item.getByLabel(labels.note).focus();
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await expect(item.getByRole('button', { name: labels.save })).toBeFocused();
  await page.keyboard.press('Enter');
}

const EN = { filter: 'Criterion or words', result: 'Result', note: 'Note (optional)', save: 'Record result' };

test('records checks by keyboard, keeps them, exports, merges and reports them', async ({ page }, testInfo) => {
  await openReader(page, '?lang=en');
  let checks = await openChecks(page, { report: 'Accessibility report', checks: 'Guided manual checks' });
  await expect(checks.getByText('0 of 70 checked')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A result needs a name: the reader says so and takes you to the field.
  await recordByKeyboard(page, checks, EN, '1.4.3', 'Pass', 'Checked with a contrast analyser in all five themes.');
  await expect(checks.getByRole('status')).toHaveText('Enter your name before recording a result.');
  await expect(checks.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Amélie Tremblay');
  await checks.getByLabel('Assistive technology used').fill('NVDA 2025.1');
  await checks.getByRole('button', { name: 'Record result' }).focus();
  await page.keyboard.press('Enter');
  await expect(checks.getByRole('status')).toHaveText('Recorded: Pass for 1.4.3 Contrast (Minimum).');
  await expect(checks.getByText('1 of 70 checked')).toBeVisible();

  await recordByKeyboard(page, checks, EN, '2.4.7', 'Fail', 'No focus ring on the theme choices in the dark theme.');
  await expect(checks.getByText('2 of 70 checked')).toBeVisible();

  // Filters: by state and by level.
  await checks.getByLabel('Criterion or words').fill('');
  await checks.getByLabel('State').selectOption({ label: 'Fail' });
  await expect(checks.getByText('Checks shown: 1')).toBeVisible();
  await checks.getByLabel('State').selectOption({ label: 'All' });
  await checks.getByLabel('Level').selectOption('AAA');
  await expect(checks.getByText('Checks shown: 3')).toBeVisible();
  await checks.getByLabel('Level').selectOption({ label: 'No WCAG level' });
  await expect(checks.getByText('Checks shown: 12')).toBeVisible();

  // Kept across a reload (IndexedDB in a browser).
  await page.reload();
  checks = await openChecks(page, { report: 'Accessibility report', checks: 'Guided manual checks' });
  await expect(checks.getByText('2 of 70 checked')).toBeVisible();

  // Exported as EARL, with the person as the assertor.
  const exported = page.waitForEvent('download');
  await checks.getByRole('button', { name: 'Export records (EARL JSON-LD)' }).click();
  const earlPath = testInfo.outputPath('records.jsonld');
  await (await exported).saveAs(earlPath);
  const earl = JSON.parse(await readFile(earlPath, 'utf8')) as {
    '@graph': { mode?: string; assertedBy?: { name: string } }[];
  };
  const manual = earl['@graph'].filter((node) => node.mode === 'manual');
  expect(manual.map((node) => node.assertedBy?.name)).toEqual(['Amélie Tremblay', 'Amélie Tremblay']);

  // Another auditor's file, and one where Amélie recorded 2.4.7 differently: added, and a conflict to settle.
  const other = testInfo.outputPath('other.jsonld');
  const base = {
    note: '',
    assistiveTechnology: 'Orca 48',
    platform: 'Firefox on Debian',
    date: '2026-11-30T15:00:00.000Z',
  };
  await writeFile(
    other,
    JSON.stringify(
      manualRecordsToEarl([
        { ...base, id: 'jordan-0001-record', check: 'wcag-1.1.1', outcome: 'passed', auditor: { name: 'Jordan Lee' } },
        {
          ...base,
          id: 'amelie-0099-record',
          check: 'wcag-2.4.7',
          outcome: 'passed',
          auditor: { name: 'Amélie Tremblay' },
        },
      ]),
    ),
  );
  await checks.getByLabel('Import another auditor’s records').setInputFiles(other);
  await expect(checks.getByRole('status')).toHaveText(
    'Imported 1 records; 0 were already here; 1 conflicts to settle.',
  );
  await expect(checks.getByText('3 of 70 checked')).toBeVisible();
  await expect(
    checks.getByText('Amélie Tremblay recorded 2.4.7 Focus Visible as Fail here and as Pass in the imported file.'),
  ).toBeVisible();
  await checks.getByRole('button', { name: 'Keep Fail' }).click();
  await expect(checks.getByRole('status')).toHaveText('Conflict settled: 2.4.7 Focus Visible is Fail.');

  // The conformance report: accessible, with the outcomes and who recorded them.
  const written = page.waitForEvent('download');
  await checks.getByRole('button', { name: 'Conformance report (HTML)' }).click();
  const reportPath = testInfo.outputPath('acr.html');
  await (await written).saveAs(reportPath);
  const acr = await page.context().newPage();
  await acr.goto(`file://${reportPath}`);
  expect(await axeViolations(acr)).toEqual([]);
  const row = (name: RegExp) => acr.getByRole('row').filter({ has: acr.getByRole('rowheader', { name }) });
  await expect(
    row(/^1\.4\.3 Contrast/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Supports');
  await expect(row(/^1\.4\.3 Contrast/)).toContainText('Pass (by Amélie Tremblay');
  await expect(
    row(/^2\.4\.7 Focus Visible/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Does Not Support');
  await expect(row(/^1\.1\.1 Non-text Content/)).toContainText('Jordan Lee');
});

test('in a kiosk, an auditor can record checks, and nothing of them is kept for the next visitor', async ({ page }) => {
  await page.goto('./?kiosk=1');
  await chooseKioskLanguage(page, 'en');
  const checks = await openChecks(page, { report: 'Accessibility report', checks: 'Guided manual checks' });
  await checks.getByLabel('Your name').fill('Amélie Tremblay');
  await recordByKeyboard(page, checks, EN, '1.4.3', 'Pass', 'Checked on the kiosk.');
  await expect(checks.getByText('1 of 70 checked')).toBeVisible();

  // The same browser, out of kiosk mode: the records store of this origin holds nothing from the kiosk.
  await openReader(page, '?lang=en');
  const after = await openChecks(page, { report: 'Accessibility report', checks: 'Guided manual checks' });
  await expect(after.getByText('0 of 70 checked')).toBeVisible();
  await after.getByLabel('Your name').fill('Jordan Lee');
  await recordByKeyboard(page, after, EN, '1.1.1', 'Pass', 'Checked at the desk.');
  await expect(after.getByText('1 of 70 checked')).toBeVisible();
});

test('in French, by keyboard, through to the French report', async ({ page }, testInfo) => {
  await openReader(page, '?lang=fr');
  const checks = await openChecks(page, {
    report: 'Rapport d’accessibilité',
    checks: 'Vérifications manuelles guidées',
  });
  await expect(checks.getByText('0 sur 70 vérifiés')).toBeVisible();
  await checks.getByLabel('Votre nom').fill('Amélie Tremblay');
  await recordByKeyboard(
    page,
    checks,
    { filter: 'Critère ou mots', result: 'Résultat', note: 'Note (facultative)', save: 'Inscrire le résultat' },
    '3.1.1',
    'Réussi',
    'La langue suit le choix.',
  );
  await expect(checks.getByRole('status')).toHaveText('Inscrit\u00a0: Réussi pour 3.1.1 Langue de la page.');
  await expect(checks.getByText('1 sur 70 vérifiés')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const written = page.waitForEvent('download');
  await checks.getByRole('button', { name: 'Rapport de conformité (HTML)' }).click();
  const reportPath = testInfo.outputPath('acr.fr.html');
  await (await written).saveAs(reportPath);
  const acr = await page.context().newPage();
  await acr.goto(`file://${join(reportPath)}`);
  await expect(acr.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await axeViolations(acr)).toEqual([]);
  const row = acr.getByRole('row').filter({ has: acr.getByRole('rowheader', { name: /^3\.1\.1 Langue de la page/ }) });
  await expect(row.getByRole('cell').first()).toHaveText('Prise en charge');
  await expect(row).toContainText('Réussi (par Amélie Tremblay');
});
