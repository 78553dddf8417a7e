import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../../common/format';

describe('long dates', () => {
  it('are written as each language writes them, whatever the time zone', () => {
    expect(formatLongDate('2025-06-18', 'en')).toBe('June 18, 2025');
    expect(formatLongDate('2023-03-28', 'fr')).toBe('28 mars 2023');
    expect(formatLongDate('2023-01-01', 'fr')).toBe('1 janvier 2023');
  });
});
