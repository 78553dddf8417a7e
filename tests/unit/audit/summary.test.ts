import { describe, expect, it, vi } from 'vitest';
import { CHECKS, checkFinding } from '../../../common/audit/checks';
import type { AuditReport } from '../../../common/audit/types';
import { summarize } from '../../../scripts/audit/summary';

const report = (faults: string[]): AuditReport => ({
  tool: { name: 'test' },
  engine: { name: 'axe-core', version: '4.14.1', tags: [] },
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
  cases: [
    {
      id: 'about-us/en/light/100/normal',
      url: 'http://127.0.0.1/',
      title: 'About Us',
      state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
      findings: [checkFinding(CHECKS.reflow, faults)],
      date: '2025-06-18T12:00:00.000Z',
    },
  ],
});

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
