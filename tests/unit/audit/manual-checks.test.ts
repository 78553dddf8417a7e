import { describe, expect, it } from 'vitest';
import { ACR_STRINGS, checkTexts } from '../../../common/audit/acr-strings';
import { CHECK_GROUPS, MANUAL_CHECKS, TARGETED_AAA } from '../../../common/audit/manual-checks';
import { REPORT_CHAPTERS, criterionKey } from '../../../common/audit/standards';
import { WCAG22_CRITERIA } from '../../../common/audit/wcag22';

type Tree = { [key: string]: string | Tree };
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}/`),
  );
const english = new Map(entries(ACR_STRINGS.en));
const french = new Map(entries(ACR_STRINGS.fr));

describe('the manual check catalogue', () => {
  it('has a check for every WCAG 2.2 A and AA criterion and the AAA ones the reader targets', () => {
    const expected = WCAG22_CRITERIA.filter(
      ({ id, level }) => level !== 'AAA' || (TARGETED_AAA as readonly string[]).includes(id),
    ).map(({ id }) => `wcag-${id}`);
    expect(MANUAL_CHECKS.filter((check) => check.id.startsWith('wcag-')).map((check) => check.id)).toEqual(expected);
  });

  it('covers the kiosk’s closed functionality and the software items for assistive technology and platform settings', () => {
    const covered = new Set(MANUAL_CHECKS.flatMap((check) => check.covers));
    for (const key of [
      'en301549:5.1.3.1',
      'en301549:5.1.3.4',
      'en301549:5.1.6.2',
      'en301549:5.2',
      'section508:503.2',
      'en301549:11.7',
      'section508:502.3.1',
      'en301549:11.5.2.5',
    ] as const) {
      expect(covered, key).toContain(key);
    }
  });

  it('only covers rows the report has', () => {
    const rows = new Set(
      REPORT_CHAPTERS.flatMap((chapter) =>
        chapter.criteria.map((criterion) => criterionKey(chapter.standard, criterion.id)),
      ),
    );
    expect(MANUAL_CHECKS.flatMap((check) => check.covers).filter((key) => !rows.has(key))).toEqual([]);
    expect(MANUAL_CHECKS.every((check) => CHECK_GROUPS.includes(check.group))).toBe(true);
  });

  it('gives every check its steps, what to look for and where to look, in both languages', () => {
    for (const check of MANUAL_CHECKS) {
      for (const language of ['en', 'fr'] as const) {
        const texts = checkTexts(check.id, language);
        expect(texts?.steps, `${check.id} ${language}`).toBeTruthy();
        expect(texts?.expect, `${check.id} ${language}`).toBeTruthy();
        expect(texts?.where, `${check.id} ${language}`).toBeTruthy();
        if (!check.id.startsWith('wcag-')) expect(texts?.title, `${check.id} ${language}`).toBeTruthy();
      }
    }
    expect(Object.keys(ACR_STRINGS.en.checks).sort()).toEqual(MANUAL_CHECKS.map((check) => check.id).sort());
  });
});

describe('the report’s strings', () => {
  it('have the same keys and placeholders in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    const tokens = (value: string) => [...value.matchAll(/{{\w+}}/g)].map((match) => match[0]).sort();
    expect(
      [...english]
        .filter(([key, value]) => JSON.stringify(tokens(value)) !== JSON.stringify(tokens(french.get(key) ?? '')))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('follow French typography: no-break spaces before : ; ! ? and inside « », no straight apostrophe', () => {
    const faults = [...french].filter(([, value]) => {
      const text = value.replace(/{{\w+}}/g, '');
      return /[^\u00a0\u202f][:;!?](?!\/)|'|«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text);
    });
    expect(faults.map(([key]) => key)).toEqual([]);
  });

  it('are not English left in place in French', () => {
    // Words French writes the same way.
    const sameInBoth = new Set(['report/documents', 'report/modes', 'report/notes']);
    const untranslated = [...french].filter(
      ([key, value]) => !sameInBoth.has(key) && value === english.get(key) && /[a-z]{4,}/i.test(value),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
