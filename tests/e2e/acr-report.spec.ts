/**
 * `npm run acr` writes the conformance report from an audit and two auditors' exported records: in both
 * languages it is itself accessible, its tables have captions and header cells, and it states each recorded
 * outcome and who recorded it, nothing more. It stays readable at 400% and in print.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { manualRecordsToEarl } from '../../common/audit/earl';
import type { ManualRecord } from '../../common/audit/manual-records';
import type { AuditReport } from '../../common/audit/types';
import { horizontalOverflow } from './page-checks';
import { axeViolations } from './reader';

const root = resolve(import.meta.dirname, '../..');
let directory = '';
// axe-core reads every one of the report's 170-odd rows, with AAA contrast: slow on a busy machine.
test.setTimeout(120_000);

const record = (check: string, outcome: ManualRecord['outcome'], name: string, note: string): ManualRecord => ({
  id: `rec-${check.replace(/\./g, '-')}-${name.length}`,
  check,
  outcome,
  note,
  assistiveTechnology: 'NVDA 2025.1',
  platform: 'Chromium on Windows 11',
  auditor: { name },
  date: '2026-11-30T15:00:00.000Z',
});

const audit: AuditReport = {
  tool: { name: 'Lisible npm run audit', version: '0.1.0' },
  engine: { name: 'axe-core', version: '4.11.0', tags: ['wcag2a', 'wcag2aa'] },
  userAgent: 'Chromium',
  startedAt: '2026-11-30T10:00:00.000Z',
  finishedAt: '2026-11-30T10:05:00.000Z',
  scope: {
    documents: ['about-us'],
    languages: ['en', 'fr'],
    themes: ['light'],
    textSizes: [100, 400],
    modes: ['normal'],
    forcedColors: false,
  },
  cases: [
    {
      id: 'about-us/en/light/100/normal',
      url: 'http://127.0.0.1/',
      title: 'About Us',
      date: '2026-11-30T10:01:00.000Z',
      state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
      findings: [
        {
          id: 'color-contrast',
          source: 'axe',
          outcome: 'passed',
          help: 'Contrast',
          criteria: ['1.4.3'],
          actIds: [],
          tags: [],
          nodes: [],
        },
        {
          id: 'target-size',
          source: 'axe',
          outcome: 'failed',
          help: 'Targets',
          criteria: ['2.5.8'],
          actIds: [],
          tags: [],
          nodes: [{ target: 'button.tiny' }],
        },
      ],
    },
  ],
};

test.beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lisible-acr-'));
  await mkdir(join(directory, 'audit'));
  await writeFile(join(directory, 'audit', 'results.json'), JSON.stringify(audit));
  await writeFile(
    join(directory, 'amelie.jsonld'),
    JSON.stringify(
      manualRecordsToEarl([
        record('wcag-1.1.1', 'passed', 'Amélie Tremblay', 'Every image has a text alternative.'),
        record('wcag-2.5.8', 'passed', 'Amélie Tremblay', ''),
      ]),
    ),
  );
  await writeFile(
    join(directory, 'jordan.jsonld'),
    JSON.stringify(
      manualRecordsToEarl([record('wcag-2.4.7', 'failed', 'Jordan Lee', 'No focus ring on the theme choices.')]),
    ),
  );
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/audit/acr.ts',
      '--audit',
      join(directory, 'audit'),
      '--records',
      join(directory, 'amelie.jsonld'),
      '--records',
      join(directory, 'jordan.jsonld'),
      '--out',
      join(directory, 'acr'),
      '--email',
      'a11y@example.ca',
    ],
    { cwd: root },
  );
  expect(stdout).toContain('Manual records: 3 by Amélie Tremblay, Jordan Lee.');
});

test.afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const open = (page: Page, file: string) => page.goto(pathToFileURL(join(directory, 'acr', file)).href);
const rowOf = (page: Page, criterion: RegExp) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: criterion }) });

test('in English: accessible, tables with captions and header cells, each outcome and who recorded it', async ({
  page,
}) => {
  await open(page, 'index.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lisible Accessibility Conformance Report');
  expect(await axeViolations(page)).toEqual([]);

  const table = page.getByRole('table', { name: 'Table 1: Success Criteria, Level A' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Criteria',
    'Conformance Level',
    'Remarks and Explanations',
  ]);
  await expect(page.getByRole('table', { name: 'Chapter 5: Generic Requirements' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Chapter 3: Functional Performance Criteria (FPC)' })).toBeVisible();

  await expect(
    rowOf(page, /^1\.1\.1 Non-text Content/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Supports');
  await expect(rowOf(page, /^1\.1\.1 Non-text Content/)).toContainText('by Amélie Tremblay');
  await expect(
    rowOf(page, /^2\.4\.7 Focus Visible/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Does Not Support');
  await expect(rowOf(page, /^2\.4\.7 Focus Visible/)).toContainText('Jordan Lee');
  // A person's pass does not outweigh an automated failure; automated passes alone prove nothing.
  await expect(
    rowOf(page, /^2\.5\.8 Target Size/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Partially Supports');
  await expect(
    rowOf(page, /^1\.4\.3 Contrast \(Minimum\)/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Not Evaluated');

  await page.getByRole('link', { name: 'Lire ce rapport en français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('in French: accessible, in the VPAT’s French terms, with French typography', async ({ page }) => {
  await open(page, 'index.fr.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Rapport de conformité en matière d’accessibilité de Lisible',
  );
  expect(await axeViolations(page)).toEqual([]);
  await expect(
    page.getByRole('table', { name: 'Tableau 1\u00a0: critères de succès, niveau A' }).getByRole('columnheader'),
  ).toHaveText(['Critère', 'Niveau de conformité', 'Remarques et explications']);
  await expect(
    rowOf(page, /^1\.1\.1 Contenu non textuel/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Prise en charge');
  await expect(rowOf(page, /^1\.1\.1 Contenu non textuel/)).toContainText('par Amélie Tremblay');
  await expect(
    rowOf(page, /^2\.4\.7 Visibilité du focus/)
      .getByRole('cell')
      .first(),
  ).toHaveText('Non prise en charge');
  await expect(page.getByRole('link', { name: 'Ce rapport au format OpenACR (YAML)' })).toHaveAttribute(
    'href',
    'openacr.fr.yaml',
  );
});

test('reflows at 400% and prints without losing columns', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page, 'index.html');
  expect(await horizontalOverflow(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  const widths = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map(
      (table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0) + 1,
    ),
  );
  expect(widths.every(Boolean)).toBe(true);
});

test('OpenACR and EARL are written beside it', async () => {
  const yaml = await readFile(join(directory, 'acr', 'openacr.yaml'), 'utf8');
  expect(yaml).toContain('catalog: 2.5-edition-wcag-2.2-508-eu-en');
  expect(yaml).toContain('email: a11y@example.ca');
  const earl = JSON.parse(await readFile(join(directory, 'acr', 'earl.jsonld'), 'utf8')) as {
    '@graph': { mode?: string }[];
  };
  expect(earl['@graph'].filter((node) => node.mode === 'manual')).toHaveLength(3);
  expect(earl['@graph'].filter((node) => node.mode === 'automatic')).toHaveLength(2);
});
