/**
 * The audit as EARL 1.0 (W3C Evaluation and Report Language) in JSON-LD, for other tools: one assertion per
 * rule or check and per audited page state. Rules that did not apply are kept, as EARL's "inapplicable".
 */
import { criterionUrl } from './wcag22';
import type { AuditCase, AuditReport, Finding } from './types';

export const EARL_CONTEXT = {
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  doap: 'http://usefulinc.com/ns/doap#',
  ptr: 'http://www.w3.org/2009/pointers#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Assertion: 'earl:Assertion',
  TestCase: 'earl:TestCase',
  TestResult: 'earl:TestResult',
  TestSubject: 'earl:TestSubject',
  assertedBy: { '@id': 'earl:assertedBy', '@type': '@id' },
  subject: { '@id': 'earl:subject', '@type': '@id' },
  test: { '@id': 'earl:test', '@type': '@id' },
  result: 'earl:result',
  outcome: { '@id': 'earl:outcome', '@type': '@vocab' },
  mode: { '@id': 'earl:mode', '@type': '@vocab' },
  pointer: 'earl:pointer',
  info: 'earl:info',
  passed: 'earl:passed',
  failed: 'earl:failed',
  cantTell: 'earl:cantTell',
  inapplicable: 'earl:inapplicable',
  automatic: 'earl:automatic',
  title: 'dct:title',
  description: 'dct:description',
  source: { '@id': 'dct:source', '@type': '@id' },
  isPartOf: { '@id': 'dct:isPartOf', '@type': '@id' },
  date: { '@id': 'dct:date', '@type': 'xsd:dateTime' },
  expression: 'ptr:expression',
} as const;

/** The IRI of an audited page state. */
export function subjectIri(auditCase: AuditCase): string {
  return `urn:lisible:audit:${auditCase.id.split('/').map(encodeURIComponent).join(':')}`;
}

/** The IRI of a rule: axe-core's rule page (without its query), or the audit's own check. */
export function testIri(finding: Finding): string {
  if (finding.source === 'axe' && finding.helpUrl) return finding.helpUrl.replace(/\?.*$/, '');
  return `urn:lisible:check:${finding.id}`;
}

const ASSERTOR = '_:assertor';

export function toEarl(report: AuditReport): Record<string, unknown> {
  const tests = new Map<string, Record<string, unknown>>();
  const graph: Record<string, unknown>[] = [
    {
      '@id': ASSERTOR,
      '@type': ['earl:Assertor', 'earl:Software', 'doap:Project'],
      title: report.tool.name,
      ...(report.tool.version ? { 'doap:release': { 'doap:revision': report.tool.version } } : {}),
      description: `${report.engine.name} ${report.engine.version} (${report.engine.tags.join(' ')})`,
    },
  ];
  for (const auditCase of report.cases) {
    const subject = subjectIri(auditCase);
    graph.push({
      '@id': subject,
      '@type': 'TestSubject',
      source: auditCase.url,
      title: auditCase.title,
      description: describeState(auditCase),
      date: auditCase.date,
    });
    for (const finding of auditCase.findings) {
      const test = testIri(finding);
      if (!tests.has(test)) {
        tests.set(test, {
          '@id': test,
          '@type': 'TestCase',
          title: finding.id,
          description: finding.help,
          isPartOf: finding.criteria.map(criterionUrl),
        });
      }
      graph.push({
        '@type': 'Assertion',
        assertedBy: ASSERTOR,
        subject,
        test,
        mode: 'automatic',
        result: {
          '@type': 'TestResult',
          outcome: finding.outcome,
          date: auditCase.date,
          ...evidence(finding),
        },
      });
    }
  }
  return { '@context': EARL_CONTEXT, '@graph': [...graph, ...tests.values()] };
}

/** The elements at fault as CSS selector pointers; faults that are not one element, as text. */
function evidence(finding: Finding): Record<string, unknown> {
  const pointers = finding.nodes.flatMap((node) =>
    node.target ? [{ '@type': 'ptr:CSSSelectorPointer', expression: node.target }] : [],
  );
  const notes = finding.nodes.flatMap((node) => (node.target === undefined && node.summary ? [node.summary] : []));
  return {
    ...(pointers.length > 0 ? { pointer: pointers } : {}),
    ...(notes.length > 0 ? { info: notes.join('\n') } : {}),
  };
}

function describeState({ state }: AuditCase): string {
  const parts = [
    `lang=${state.language}`,
    `theme=${state.theme}`,
    `textSize=${state.textSize}`,
    `font=${state.font}`,
    `mode=${state.mode}`,
  ];
  if (state.forcedColors) parts.push('forced-colors=active');
  if (state.viewport) parts.push(`viewport=${state.viewport.width}x${state.viewport.height}`);
  return parts.join(' ');
}
