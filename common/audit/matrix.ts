/**
 * The per-criterion WCAG 2.2 matrix. Automation can show a criterion failing, but never that it is met: a
 * passing rule covers only what the rule tests. So the best an automated status can be is "auto-pass", which
 * an auditor still has to confirm by hand before writing "Supports" (VPAT 2.5) for any criterion.
 */
import { WCAG22_CRITERIA, type WcagLevel } from './wcag22';
import type { AuditCase } from './types';

export const MATRIX_STATUSES = ['auto-fail', 'needs-review', 'auto-pass', 'manual-required'] as const;
export type MatrixStatus = (typeof MATRIX_STATUSES)[number];

export interface MatrixRow {
  criterion: string;
  level: WcagLevel;
  status: MatrixStatus;
  /** Rules and checks that failed, need review, or passed for this criterion (by status above). */
  failed: string[];
  review: string[];
  passed: string[];
  /** Ids of the cases with a failure or an item to review. */
  cases: string[];
}

export function wcagMatrix(cases: readonly AuditCase[]): MatrixRow[] {
  return WCAG22_CRITERIA.map(({ id, level }) => {
    const failed = new Set<string>();
    const review = new Set<string>();
    const passed = new Set<string>();
    const affected = new Set<string>();
    for (const auditCase of cases) {
      for (const finding of auditCase.findings) {
        if (!finding.criteria.includes(id)) continue;
        if (finding.outcome === 'failed') failed.add(finding.id);
        else if (finding.outcome === 'cantTell') review.add(finding.id);
        else if (finding.outcome === 'passed') passed.add(finding.id);
        if (finding.outcome === 'failed' || finding.outcome === 'cantTell') affected.add(auditCase.id);
      }
    }
    const status: MatrixStatus =
      failed.size > 0
        ? 'auto-fail'
        : review.size > 0
          ? 'needs-review'
          : passed.size > 0
            ? 'auto-pass'
            : 'manual-required';
    return {
      criterion: id,
      level,
      status,
      failed: [...failed],
      review: [...review],
      passed: [...passed],
      cases: [...affected],
    };
  });
}

export function statusCounts(rows: readonly MatrixRow[]): Record<MatrixStatus, number> {
  const counts: Record<MatrixStatus, number> = {
    'auto-fail': 0,
    'needs-review': 0,
    'auto-pass': 0,
    'manual-required': 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
