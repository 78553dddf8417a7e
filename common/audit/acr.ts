/**
 * The Accessibility Conformance Report as data: every row of every chapter with its conformance level (by the
 * rule in `conformance.ts`), the automated evidence and the people's records behind it, and its remarks in the
 * report's language. The HTML and OpenACR builders only lay this out.
 */
import type { Language } from '../languages';
import {
  conformanceLevel,
  worstAutomated,
  type AutomatedOutcome,
  type ConformanceLevel,
  type ManualOutcome,
} from './conformance';
import { checksCovering, TARGETED_AAA } from './manual-checks';
import type { ManualRecord } from './manual-records';
import { REPORT_CHAPTERS, criterionKey, type ReportChapter, type ReportCriterion } from './standards';
import { ACR_STRINGS, checkTitle, fill, formatDate, type AcrStrings } from './acr-strings';
import type { AuditReport, Outcome } from './types';

export interface AutomatedEvidence {
  outcome: AutomatedOutcome;
  failed: string[];
  review: string[];
  passed: string[];
}

export interface AcrRow {
  criterion: ReportCriterion;
  level: ConformanceLevel;
  automated: AutomatedEvidence;
  /** Records of every check covering this row, oldest first. */
  records: ManualRecord[];
  /** Whether any manual check covers this row at all. */
  checked: boolean;
}

export interface AcrChapter {
  chapter: ReportChapter;
  rows: AcrRow[];
}

export interface AcrInput {
  /** The latest automated audit, if there is one. */
  audit?: AuditReport | undefined;
  records: readonly ManualRecord[];
  product: { name: string; version: string };
  author: { name: string; email: string };
  /** When the report is written (ISO 8601). */
  date: string;
}

export interface Acr extends AcrInput {
  chapters: AcrChapter[];
}

function automatedEvidence(audit: AuditReport | undefined, criterion: string): AutomatedEvidence {
  const failed = new Set<string>();
  const review = new Set<string>();
  const passed = new Set<string>();
  const outcomes: Outcome[] = [];
  for (const auditCase of audit?.cases ?? []) {
    for (const finding of auditCase.findings) {
      if (!finding.criteria.includes(criterion)) continue;
      outcomes.push(finding.outcome);
      if (finding.outcome === 'failed') failed.add(finding.id);
      else if (finding.outcome === 'cantTell') review.add(finding.id);
      else if (finding.outcome === 'passed') passed.add(finding.id);
    }
  }
  return {
    outcome: worstAutomated(outcomes),
    failed: [...failed].sort(),
    review: [...review].sort(),
    passed: [...passed].sort(),
  };
}

const NO_AUTOMATION: AutomatedEvidence = { outcome: 'none', failed: [], review: [], passed: [] };

export function buildAcr(input: AcrInput): Acr {
  const records = [...input.records].sort((a, b) => a.date.localeCompare(b.date));
  const chapters = REPORT_CHAPTERS.map((chapter) => {
    const rows = chapter.criteria.map((criterion): AcrRow => {
      const key = criterionKey(chapter.standard, criterion.id);
      const checks = new Set(checksCovering(key).map((check) => check.id));
      const covering = records.filter((record) => checks.has(record.check));
      const automated = chapter.standard === 'wcag' ? automatedEvidence(input.audit, criterion.id) : NO_AUTOMATION;
      const manual = new Set<ManualOutcome>(covering.map((record) => record.outcome));
      return {
        criterion,
        level: conformanceLevel(automated.outcome, manual),
        automated,
        records: covering,
        checked: checks.size > 0,
      };
    });
    // The AAA table lists what the reader targets and whatever was in fact checked, as the VPAT allows.
    const listed =
      chapter.id === 'success_criteria_level_aaa'
        ? rows.filter(
            (row) =>
              (TARGETED_AAA as readonly string[]).includes(row.criterion.id) ||
              row.records.length > 0 ||
              row.automated.outcome !== 'none',
          )
        : rows;
    return { chapter, rows: listed };
  });
  return { ...input, records, chapters };
}

export function levelCounts(acr: Acr): Record<ConformanceLevel, number> {
  const counts: Record<ConformanceLevel, number> = {
    supports: 0,
    'partially-supports': 0,
    'does-not-support': 0,
    'not-applicable': 0,
    'not-evaluated': 0,
  };
  for (const { rows } of acr.chapters) for (const row of rows) counts[row.level] += 1;
  return counts;
}

/** Everyone who recorded a check, by name, in the order they first did. */
export function auditorNames(records: readonly ManualRecord[]): string[] {
  return [...new Set(records.map((record) => record.auditor.name))];
}

/** A row's remarks, one sentence or record per entry: what people recorded, then what automation found. */
export function rowRemarks(row: AcrRow, language: Language): string[] {
  const s: AcrStrings = ACR_STRINGS[language];
  const remarks: string[] = [];
  if (new Set(row.records.map((record) => record.outcome)).size > 1) remarks.push(s.remarks.disagreement);
  for (const record of row.records) {
    remarks.push(
      fill(s.remarks.manual, {
        outcome: s.outcomes[record.outcome],
        auditor: record.auditor.name,
        date: formatDate(record.date, language),
        check: checkTitle(record.check, language),
        technology: record.assistiveTechnology || '—',
        platform: record.platform || '—',
      }) + (record.note ? ` ${fill(s.remarks.note, { note: record.note })}` : ''),
    );
  }
  const rules = (ids: readonly string[]) => ids.join(', ');
  if (row.automated.failed.length > 0)
    remarks.push(fill(s.remarks.automatedFailed, { rules: rules(row.automated.failed) }));
  if (row.automated.review.length > 0)
    remarks.push(fill(s.remarks.automatedReview, { rules: rules(row.automated.review) }));
  if (row.automated.passed.length > 0 && row.records.length === 0)
    remarks.push(fill(s.remarks.automatedPassed, { rules: rules(row.automated.passed) }));
  if (row.records.length === 0 && row.automated.outcome === 'none')
    remarks.push(row.checked ? s.remarks.noEvidence : s.remarks.noCheck);
  return remarks;
}
