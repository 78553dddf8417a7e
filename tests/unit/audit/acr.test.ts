import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildAcr, levelCounts, type Acr } from '../../../common/audit/acr';
import { renderAcrHtml } from '../../../common/audit/acr-html';
import type { ManualRecord } from '../../../common/audit/manual-records';
import { openAcrYaml, OPENACR_CATALOG } from '../../../common/audit/openacr';
import schema from '../../../common/audit/openacr-0.1.0.schema.json';
import { REPORT_CHAPTERS } from '../../../common/audit/standards';
import type { AuditReport, Finding } from '../../../common/audit/types';

const finding = (id: string, outcome: Finding['outcome'], criteria: string[]): Finding => ({
  id,
  source: 'axe',
  outcome,
  help: id,
  criteria,
  actIds: [],
  tags: [],
  nodes: [],
});

const audit: AuditReport = {
  tool: { name: 'Lisible npm run audit', version: '0.1.0' },
  engine: { name: 'axe-core', version: '4.11.0', tags: ['wcag2a', 'wcag2aa'] },
  userAgent: 'Chromium 140',
  startedAt: '2026-11-30T10:00:00.000Z',
  finishedAt: '2026-11-30T10:05:00.000Z',
  scope: {
    documents: ['about-us'],
    languages: ['en', 'fr'],
    themes: ['light', 'contrast-dark'],
    textSizes: [100, 400],
    modes: ['normal', 'kiosk'],
    forcedColors: true,
  },
  cases: [
    {
      id: 'about-us/en/light/100/normal',
      url: 'http://localhost/',
      title: 'About us',
      date: '2026-11-30T10:01:00.000Z',
      state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
      findings: [
        finding('color-contrast', 'passed', ['1.4.3']),
        finding('image-alt', 'passed', ['1.1.1']),
        finding('target-size', 'failed', ['2.5.8']),
        finding('aria-allowed-role', 'cantTell', ['4.1.2']),
        finding('html-has-lang', 'passed', ['3.1.1']),
      ],
    },
  ],
};

const record = (check: string, outcome: ManualRecord['outcome'], name: string, note = ''): ManualRecord => ({
  id: `rec-${check.replace(/\./g, '-')}-${name.slice(0, 4)}`,
  check,
  outcome,
  note,
  assistiveTechnology: 'NVDA 2025.1',
  platform: 'Chromium 140 on Windows 11',
  auditor: { name },
  date: '2026-11-30T15:00:00.000Z',
});

const records = [
  record('wcag-1.1.1', 'passed', 'Amélie Tremblay'),
  record('wcag-2.5.8', 'passed', 'Amélie Tremblay'),
  record('wcag-1.2.1', 'inapplicable', 'Amélie Tremblay', 'No audio or video.'),
  record('wcag-4.1.2', 'passed', 'Amélie Tremblay'),
  record('wcag-4.1.2', 'failed', 'Jordan Lee', 'The theme choice does not announce its state.'),
  record('platform-settings', 'passed', 'Jordan Lee'),
];

const acr: Acr = buildAcr({
  audit,
  records,
  product: { name: 'Lisible', version: '0.1.0' },
  author: { name: 'Amélie Tremblay', email: 'amelie@example.ca' },
  date: '2026-12-01T09:00:00.000Z',
});
const row = (chapter: string, id: string) =>
  acr.chapters.find((entry) => entry.chapter.id === chapter)?.rows.find((entry) => entry.criterion.id === id);

describe('the conformance report’s rows', () => {
  it('follow the honest mapping from what was shown', () => {
    expect(row('success_criteria_level_a', '1.1.1')?.level).toBe('supports');
    expect(row('success_criteria_level_aa', '2.5.8')?.level).toBe('partially-supports');
    expect(row('success_criteria_level_a', '1.2.1')?.level).toBe('not-applicable');
    expect(row('success_criteria_level_a', '4.1.2')?.level).toBe('partially-supports');
    expect(row('success_criteria_level_aa', '1.4.3')?.level).toBe('not-evaluated');
    expect(row('success_criteria_level_a', '3.1.1')?.level).toBe('not-evaluated');
    expect(row('software', '503.2')?.level).toBe('supports');
    expect(row('en_301_549_software', '11.7')?.level).toBe('supports');
    expect(row('en_301_549_software', '11.8.1')?.level).toBe('not-evaluated');
  });

  it('list the AAA criteria the reader targets, and no other unchecked ones', () => {
    expect(
      acr.chapters
        .find((entry) => entry.chapter.id === 'success_criteria_level_aaa')
        ?.rows.map((entry) => entry.criterion.id),
    ).toEqual(['1.4.6', '1.4.8', '2.5.5']);
  });

  it('with no audit and no records, claim nothing', () => {
    const empty = buildAcr({
      records: [],
      product: { name: 'Lisible', version: '0.1.0' },
      author: { name: 'x', email: '' },
      date: '2026-12-01T09:00:00.000Z',
    });
    const counts = levelCounts(empty);
    expect(counts['not-evaluated']).toBeGreaterThan(100);
    expect(counts.supports + counts['partially-supports'] + counts['does-not-support'] + counts['not-applicable']).toBe(
      0,
    );
  });
});

describe('OpenACR', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it.each(['en', 'fr'] as const)('in %s validates against the OpenACR 0.1.0 schema', (language) => {
    const document: unknown = parse(openAcrYaml(acr, language));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema does reject a report without its required parts', () => {
    expect(validate({ title: 'x', product: { name: 'Lisible' } })).toBe(false);
    expect(validate({ title: 'x', product: { name: 'Lisible' }, author: { name: 'no email' } })).toBe(false);
  });

  it('uses the catalogue’s chapters, criterion numbers and conformance terms', () => {
    const document = parse(openAcrYaml(acr, 'en')) as {
      catalog: string;
      chapters: Record<
        string,
        { criteria: { num: string; components: { name: string; adherence: { level: string; notes: string } }[] }[] }
      >;
    };
    expect(document.catalog).toBe(OPENACR_CATALOG);
    expect(Object.keys(document.chapters)).toEqual(REPORT_CHAPTERS.map((chapter) => chapter.id));
    const levels = new Set(
      Object.values(document.chapters).flatMap((chapter) =>
        chapter.criteria.flatMap((criterion) => criterion.components.map((component) => component.adherence.level)),
      ),
    );
    expect(
      [...levels].every((level) =>
        ['supports', 'partially-supports', 'does-not-support', 'not-applicable', 'not-evaluated'].includes(level),
      ),
    ).toBe(true);
    const contrast = document.chapters.success_criteria_level_aa?.criteria.find(
      (criterion) => criterion.num === '1.4.3',
    );
    expect(contrast?.components[0]?.adherence).toEqual({
      level: 'not-evaluated',
      notes: 'Automated checks passed: color-contrast. Automated checks alone do not show support.',
    });
    const nameRoleValue = document.chapters.success_criteria_level_a?.criteria.find(
      (criterion) => criterion.num === '4.1.2',
    );
    expect(nameRoleValue?.components[0]?.adherence.notes).toContain('Jordan Lee');
    expect(nameRoleValue?.components[0]?.adherence.notes).toContain('Auditors disagree');
  });
});

describe('the HTML report', () => {
  const html = {
    en: renderAcrHtml(acr, 'en', { otherLanguageHref: 'acr.fr.html' }),
    fr: renderAcrHtml(acr, 'fr', { otherLanguageHref: 'acr.en.html' }),
  };

  it('is in its language, with the other one offered in that language', () => {
    expect(html.en).toContain('<html lang="en">');
    expect(html.en).toContain('lang="fr">Lire ce rapport en français</a>');
    expect(html.fr).toContain('<html lang="fr">');
    expect(html.fr).toContain('lang="en">Read this report in English</a>');
  });

  it('uses the VPAT’s terms in each language, and names the people who checked', () => {
    expect(html.en).toContain('Partially Supports');
    expect(html.fr).toContain('Prise en charge partielle');
    expect(html.fr).toContain('Tableau 1\u00a0: critères de succès, niveau A');
    for (const page of Object.values(html)) {
      expect(page).toContain('Amélie Tremblay');
      expect(page).toContain('Jordan Lee');
    }
  });

  it('escapes what people typed', () => {
    const hostile = buildAcr({
      ...acr,
      records: [record('wcag-1.1.1', 'passed', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>')],
    });
    const page = renderAcrHtml(hostile, 'en');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
  });
});
