/**
 * The checks a person makes by hand, one for every criterion the reader claims to meet: WCAG 2.2 A and AA, the
 * AAA criteria the reader targets (1.4.6, 1.4.8, 2.5.5), the kiosk's closed-functionality items of EN 301 549
 * clause 5, and the software items of Section 508 and EN 301 549 that apply to it (interoperability with
 * assistive technology; the platform's settings honoured). Automated results never settle a criterion on their
 * own (see `conformance.ts`), so every criterion here needs its check.
 *
 * Each check's steps, what to look for and where to look are in `locales/<language>.json`, under
 * `checks.<id>`; titles of WCAG checks are the criterion's own.
 */
import { criterion, WCAG22_CRITERIA, type WcagLevel } from './wcag22';
import { criterionKey, type CriterionKey } from './standards';

export const CHECK_GROUPS = [
  'perceivable',
  'operable',
  'understandable',
  'robust',
  'software',
  'closed-functionality',
] as const;
export type CheckGroup = (typeof CHECK_GROUPS)[number];

export interface ManualCheck {
  id: string;
  group: CheckGroup;
  /** WCAG's level for WCAG checks. */
  level?: WcagLevel;
  /** The report rows a record of this check speaks for. */
  covers: readonly CriterionKey[];
}

/** The AAA criteria the reader sets out to meet: 7:1 contrast, visual presentation, 44 px targets. */
export const TARGETED_AAA = ['1.4.6', '1.4.8', '2.5.5'] as const;

const PRINCIPLES: Record<string, CheckGroup> = {
  '1': 'perceivable',
  '2': 'operable',
  '3': 'understandable',
  '4': 'robust',
};

const wcagChecks: ManualCheck[] = WCAG22_CRITERIA.filter(
  ({ id, level }) => level !== 'AAA' || (TARGETED_AAA as readonly string[]).includes(id),
).map(({ id, level }) => ({
  id: `wcag-${id}`,
  group: PRINCIPLES[id.charAt(0)] ?? 'robust',
  level,
  covers: [criterionKey('wcag', id)],
}));

const section508 = (...ids: string[]) => ids.map((id) => criterionKey('section508', id));
const en301549 = (...ids: string[]) => ids.map((id) => criterionKey('en301549', id));
const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);

const otherChecks: ManualCheck[] = [
  {
    id: 'assistive-technology',
    group: 'software',
    covers: [
      ...section508('302.1', ...range('502.3.', 1, 14)),
      ...en301549('4.2.1', '11.5.2.3', ...range('11.5.2.', 5, 17)),
    ],
  },
  {
    id: 'platform-settings',
    group: 'software',
    covers: [...section508('503.2', '502.2.2'), ...en301549('11.7', '11.6.2')],
  },
  { id: 'kiosk-speech-output', group: 'closed-functionality', covers: en301549('5.1.2.1', '5.1.3.1', '5.1.3.6') },
  { id: 'kiosk-private-listening', group: 'closed-functionality', covers: en301549('5.1.3.2', '5.1.3.11') },
  { id: 'kiosk-speech-correlation', group: 'closed-functionality', covers: en301549('5.1.3.3') },
  { id: 'kiosk-speech-control', group: 'closed-functionality', covers: en301549('5.1.3.4') },
  { id: 'kiosk-speech-interruption', group: 'closed-functionality', covers: en301549('5.1.3.5') },
  { id: 'kiosk-volume', group: 'closed-functionality', covers: en301549('5.1.3.12', '5.1.3.13') },
  { id: 'kiosk-spoken-languages', group: 'closed-functionality', covers: en301549('5.1.3.14') },
  { id: 'kiosk-text-enlargement', group: 'closed-functionality', covers: en301549('5.1.4') },
  { id: 'kiosk-keypad', group: 'closed-functionality', covers: en301549('5.1.6.1', '5.1.6.2') },
  { id: 'kiosk-activation', group: 'closed-functionality', covers: en301549('5.2') },
];

export const MANUAL_CHECKS: readonly ManualCheck[] = [...wcagChecks, ...otherChecks];

const BY_ID = new Map(MANUAL_CHECKS.map((check) => [check.id, check]));

export function manualCheck(id: string): ManualCheck | undefined {
  return BY_ID.get(id);
}

/** The checks whose records speak for a report row. */
export function checksCovering(key: CriterionKey): ManualCheck[] {
  return MANUAL_CHECKS.filter((check) => check.covers.includes(key));
}

/** The WCAG criterion a WCAG check is named after. */
export function wcagCriterionOf(check: ManualCheck): string | undefined {
  return check.id.startsWith('wcag-') ? criterion(check.id.slice('wcag-'.length))?.id : undefined;
}
