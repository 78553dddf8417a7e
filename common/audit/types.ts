/**
 * The shape of an audit, whoever ran it (the in-app report on one view, `npm run audit` on the whole matrix):
 * what was audited, and one finding per rule or check. Raw axe-core results are kept beside it as evidence.
 */
import type { Language } from '../languages';

/** EARL's outcomes: a rule failed, passed, needs a person to decide (axe's "incomplete"), or did not apply. */
export type Outcome = 'failed' | 'cantTell' | 'passed' | 'inapplicable';
export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface AuditedState {
  language: Language;
  theme: string;
  /** The palette the theme resolved to (the "system" theme follows the system). */
  palette?: string;
  textSize: number;
  font: string;
  mode: 'normal' | 'kiosk';
  forcedColors: boolean;
  viewport?: { width: number; height: number };
}

export interface StateMismatch {
  property: 'language' | 'theme' | 'textSize' | 'mode';
  requested: string;
  actual: string;
}

export interface FindingNode {
  /** A CSS selector for the element, where there is one element to point at. */
  target?: string;
  html?: string;
  /** What is wrong with this element, in the engine's words. */
  summary?: string;
  /** The engine could not decide for this element, in a rule that failed on others. */
  needsReview?: boolean;
}

/** One rule (axe-core) or check (the audit's own) applied to one page in one state. */
export interface Finding {
  id: string;
  source: 'axe' | 'lisible';
  outcome: Outcome;
  impact?: Impact;
  /** What the rule asks, in the language the engine ran in. */
  help: string;
  helpUrl?: string;
  /** WCAG 2.2 success criteria, e.g. "1.4.3"; empty for best practices. */
  criteria: string[];
  /** ACT rule ids (https://act-rules.github.io/rules/ID). */
  actIds: string[];
  tags: string[];
  /** The elements that failed or need review; empty when the finding passed or did not apply. */
  nodes: FindingNode[];
  /** How many elements passed. */
  passed?: number;
}

export interface AuditCase {
  /** Stable id such as `about-us/fr/contrast-dark/200/kiosk`. */
  id: string;
  url: string;
  /** The page's title as shown, for people. */
  title: string;
  state: AuditedState;
  findings: Finding[];
  date: string;
  /** Where the page did not take the state asked for (kiosk mode sets its own, say). */
  mismatches?: StateMismatch[];
}

export interface AuditReport {
  /** What ran the audit: the in-app report, or `npm run audit` with the app's version. */
  tool: { name: string; version?: string };
  engine: { name: string; version: string; tags: string[] };
  userAgent: string;
  startedAt: string;
  finishedAt: string;
  /** What the audit covered, stated once for people. */
  scope: {
    documents: string[];
    languages: string[];
    themes: string[];
    textSizes: number[];
    modes: AuditedState['mode'][];
    forcedColors: boolean;
  };
  cases: AuditCase[];
}

/** A page state's stable id, e.g. `about-us/fr/contrast-dark/200/kiosk`. */
export function caseId(view: string, state: AuditedState): string {
  const parts = [view, state.language, state.theme, String(state.textSize), state.mode];
  if (state.font !== 'system') parts.push(state.font);
  if (state.forcedColors) parts.push('forced-colors');
  return parts.join('/');
}

/** Findings of one case that count against it. */
export function violations(auditCase: AuditCase): Finding[] {
  return auditCase.findings.filter((finding) => finding.outcome === 'failed');
}

export function needsReview(auditCase: AuditCase): Finding[] {
  return auditCase.findings.filter((finding) => finding.outcome === 'cantTell');
}

/** Violations by impact, most severe first, counting each rule once per case. */
export function countByImpact(findings: readonly Finding[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const finding of findings) if (finding.outcome === 'failed') counts[finding.impact ?? 'minor'] += 1;
  return counts;
}
