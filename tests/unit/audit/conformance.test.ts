import { describe, expect, it } from 'vitest';
import {
  AUTOMATED_OUTCOMES,
  conformanceLevel,
  MANUAL_OUTCOMES,
  worstAutomated,
  type AutomatedOutcome,
  type ConformanceLevel,
  type ManualOutcome,
} from '../../../common/audit/conformance';

/** Every set of outcomes people may have recorded for one criterion, the empty set included. */
const manualSets: ManualOutcome[][] = Array.from({ length: 1 << MANUAL_OUTCOMES.length }, (_, mask) =>
  MANUAL_OUTCOMES.filter((_, index) => (mask & (1 << index)) !== 0),
);

const S: ConformanceLevel = 'supports';
const PS: ConformanceLevel = 'partially-supports';
const DNS: ConformanceLevel = 'does-not-support';
const NA: ConformanceLevel = 'not-applicable';
const NE: ConformanceLevel = 'not-evaluated';

/**
 * The whole mapping written out: for each set of manual outcomes (P passed, F failed, N not applicable,
 * C cannot tell), the level with no automated rule, automated passes, automated "needs review", automated failure.
 */
const TABLE: Record<string, [ConformanceLevel, ConformanceLevel, ConformanceLevel, ConformanceLevel]> = {
  '': [NE, NE, NE, PS],
  P: [S, S, S, PS],
  F: [DNS, DNS, DNS, DNS],
  N: [NA, NA, NA, PS],
  C: [NE, NE, NE, PS],
  PF: [PS, PS, PS, PS],
  PN: [S, S, S, PS],
  PC: [S, S, S, PS],
  FN: [DNS, DNS, DNS, DNS],
  FC: [DNS, DNS, DNS, DNS],
  NC: [NA, NA, NA, PS],
  PFN: [PS, PS, PS, PS],
  PFC: [PS, PS, PS, PS],
  PNC: [S, S, S, PS],
  FNC: [DNS, DNS, DNS, DNS],
  PFNC: [PS, PS, PS, PS],
};
const LETTER: Record<ManualOutcome, string> = { passed: 'P', failed: 'F', inapplicable: 'N', cantTell: 'C' };
const nameOf = (set: readonly ManualOutcome[]) => set.map((outcome) => LETTER[outcome]).join('');

const combinations = manualSets.flatMap((manual) =>
  AUTOMATED_OUTCOMES.map((automated) => ({ automated, manual, level: conformanceLevel(automated, new Set(manual)) })),
);

describe('conformance level of a criterion', () => {
  it('covers all 64 combinations of automated and manual outcomes', () => {
    expect(combinations).toHaveLength(64);
    expect(new Set(manualSets.map(nameOf))).toEqual(new Set(Object.keys(TABLE)));
  });

  it.each(manualSets.map((manual) => [nameOf(manual) || '(none)', manual] as const))(
    'manual %s gives the tabled level for each automated outcome',
    (_, manual) => {
      const expected = TABLE[nameOf(manual)];
      expect(
        AUTOMATED_OUTCOMES.map((automated: AutomatedOutcome) => conformanceLevel(automated, new Set(manual))),
      ).toEqual(expected);
    },
  );

  it('says "Supports" only where a person recorded a pass, no one a fail, and no automated check failed', () => {
    for (const { automated, manual, level } of combinations) {
      const earned = manual.includes('passed') && !manual.includes('failed') && automated !== 'failed';
      expect(level === 'supports', `${automated} + ${nameOf(manual)}`).toBe(earned);
    }
  });

  it('never goes above "Partially Supports" once an automated check failed', () => {
    for (const { manual, level } of combinations.filter((combination) => combination.automated === 'failed')) {
      expect(['partially-supports', 'does-not-support'], nameOf(manual)).toContain(level);
    }
  });

  it('gives "Not Evaluated" for automated passes or reviews alone, and for no record at all', () => {
    for (const automated of ['none', 'passed', 'cantTell'] as const)
      expect(conformanceLevel(automated, new Set())).toBe('not-evaluated');
    expect(conformanceLevel('none', new Set(['cantTell']))).toBe('not-evaluated');
  });

  it('takes the worst automated outcome, ignoring rules that did not apply', () => {
    expect(worstAutomated([])).toBe('none');
    expect(worstAutomated(['inapplicable'])).toBe('none');
    expect(worstAutomated(['passed', 'inapplicable'])).toBe('passed');
    expect(worstAutomated(['passed', 'cantTell'])).toBe('cantTell');
    expect(worstAutomated(['cantTell', 'failed', 'passed'])).toBe('failed');
  });
});
