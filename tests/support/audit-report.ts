import type { AuditCase, AuditReport, Finding } from '../../common/audit/types';

/** A finding of axe-core's with only what a test cares about set; `extra` adds nodes, a help address and so on. */
export const axeFinding = (
  id: string,
  outcome: Finding['outcome'],
  criteria: string[],
  extra: Partial<Finding> = {},
): Finding => ({ id, source: 'axe', outcome, help: id, criteria, actIds: [], tags: [], nodes: [], ...extra });

/** One audited page state under `id`: the English page in the light theme at 100% text. */
export const auditCase = (id: string, findings: Finding[]): AuditCase => ({
  id,
  url: 'http://127.0.0.1/',
  title: 'About Us',
  date: '2026-11-30T10:01:00.000Z',
  state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
  findings,
});

/** An audit report of these cases, as `npm run audit` writes it; `scope` widens what it says it covered. */
export const auditReport = (cases: AuditCase[], scope: Partial<AuditReport['scope']> = {}): AuditReport => ({
  tool: { name: 'Lisible npm run audit', version: '0.1.0' },
  engine: { name: 'axe-core', version: '4.14.1', tags: ['wcag2a', 'wcag2aa'] },
  userAgent: 'Chromium',
  startedAt: '2026-11-30T10:00:00.000Z',
  finishedAt: '2026-11-30T10:05:00.000Z',
  scope: {
    documents: ['about-us'],
    languages: ['en'],
    themes: ['light'],
    textSizes: [100],
    modes: ['normal'],
    forcedColors: false,
    ...scope,
  },
  cases,
});
