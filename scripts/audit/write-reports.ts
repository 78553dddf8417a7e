/**
 * Writes the audit's evidence: results.json (findings and axe-core's raw output, "needs review" kept),
 * earl.jsonld, matrix.json, and the report for people in English (index.html) and French (index.fr.html).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toEarl } from '../../common/audit/earl';
import type { AxeRawResults } from '../../common/audit/from-axe';
import { wcagMatrix } from '../../common/audit/matrix';
import type { AuditedState, AuditReport } from '../../common/audit/types';
import { criterion } from '../../common/audit/wcag22';
import { renderHtmlReport } from '../../renderer/src/audit/html-report';
import { resources } from '../../renderer/src/i18n';
import { frenchRuleHelp } from './axe-engine';

export interface CaseEvidence {
  requested: AuditedState;
  axe: AxeRawResults;
}

export const REPORT_FILES = {
  en: 'index.html',
  fr: 'index.fr.html',
  results: 'results.json',
  earl: 'earl.jsonld',
  matrix: 'matrix.json',
} as const;

/** axe-core's output for one page, with every violation and "needs review" item whole, and passes counted. */
function rawEvidence(axe: AxeRawResults) {
  return {
    testEngine: axe.testEngine,
    testEnvironment: axe.testEnvironment,
    timestamp: axe.timestamp,
    url: axe.url,
    toolOptions: axe.toolOptions,
    violations: axe.violations,
    incomplete: axe.incomplete,
    passes: axe.passes.map((rule) => ({ id: rule.id, impact: rule.impact, tags: rule.tags, nodes: rule.nodes.length })),
    inapplicable: axe.inapplicable.map((rule) => rule.id),
  };
}

export async function writeReports(
  directory: string,
  report: AuditReport,
  evidence: ReadonlyMap<string, CaseEvidence>,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  const matrix = wcagMatrix(report.cases).map((row) => ({ ...row, title: criterion(row.criterion)?.title }));
  const results = {
    ...report,
    matrix,
    cases: report.cases.map((auditCase) => {
      const raw = evidence.get(auditCase.id);
      return { ...auditCase, ...(raw ? { requested: raw.requested, axe: rawEvidence(raw.axe) } : {}) };
    }),
  };
  const strings = { en: resources.en.translation.audit, fr: resources.fr.translation.audit };
  const files = { results: REPORT_FILES.results, earl: REPORT_FILES.earl, matrix: REPORT_FILES.matrix };
  await Promise.all([
    writeFile(join(directory, REPORT_FILES.results), `${JSON.stringify(results, null, 2)}\n`),
    writeFile(join(directory, REPORT_FILES.earl), `${JSON.stringify(toEarl(report), null, 2)}\n`),
    writeFile(join(directory, REPORT_FILES.matrix), `${JSON.stringify(matrix, null, 2)}\n`),
    writeFile(
      join(directory, REPORT_FILES.en),
      renderHtmlReport(report, {
        language: 'en',
        strings: strings.en,
        otherLanguage: { href: REPORT_FILES.fr, strings: strings.fr },
        files,
      }),
    ),
    writeFile(
      join(directory, REPORT_FILES.fr),
      renderHtmlReport(report, {
        language: 'fr',
        strings: strings.fr,
        ruleHelp: frenchRuleHelp,
        otherLanguage: { href: REPORT_FILES.en, strings: strings.en },
        files,
      }),
    ),
  ]);
}
