/**
 * The rule that keeps the report honest: how automated findings and people's records for one criterion become
 * a VPAT conformance level.
 *
 * - "Supports" only where a person recorded a pass, no person recorded a fail, and no automated check failed.
 * - Automated passes alone give "Not Evaluated": a passing rule covers only what the rule tests.
 * - Any automated failure gives at most "Partially Supports" (which the VPAT defines as "some functionality of
 *   the product does not meet the criterion", exactly what a failed rule shows).
 * - A person's fail with no pass gives "Does Not Support"; passes and fails together, "Partially Supports".
 * - "Not Applicable" only where people said so and nothing failed.
 * - No record at all (or only "cannot tell"): "Not Evaluated".
 */
import type { Outcome } from './types';

export const CONFORMANCE_LEVELS = [
  'supports',
  'partially-supports',
  'does-not-support',
  'not-applicable',
  'not-evaluated',
] as const;
export type ConformanceLevel = (typeof CONFORMANCE_LEVELS)[number];

/** The worst automated outcome for a criterion across every rule, check and page state; `none` if no rule maps to it. */
export type AutomatedOutcome = Exclude<Outcome, 'inapplicable'> | 'none';
export const AUTOMATED_OUTCOMES: readonly AutomatedOutcome[] = ['none', 'passed', 'cantTell', 'failed'];

/** What people recorded, by any auditor and any check covering the criterion. */
export type ManualOutcome = Outcome;
export const MANUAL_OUTCOMES: readonly ManualOutcome[] = ['passed', 'failed', 'inapplicable', 'cantTell'];

export function conformanceLevel(automated: AutomatedOutcome, manual: ReadonlySet<ManualOutcome>): ConformanceLevel {
  const passed = manual.has('passed');
  const failed = manual.has('failed');
  if (failed) return passed ? 'partially-supports' : 'does-not-support';
  if (automated === 'failed') return 'partially-supports';
  if (passed) return 'supports';
  if (manual.has('inapplicable')) return 'not-applicable';
  return 'not-evaluated';
}

const AUTOMATED_RANK: Record<Outcome, number> = { failed: 0, cantTell: 1, passed: 2, inapplicable: 3 };

/** The worst of some findings' outcomes, as the mapping takes it. */
export function worstAutomated(outcomes: Iterable<Outcome>): AutomatedOutcome {
  let worst: Outcome = 'inapplicable';
  for (const outcome of outcomes) if (AUTOMATED_RANK[outcome] < AUTOMATED_RANK[worst]) worst = outcome;
  return worst === 'inapplicable' ? 'none' : worst;
}
