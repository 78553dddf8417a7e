/** The in-app audit of the view on screen, as the same report `npm run audit` writes for the whole matrix. */
import { AXE_TAGS } from '../../../common/audit/axe-tags';
import { findingsFromAxe } from '../../../common/audit/from-axe';
import { caseId, type AuditCase, type AuditedState, type AuditReport } from '../../../common/audit/types';
import type { AxeRun } from './run-axe';

export function viewReport({ results, rules }: AxeRun, state: AuditedState, documentId: string): AuditReport {
  const auditCase: AuditCase = {
    id: caseId(documentId, state),
    url: results.url,
    title: document.title,
    state,
    findings: findingsFromAxe(results, rules),
    date: results.timestamp,
  };
  return {
    tool: { name: 'Lisible accessibility report (in the app)' },
    engine: { name: results.testEngine.name, version: results.testEngine.version, tags: AXE_TAGS },
    userAgent: results.testEnvironment.userAgent,
    startedAt: results.timestamp,
    finishedAt: results.timestamp,
    scope: {
      documents: [documentId],
      languages: [state.language],
      themes: [state.theme],
      textSizes: [state.textSize],
      modes: [state.mode],
      forcedColors: state.forcedColors,
    },
    cases: [auditCase],
  };
}
