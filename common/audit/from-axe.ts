/**
 * axe-core's results turned into findings: one per rule, with its WCAG criteria (from its tags) and ACT rule
 * ids (from its metadata, which results do not carry). Types are the part of axe's we read, so this module
 * runs in the page, in Node and in tests without axe itself.
 */
import { criteriaFromTags } from './wcag22';
import { IMPACTS, type Finding, type FindingNode, type Impact, type Outcome } from './types';

export interface AxeNode {
  target: readonly unknown[];
  html: string;
  failureSummary?: string | undefined;
}

export interface AxeRule {
  id: string;
  impact?: string | null | undefined;
  tags: readonly string[];
  help: string;
  helpUrl: string;
  nodes: readonly AxeNode[];
}

export interface AxeRawResults {
  testEngine: { name: string; version: string };
  testEnvironment: { userAgent: string; windowWidth: number; windowHeight: number };
  timestamp: string;
  url: string;
  /** The options axe ran with: the tags, and any rules turned off. */
  toolOptions?: unknown;
  violations: readonly AxeRule[];
  incomplete: readonly AxeRule[];
  passes: readonly AxeRule[];
  inapplicable: readonly AxeRule[];
}

/** axe.getRules()'s entries, for their ACT rule ids. */
export interface AxeRuleMetadata {
  ruleId: string;
  actIds?: string[] | undefined;
}

/** A target is a list of selectors, one per frame, each a string or (across shadow roots) a list of strings. */
export function selectorOf(target: readonly unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' ') : String(part))).join(' ');
}

function impactOf(value: string | null | undefined): Impact | undefined {
  return IMPACTS.find((impact) => impact === value);
}

function nodesOf(rule: AxeRule): FindingNode[] {
  return rule.nodes.map((node) => ({
    target: selectorOf(node.target),
    html: node.html,
    ...(node.failureSummary ? { summary: node.failureSummary } : {}),
  }));
}

/**
 * One finding per rule. A rule can pass on some elements and fail on others: it then appears in both lists,
 * and the worst outcome stands (failed, then needs review, then passed). Elements a failed rule could not
 * decide on are kept with it, marked, so no "needs review" item is dropped.
 */
export function findingsFromAxe(results: AxeRawResults, metadata: readonly AxeRuleMetadata[]): Finding[] {
  const actIds = new Map(metadata.map((rule) => [rule.ruleId, rule.actIds ?? []]));
  const findings = new Map<string, Finding>();
  const passedCounts = new Map(results.passes.map((rule) => [rule.id, rule.nodes.length]));
  const add = (rule: AxeRule, outcome: Outcome) => {
    const failed = findings.get(rule.id);
    if (failed?.outcome === 'failed' && outcome === 'cantTell')
      failed.nodes.push(...nodesOf(rule).map((node) => ({ ...node, needsReview: true })));
    if (failed) return;
    const impact = impactOf(rule.impact);
    const passed = passedCounts.get(rule.id);
    findings.set(rule.id, {
      id: rule.id,
      source: 'axe',
      outcome,
      ...(impact ? { impact } : {}),
      help: rule.help,
      helpUrl: rule.helpUrl,
      criteria: criteriaFromTags(rule.tags),
      actIds: actIds.get(rule.id) ?? [],
      tags: [...rule.tags],
      nodes: outcome === 'failed' || outcome === 'cantTell' ? nodesOf(rule) : [],
      ...(passed !== undefined ? { passed } : {}),
    });
  };
  for (const rule of results.violations) add(rule, 'failed');
  for (const rule of results.incomplete) add(rule, 'cantTell');
  for (const rule of results.passes) add(rule, 'passed');
  for (const rule of results.inapplicable) add(rule, 'inapplicable');
  return [...findings.values()];
}
