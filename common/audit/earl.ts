/**
 * The audit as EARL 1.0 (W3C Evaluation and Report Language) in JSON-LD, for other tools: one assertion per
 * rule or check and per audited page state. Rules that did not apply are kept, as EARL's "inapplicable".
 * People's records of manual checks are assertions too (`earl:mode earl:manual`, asserted by the person), and
 * read back from the same form, so auditors exchange their work as EARL.
 */
import { manualCheck, wcagCriterionOf } from './manual-checks';
import { parseRecords, type ManualRecord } from './manual-records';
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
  manual: 'earl:manual',
  Person: 'foaf:Person',
  name: 'foaf:name',
  mbox: { '@id': 'foaf:mbox', '@type': '@id' },
  lisible: 'urn:lisible:terms:',
  assistiveTechnology: 'lisible:assistiveTechnology',
  platform: 'lisible:platform',
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

/** The product as a whole: what manual checks are made on. */
export const PRODUCT_IRI = 'urn:lisible:product';
const RECORD_PREFIX = 'urn:lisible:record:';
const MANUAL_CHECK_PREFIX = 'urn:lisible:manual-check:';

export function toEarl(report: AuditReport, records: readonly ManualRecord[] = []): Record<string, unknown> {
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
  return { '@context': EARL_CONTEXT, '@graph': [...graph, ...tests.values(), ...manualGraph(records)] };
}

/** People's records alone, as a document to export, import and merge. */
export function manualRecordsToEarl(records: readonly ManualRecord[]): Record<string, unknown> {
  return { '@context': EARL_CONTEXT, '@graph': manualGraph(records) };
}

function manualGraph(records: readonly ManualRecord[]): Record<string, unknown>[] {
  if (records.length === 0) return [];
  const checks = [...new Set(records.map((record) => record.check))].map((id) => {
    const check = manualCheck(id);
    const wcag = check ? wcagCriterionOf(check) : undefined;
    return {
      '@id': `${MANUAL_CHECK_PREFIX}${id}`,
      '@type': 'TestCase',
      title: id,
      ...(wcag ? { isPartOf: [criterionUrl(wcag)] } : {}),
    };
  });
  const assertions = records.map((record) => ({
    '@id': `${RECORD_PREFIX}${record.id}`,
    '@type': 'Assertion',
    assertedBy: {
      '@type': ['earl:Assertor', 'Person'],
      name: record.auditor.name,
      ...(record.auditor.email ? { mbox: `mailto:${record.auditor.email}` } : {}),
    },
    subject: PRODUCT_IRI,
    test: `${MANUAL_CHECK_PREFIX}${record.check}`,
    mode: 'manual',
    assistiveTechnology: record.assistiveTechnology,
    platform: record.platform,
    result: { '@type': 'TestResult', outcome: record.outcome, date: record.date, description: record.note },
  }));
  return [{ '@id': PRODUCT_IRI, '@type': 'TestSubject', title: 'Lisible' }, ...checks, ...assertions];
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const withoutPrefix = (value: unknown, prefix: string) => {
  const text = stringOf(value);
  return text?.startsWith(prefix) ? text.slice(prefix.length) : undefined;
};
const withoutEarl = (value: unknown) => stringOf(value)?.replace(/^earl:/, '');

/**
 * People's records from an EARL document in this module's compacted form (as `manualRecordsToEarl` and
 * `toEarl` write it); automated assertions are skipped. Undefined if any manual assertion is malformed.
 */
export function manualRecordsFromEarl(document: unknown): ManualRecord[] | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const graph = (document as { '@graph'?: unknown })['@graph'];
  if (!Array.isArray(graph)) return undefined;
  const records = graph
    .filter(
      (node): node is Record<string, unknown> =>
        typeof node === 'object' && node !== null && withoutEarl((node as Record<string, unknown>).mode) === 'manual',
    )
    .map((node) => {
      const auditor = (node.assertedBy ?? {}) as Record<string, unknown>;
      const result = (node.result ?? {}) as Record<string, unknown>;
      const email = withoutPrefix(auditor.mbox, 'mailto:');
      return {
        id: withoutPrefix(node['@id'], RECORD_PREFIX),
        check: withoutPrefix(node.test, MANUAL_CHECK_PREFIX),
        outcome: withoutEarl(result.outcome),
        note: result.description ?? '',
        assistiveTechnology: node.assistiveTechnology ?? '',
        platform: node.platform ?? '',
        auditor: { name: auditor.name, ...(email ? { email } : {}) },
        date: result.date,
      };
    });
  return parseRecords(records);
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
