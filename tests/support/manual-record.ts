import type { ManualRecord } from '../../common/audit/manual-records';

/** A valid manual check record, for tests that need one to store, send or refuse once altered. */
export const SAMPLE_RECORD: ManualRecord = {
  id: 'rec-0001-aaaa',
  check: 'wcag-2.4.7',
  outcome: 'failed',
  note: 'No focus ring on the theme choices.',
  assistiveTechnology: 'NVDA 2025.1',
  platform: 'Windows 11',
  auditor: { name: 'Amélie Tremblay' },
  date: '2026-11-30T15:00:00.000Z',
};
