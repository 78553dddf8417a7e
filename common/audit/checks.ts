/**
 * The checks `npm run audit` makes beside axe-core, for what axe cannot see. Their texts for people are in the
 * audit strings (`audit.checks.<id>`), in both languages; the English one here is what the raw results carry.
 */
import type { Finding, FindingNode, Impact } from './types';

export interface CheckDefinition {
  id: string;
  criteria: string[];
  impact: Impact;
  help: string;
}

export const CHECKS = {
  reflow: {
    id: 'lisible-reflow',
    criteria: ['1.4.10'],
    impact: 'serious',
    help: 'Content reflows at 320 CSS px (at 200% text in 640 px, at 400% in 1280 px) with no horizontal scrolling',
  },
  textSpacing: {
    id: 'lisible-text-spacing',
    criteria: ['1.4.12'],
    impact: 'serious',
    help: 'No text is cut off or overflows with WCAG 1.4.12 text spacing applied',
  },
  resizeText: {
    id: 'lisible-resize-text',
    criteria: ['1.4.4'],
    impact: 'serious',
    help: 'No text is cut off or overflows with the text enlarged to 200% or more',
  },
  focusVisible: {
    id: 'lisible-focus-visible',
    criteria: ['2.4.7'],
    impact: 'serious',
    help: 'Every tab stop shows a focus indicator at least 2 px thick with 3:1 contrast',
  },
  focusNotObscured: {
    id: 'lisible-focus-not-obscured',
    criteria: ['2.4.11'],
    impact: 'serious',
    help: 'The focused element is not entirely hidden by other content',
  },
  targetSize: {
    id: 'lisible-target-size-44',
    criteria: ['2.5.5'],
    impact: 'moderate',
    help: 'In kiosk mode every target is at least 44 by 44 CSS px',
  },
  language: {
    id: 'lisible-language',
    criteria: ['3.1.1', '3.1.2'],
    impact: 'serious',
    help: 'The page carries the chosen language, and passages in the other language carry their own',
  },
  forcedColors: {
    id: 'lisible-forced-colors-boundary',
    criteria: ['1.4.11'],
    impact: 'serious',
    help: 'Under forced colours every control keeps a visible boundary',
  },
} as const satisfies Record<string, CheckDefinition>;

export type CheckKey = keyof typeof CHECKS;

/**
 * A check's finding: failed with the faults found (a description, or an element and what is wrong with it), or
 * passed; `undefined` faults means it did not apply. `checked` is how many elements it looked at.
 */
export function checkFinding(
  check: CheckDefinition,
  faults: readonly (string | FindingNode)[] | undefined,
  checked?: number,
): Finding {
  return {
    id: check.id,
    source: 'lisible',
    outcome: faults === undefined ? 'inapplicable' : faults.length > 0 ? 'failed' : 'passed',
    ...(faults && faults.length > 0 ? { impact: check.impact } : {}),
    help: check.help,
    criteria: [...check.criteria],
    actIds: [],
    tags: [],
    nodes: (faults ?? []).map((fault) => (typeof fault === 'string' ? { summary: fault } : fault)),
    // How many elements were looked at and found right, where the check counts them (tab stops, targets).
    ...(faults !== undefined && checked !== undefined ? { passed: Math.max(0, checked - faults.length) } : {}),
  };
}
