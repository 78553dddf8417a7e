/**
 * The audit behind `npm run audit` can fail: a page with known faults is reported with exactly those. Its
 * reports are themselves accessible (HTML) and valid for tools (EARL as JSON-LD).
 */
import { expect, test, type Page } from '@playwright/test';
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toEarl } from '../../common/audit/earl';
import { caseId, type AuditCase, type AuditedState, type AuditReport, type Finding } from '../../common/audit/types';
import { renderHtmlReport, type AuditStrings } from '../../common/audit/html-report';
import { auditPage } from '../../scripts/audit/audit-page';
import { AXE_VERSION, frenchRuleHelp } from '../../scripts/audit/axe-engine';
import { axeViolations } from './reader';

// Read, not imported: Playwright's loader wants JSON imports marked, which the renderer's bundler does not.
const STRINGS = Object.fromEntries(
  (['en', 'fr'] as const).map((language) => [
    language,
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../common/locales/${language}/audit.json`), 'utf8'),
    ) as AuditStrings,
  ]),
) as Record<'en' | 'fr', AuditStrings>;

const FIXTURE = pathToFileURL(resolve(import.meta.dirname, '../fixtures/audit/known-faults.html')).href;

/** What the fixture gets wrong (see the comment at its top), by rule or check id. */
const KNOWN_FAULTS = [
  'button-name',
  'color-contrast',
  'image-alt',
  'lisible-focus-not-obscured',
  'lisible-focus-visible',
  'lisible-language',
  'lisible-reflow',
  'lisible-target-size-44',
  'lisible-text-spacing',
];

const failed = (findings: Finding[]) =>
  findings
    .filter((finding) => finding.outcome === 'failed')
    .map((finding) => finding.id)
    .sort();

async function auditFixture(page: Page, forcedColors: boolean): Promise<AuditCase> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ forcedColors: forcedColors ? 'active' : 'none' });
  await page.goto(FIXTURE);
  const { findings, axe } = await auditPage(page, {
    language: 'en',
    textSize: 100,
    kiosk: true,
    forcedColors,
    knownTexts: [{ text: 'Français', lang: 'fr' }],
  });
  const state: AuditedState = {
    language: 'en',
    theme: 'light',
    textSize: 100,
    font: 'system',
    mode: 'kiosk',
    forcedColors,
  };
  return {
    id: caseId('fixture', state),
    url: FIXTURE,
    title: await page.title(),
    state,
    findings,
    date: axe.timestamp,
  };
}

function reportOf(cases: AuditCase[]): AuditReport {
  const now = new Date().toISOString();
  return {
    tool: { name: 'audit engine test' },
    engine: { name: 'axe-core', version: AXE_VERSION, tags: ['wcag2a'] },
    userAgent: 'test',
    startedAt: now,
    finishedAt: now,
    scope: {
      documents: ['fixture'],
      languages: ['en'],
      themes: ['light'],
      textSizes: [100],
      modes: ['kiosk'],
      forcedColors: true,
    },
    cases,
  };
}

test('a page with known faults is reported with exactly those faults', async ({ page }) => {
  const audited = await auditFixture(page, false);
  expect(failed(audited.findings)).toEqual(KNOWN_FAULTS);
  // Each fault is pinned to the element at fault.
  const nodes = (id: string) => audited.findings.find((finding) => finding.id === id)?.nodes ?? [];
  expect(nodes('lisible-focus-visible').map((node) => node.html)).toEqual([expect.stringContaining('No ring')]);
  expect(nodes('lisible-target-size-44').map((node) => node.html)).toEqual([expect.stringContaining('class="small"')]);
  expect(nodes('lisible-focus-not-obscured').map((node) => node.target)).toEqual(['body > footer > button']);
  expect(nodes('lisible-language').map((node) => node.summary)).toEqual([expect.stringContaining('Français')]);
});

test('under forced colours, it finds the control that loses its boundary, and leaves contrast to the system', async ({
  page,
}) => {
  const audited = await auditFixture(page, true);
  const expected = [...KNOWN_FAULTS.filter((id) => id !== 'color-contrast'), 'lisible-forced-colors-boundary'].sort();
  expect(failed(audited.findings)).toEqual(expected);
  expect(audited.findings.map((finding) => finding.id)).not.toContain('color-contrast');
});

test.describe('reports', () => {
  // axe-core over a whole report, hundreds of rows, is the slowest check here: seconds alone, far more beside
  // other work on the machine. The time allowed is not what is tested.
  test.describe.configure({ timeout: 90_000 });
  let report: AuditReport;
  test.beforeAll(async ({ browser }) => {
    // axe-core's Playwright runner needs a page of a context of our own.
    const context = await browser.newContext();
    const page = await context.newPage();
    report = reportOf([await auditFixture(page, false), await auditFixture(page, true)]);
    await context.close();
  });

  for (const language of ['en', 'fr'] as const) {
    test(`the HTML report in ${language} passes axe-core itself`, async ({ page }) => {
      const other = language === 'en' ? 'fr' : 'en';
      const html = renderHtmlReport(report, {
        language,
        strings: STRINGS[language],
        ...(language === 'fr' ? { ruleHelp: frenchRuleHelp } : {}),
        otherLanguage: { href: `index.${other}.html`, strings: STRINGS[other] },
        files: { results: 'results.json', earl: 'earl.jsonld', matrix: 'matrix.json' },
      });
      const file = test.info().outputPath(`report.${language}.html`);
      await mkdir(resolve(file, '..'), { recursive: true });
      await writeFile(file, html);
      await page.goto(pathToFileURL(file).href);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(STRINGS[language].html.title);
      // Every fault is there, with its evidence.
      for (const id of KNOWN_FAULTS)
        await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${id}`) })).toBeVisible();
      if (language === 'fr')
        await expect(page.getByText('Les images doivent avoir une alternative textuelle')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // And it reflows at 320 px: only its tables scroll, inside their own focusable region.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    });
  }

  test('the EARL output is valid JSON-LD with one assertion per rule and subject', async () => {
    const expanded = await jsonld.expand(toEarl(report));
    const EARL = 'http://www.w3.org/ns/earl#';
    const assertions = expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`${EARL}Assertion`));
    const id = (node: jsonld.NodeObject, property: string) =>
      ((node[`${EARL}${property}`] as { '@id': string }[] | undefined)?.[0] ?? { '@id': '' })['@id'];
    const pairs = assertions.map((assertion) => `${id(assertion, 'subject')} ${id(assertion, 'test')}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toHaveLength(report.cases.reduce((sum, auditCase) => sum + auditCase.findings.length, 0));
    // Outcomes are EARL's own terms, and failures point at their elements.
    const outcomes = new Set(
      assertions.map((assertion) => {
        const result = (assertion[`${EARL}result`] as jsonld.NodeObject[])[0] ?? {};
        return id(result, 'outcome');
      }),
    );
    expect(
      [...outcomes].every((outcome) =>
        ['passed', 'failed', 'cantTell', 'inapplicable'].map((term) => `${EARL}${term}`).includes(outcome),
      ),
    ).toBe(true);
    expect(outcomes).toContain(`${EARL}failed`);
  });
});
