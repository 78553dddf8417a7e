/** The summary printed at the end of the audit, and its exit code: 1 on any violation or page not audited. */
import { relative } from 'node:path';
import { statusCounts, wcagMatrix } from '../../common/audit/matrix';
import type { AuditReport } from '../../common/audit/types';
import { REPORT_FILES } from './write-reports';

export function summarize(report: AuditReport, errors: readonly string[], out: string, elapsedMs: number): number {
  const failing = new Map<string, { impact: string; cases: number; elements: number }>();
  let review = 0;
  for (const auditCase of report.cases) {
    for (const finding of auditCase.findings) {
      if (finding.outcome === 'cantTell') review += 1;
      if (finding.outcome !== 'failed') continue;
      const entry = failing.get(finding.id) ?? { impact: finding.impact ?? 'minor', cases: 0, elements: 0 };
      entry.cases += 1;
      entry.elements += finding.nodes.length;
      failing.set(finding.id, entry);
    }
  }
  const statuses = statusCounts(wcagMatrix(report.cases));
  const lines = [
    '',
    `Audited ${report.cases.length} page states in ${(elapsedMs / 1000).toFixed(1)} s.`,
    failing.size === 0 ? 'No violations.' : `Violations of ${failing.size} rules:`,
    ...[...failing].map(
      ([rule, entry]) =>
        `  ${rule} (${entry.impact}): ${entry.elements} elements in ${entry.cases} of ${report.cases.length} page states`,
    ),
    `Needs review: ${review} rule results.`,
    `WCAG 2.2 criteria: ${Object.entries(statuses)
      .map(([status, count]) => `${count} ${status}`)
      .join(', ')}.`,
    ...(errors.length > 0 ? ['Page states that could not be audited:', ...errors.map((error) => `  ${error}`)] : []),
    `Report: ${relative(process.cwd(), `${out}/${REPORT_FILES.en}`)} (French: ${REPORT_FILES.fr}), ${REPORT_FILES.results}, ${REPORT_FILES.earl}, ${REPORT_FILES.matrix}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return failing.size > 0 || errors.length > 0 || report.cases.length === 0 ? 1 : 0;
}
