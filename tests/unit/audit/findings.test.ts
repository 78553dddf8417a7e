import { describe, expect, it } from 'vitest';
import { CHECKS, checkFinding } from '../../../common/audit/checks';
import { toEarl } from '../../../common/audit/earl';
import { findingsFromAxe, type AxeRawResults, type AxeRule } from '../../../common/audit/from-axe';
import { MATRIX_STATUSES, wcagMatrix } from '../../../common/audit/matrix';
import type { AuditCase, AuditReport } from '../../../common/audit/types';

const rule = (id: string, tags: string[], nodes = 1, impact: string | null = 'serious'): AxeRule => ({
  id,
  impact,
  tags,
  help: `${id} help`,
  helpUrl: `https://dequeuniversity.com/rules/axe/4.14/${id}?application=axeAPI`,
  nodes: Array.from({ length: nodes }, (_, index) => ({
    target: [`#${id}-${String(index)}`],
    html: '<p></p>',
    failureSummary: 'Fix it',
  })),
});

const results = (
  parts: Partial<Pick<AxeRawResults, 'violations' | 'incomplete' | 'passes' | 'inapplicable'>>,
): AxeRawResults => ({
  testEngine: { name: 'axe-core', version: '4.14.1' },
  testEnvironment: { userAgent: 'test', windowWidth: 1280, windowHeight: 800 },
  timestamp: '2025-06-18T12:00:00.000Z',
  url: 'http://127.0.0.1/',
  violations: [],
  incomplete: [],
  passes: [],
  inapplicable: [],
  ...parts,
});

const auditCase = (id: string, findings: AuditCase['findings']): AuditCase => ({
  id,
  url: 'http://127.0.0.1/',
  title: 'About Us',
  state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
  findings,
  date: '2025-06-18T12:00:00.000Z',
});

describe('findings from axe-core', () => {
  it('give one finding per rule, with the worst outcome, its criteria and its ACT rules', () => {
    const findings = findingsFromAxe(
      results({
        violations: [rule('color-contrast', ['wcag2aa', 'wcag143'], 2)],
        incomplete: [
          rule('color-contrast', ['wcag2aa', 'wcag143'], 1),
          rule('aria-valid-attr-value', ['wcag2a', 'wcag412']),
        ],
        passes: [rule('color-contrast', ['wcag2aa', 'wcag143'], 40), rule('region', ['best-practice'], 3)],
        inapplicable: [rule('image-alt', ['wcag2a', 'wcag111'], 0)],
      }),
      [{ ruleId: 'color-contrast', actIds: ['afw4f7', '09o5cg'] }],
    );
    const byId = new Map(findings.map((finding) => [finding.id, finding]));
    expect(findings).toHaveLength(4);
    expect(byId.get('color-contrast')).toMatchObject({
      outcome: 'failed',
      impact: 'serious',
      criteria: ['1.4.3'],
      actIds: ['afw4f7', '09o5cg'],
      passed: 40,
    });
    // The element axe could not decide on is kept with the failure, marked.
    expect(byId.get('color-contrast')?.nodes.map((node) => node.needsReview ?? false)).toEqual([false, false, true]);
    expect(byId.get('aria-valid-attr-value')?.outcome).toBe('cantTell');
    expect(byId.get('region')).toMatchObject({ outcome: 'passed', criteria: [], nodes: [] });
    expect(byId.get('image-alt')?.outcome).toBe('inapplicable');
  });

  it("and from the audit's own checks: failed with the faults, passed, or not applicable", () => {
    expect(checkFinding(CHECKS.reflow, ['html (656 > 320)'])).toMatchObject({
      outcome: 'failed',
      impact: 'serious',
      nodes: [{ summary: 'html (656 > 320)' }],
    });
    expect(checkFinding(CHECKS.focusVisible, [], 12)).toMatchObject({ outcome: 'passed', passed: 12 });
    expect(checkFinding(CHECKS.targetSize, undefined).outcome).toBe('inapplicable');
  });
});

describe('the WCAG 2.2 matrix', () => {
  const matrix = wcagMatrix([
    auditCase('a', [
      checkFinding(CHECKS.reflow, ['html']),
      { ...checkFinding(CHECKS.focusVisible, []), criteria: ['2.4.7'] },
      { ...checkFinding(CHECKS.language, []), outcome: 'cantTell' },
    ]),
    auditCase('b', [checkFinding(CHECKS.reflow, [])]),
  ]);
  const status = (id: string) => matrix.find((row) => row.criterion === id)?.status;

  it('has a row for each criterion, with one of four statuses and never "supports"', () => {
    expect(matrix).toHaveLength(86);
    for (const row of matrix) expect(MATRIX_STATUSES).toContain(row.status);
  });

  it('fails a criterion any page state fails, and says which', () => {
    expect(status('1.4.10')).toBe('auto-fail');
    expect(matrix.find((row) => row.criterion === '1.4.10')?.cases).toEqual(['a']);
  });

  it('asks for review, passes automatically what passed, and leaves the rest to a person', () => {
    expect(status('3.1.1')).toBe('needs-review');
    expect(status('2.4.7')).toBe('auto-pass');
    expect(status('1.2.2')).toBe('manual-required');
  });
});

describe('EARL', () => {
  it('has one assertion per rule and page state, with EARL outcomes and pointers to the faults', () => {
    const findings = findingsFromAxe(
      results({ violations: [rule('image-alt', ['wcag2a', 'wcag111'])], passes: [rule('region', ['best-practice'])] }),
      [],
    );
    const report: AuditReport = {
      tool: { name: 'test' },
      engine: { name: 'axe-core', version: '4.14.1', tags: ['wcag2a'] },
      userAgent: 'test',
      startedAt: '2025-06-18T12:00:00.000Z',
      finishedAt: '2025-06-18T12:00:00.000Z',
      scope: {
        documents: ['about-us'],
        languages: ['en'],
        themes: ['light'],
        textSizes: [100],
        modes: ['normal'],
        forcedColors: false,
      },
      cases: [auditCase('about-us/en/light/100/normal', findings), auditCase('about-us/fr/light/100/normal', findings)],
    };
    const graph = toEarl(report)['@graph'] as Record<string, unknown>[];
    const assertions = graph.filter((node) => node['@type'] === 'Assertion');
    expect(assertions).toHaveLength(4);
    expect(new Set(assertions.map((node) => `${String(node.subject)} ${String(node.test)}`)).size).toBe(4);
    const failed = assertions.find((node) => (node.result as { outcome: string }).outcome === 'failed');
    expect(failed?.test).toBe('https://dequeuniversity.com/rules/axe/4.14/image-alt');
    expect((failed?.result as { pointer: unknown[] }).pointer).toEqual([
      { '@type': 'ptr:CSSSelectorPointer', expression: '#image-alt-0' },
    ]);
  });
});
