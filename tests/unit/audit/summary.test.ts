import { describe, expect, it, vi } from 'vitest';
import { CHECKS, checkFinding } from '../../../common/audit/checks';
import { auditCase, auditReport } from '../../support/audit-report';
import { summarize } from '../../../scripts/audit/summary';

const report = (faults: string[]) =>
  auditReport([auditCase('about-us/en/light/100/normal', [checkFinding(CHECKS.reflow, faults)])]);

describe('the audit’s exit code', () => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

  it('is 0 when nothing failed', () => {
    expect(summarize(report([]), [], 'reports/a11y', 1000)).toBe(0);
  });

  it('is 1 on any violation, or any page state that could not be audited', () => {
    expect(summarize(report(['html (656 > 320)']), [], 'reports/a11y', 1000)).toBe(1);
    expect(summarize(report([]), ['about-us/fr/dark/100/normal: timeout'], 'reports/a11y', 1000)).toBe(1);
  });
});
