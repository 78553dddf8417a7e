import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { EARL_CONTEXT, manualRecordsFromEarl, manualRecordsToEarl, toEarl } from '../../../common/audit/earl';
import {
  disagreements,
  mergeRecords,
  parseRecords,
  resolveConflict,
  upsertRecord,
  type ManualRecord,
} from '../../../common/audit/manual-records';
import type { AuditReport } from '../../../common/audit/types';

const record = (overrides: Partial<ManualRecord> = {}): ManualRecord => ({
  id: 'rec-0001-aaaa',
  check: 'wcag-1.3.1',
  outcome: 'passed',
  note: 'Headings, lists and the table of contents are exposed as such.',
  assistiveTechnology: 'NVDA 2025.1',
  platform: 'Lisible desktop 0.1.0 on Windows 11',
  auditor: { name: 'Amélie Tremblay', email: 'amelie@example.ca' },
  date: '2026-11-30T14:05:00.000Z',
  ...overrides,
});

const amelie = [
  record(),
  record({
    id: 'rec-0002-aaaa',
    check: 'wcag-2.4.7',
    outcome: 'failed',
    note: 'No focus ring on « Suivant » in the dark theme.',
    assistiveTechnology: '',
  }),
  record({
    id: 'rec-0003-aaaa',
    check: 'kiosk-speech-control',
    outcome: 'cantTell',
    auditor: { name: 'Amélie Tremblay' },
  }),
];
const jordan = [
  record({
    id: 'rec-0101-bbbb',
    check: 'wcag-1.3.1',
    outcome: 'failed',
    auditor: { name: 'Jordan Lee' },
    note: 'The table of contents is not a list in Orca.',
    assistiveTechnology: 'Orca 48',
  }),
  record({ id: 'rec-0102-bbbb', check: 'platform-settings', outcome: 'inapplicable', auditor: { name: 'Jordan Lee' } }),
];

describe('manual records', () => {
  it('are validated: unknown checks, outcomes, empty names and oversize notes are refused', () => {
    expect(parseRecords(amelie)).toEqual(amelie);
    expect(parseRecords([record({ check: 'wcag-9.9.9' })])).toBeUndefined();
    expect(parseRecords([{ ...record(), outcome: 'supports' }])).toBeUndefined();
    expect(parseRecords([record({ auditor: { name: '  ' } })])).toBeUndefined();
    expect(parseRecords([record({ note: 'x'.repeat(4001) })])).toBeUndefined();
    expect(parseRecords([{ ...record(), extra: true }])).toBeUndefined();
    expect(parseRecords([record({ date: 'yesterday' })])).toBeUndefined();
  });

  it('replace only their own auditor’s earlier record of the same check', () => {
    const both = [...amelie, ...jordan];
    const changed = upsertRecord(both, record({ id: 'rec-0009-aaaa', outcome: 'failed' }));
    expect(
      changed
        .filter((entry) => entry.check === 'wcag-1.3.1')
        .map((entry) => entry.auditor.name)
        .sort(),
    ).toEqual(['Amélie Tremblay', 'Jordan Lee']);
    expect(changed.find((entry) => entry.id === 'rec-0001-aaaa')).toBeUndefined();
    expect(changed).toHaveLength(both.length);
  });
});

describe('merging two auditors’ records', () => {
  it('keeps everyone’s records, and shows where auditors disagree', () => {
    const merged = mergeRecords(amelie, jordan);
    expect(merged.records).toHaveLength(5);
    expect(merged.added).toEqual(jordan);
    expect(merged.conflicts).toEqual([]);
    expect([...disagreements(merged.records).keys()]).toEqual(['wcag-1.3.1']);
  });

  it('counts identical records once', () => {
    const merged = mergeRecords(amelie, [...amelie, ...jordan]);
    expect(merged.unchanged).toBe(3);
    expect(merged.records).toHaveLength(5);
  });

  it('never overwrites silently: the same auditor’s different record of a check is a conflict to resolve', () => {
    const incoming = record({ id: 'rec-0042-aaaa', outcome: 'failed', note: 'Recorded on the laptop.' });
    const merged = mergeRecords(amelie, [incoming]);
    expect(merged.records).toEqual(amelie);
    expect(merged.conflicts).toEqual([{ kept: amelie[0], incoming }]);
    const [conflict] = merged.conflicts;
    if (!conflict) throw new Error('expected a conflict');
    expect(resolveConflict(merged.records, conflict, 'kept')).toEqual(amelie);
    expect(resolveConflict(merged.records, conflict, 'incoming')).toEqual([incoming, ...amelie.slice(1)]);
  });
});

describe('manual records as EARL', () => {
  it('are assertions made by hand, by the person', () => {
    const earl = manualRecordsToEarl(amelie) as { '@graph': Record<string, unknown>[] };
    const assertions = earl['@graph'].filter((node) => node['@type'] === 'Assertion');
    expect(assertions).toHaveLength(3);
    expect(assertions[0]).toMatchObject({
      mode: 'manual',
      assertedBy: { name: 'Amélie Tremblay', mbox: 'mailto:amelie@example.ca' },
      result: { outcome: 'passed' },
    });
  });

  it('round-trip, also through JSON-LD expansion and compaction', async () => {
    const records = [...amelie, ...jordan];
    const earl = manualRecordsToEarl(records);
    expect(manualRecordsFromEarl(JSON.parse(JSON.stringify(earl)))).toEqual(records);

    const expanded = await jsonld.expand(earl);
    const manualMode = expanded.filter(
      (node) =>
        JSON.stringify(node['http://www.w3.org/ns/earl#mode']) ===
        JSON.stringify([{ '@id': 'http://www.w3.org/ns/earl#manual' }]),
    );
    expect(manualMode).toHaveLength(records.length);
    const compacted = await jsonld.compact(expanded, EARL_CONTEXT);
    expect(manualRecordsFromEarl(compacted)).toEqual(expect.arrayContaining(records));
    expect(manualRecordsFromEarl(compacted)).toHaveLength(records.length);
  });

  it('sit beside the automated assertions in the audit’s EARL, and only they are read back', () => {
    const audit: AuditReport = {
      tool: { name: 'test' },
      engine: { name: 'axe-core', version: '4.11.0', tags: ['wcag2a'] },
      userAgent: 'Chromium',
      startedAt: '2026-11-30T10:00:00.000Z',
      finishedAt: '2026-11-30T10:01:00.000Z',
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
          url: 'http://localhost/',
          title: 'About us',
          date: '2026-11-30T10:00:30.000Z',
          state: { language: 'en', theme: 'light', textSize: 100, font: 'system', mode: 'normal', forcedColors: false },
          findings: [
            {
              id: 'region',
              source: 'axe',
              outcome: 'passed',
              help: 'Content is in landmarks',
              helpUrl: 'https://dequeuniversity.com/rules/axe/4.11/region',
              criteria: [],
              actIds: [],
              tags: [],
              nodes: [],
            },
          ],
        },
      ],
    };
    const earl = toEarl(audit, amelie) as { '@graph': Record<string, unknown>[] };
    expect(earl['@graph'].filter((node) => node.mode === 'automatic')).toHaveLength(1);
    expect(manualRecordsFromEarl(earl)).toEqual(amelie);
  });

  it('refuses a document whose manual assertions are malformed', () => {
    const earl = manualRecordsToEarl(amelie) as { '@graph': Record<string, unknown>[] };
    const broken = {
      ...earl,
      '@graph': earl['@graph'].map((node) =>
        node.mode === 'manual' ? { ...node, test: 'urn:lisible:manual-check:nope' } : node,
      ),
    };
    expect(manualRecordsFromEarl(broken)).toBeUndefined();
    expect(manualRecordsFromEarl({})).toBeUndefined();
    expect(manualRecordsFromEarl('text')).toBeUndefined();
  });
});
