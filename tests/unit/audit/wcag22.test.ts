import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { AXE_TAGS } from '../../../common/audit/axe-tags';
import {
  compareCriteria,
  criteriaFromTags,
  criterion,
  criterionUrl,
  WCAG22_CRITERIA,
} from '../../../common/audit/wcag22';

describe('the WCAG 2.2 criteria', () => {
  it('are the 86 of WCAG 2.2: 31 A, 24 AA, 31 AAA, without 4.1.1', () => {
    expect(WCAG22_CRITERIA).toHaveLength(86);
    const levels = (level: string) => WCAG22_CRITERIA.filter((entry) => entry.level === level).length;
    expect([levels('A'), levels('AA'), levels('AAA')]).toEqual([31, 24, 31]);
    expect(criterion('4.1.1')).toBeUndefined();
    expect(new Set(WCAG22_CRITERIA.map((entry) => entry.id)).size).toBe(86);
  });

  it('are in order, with a French title that follows French typography', () => {
    const ids = WCAG22_CRITERIA.map((entry) => entry.id);
    expect([...ids].sort(compareCriteria)).toEqual(ids);
    for (const entry of WCAG22_CRITERIA) expect(entry.title.fr, entry.id).not.toMatch(/'/);
  });

  it('come from axe-core tags, level tags and obsolete criteria aside', () => {
    expect(criteriaFromTags(['cat.color', 'wcag2aa', 'wcag143', 'ACT'])).toEqual(['1.4.3']);
    expect(criteriaFromTags(['wcag1410', 'wcag2411', 'wcag411', 'wcag22aa'])).toEqual(['1.4.10', '2.4.11']);
  });

  it('name every criterion axe-core tags in the rules the audit runs', () => {
    const tagged = axe.getRules(AXE_TAGS).flatMap((rule) => rule.tags.filter((tag) => /^wcag\d{3,4}$/.test(tag)));
    const unknown = tagged.filter((tag) => tag !== 'wcag411' && criteriaFromTags([tag]).length === 0);
    expect(unknown).toEqual([]);
  });

  it('link to their section of the Recommendation', () => {
    expect(criterionUrl('1.4.3')).toBe('https://www.w3.org/TR/WCAG22/#contrast-minimum');
    expect(criterionUrl('4.1.2')).toBe('https://www.w3.org/TR/WCAG22/#name-role-value');
    expect(criterionUrl('3.3.4')).toBe('https://www.w3.org/TR/WCAG22/#error-prevention-legal-financial-data');
  });
});
