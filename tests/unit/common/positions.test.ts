import { describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENTS,
  MAX_PARAGRAPH,
  parseSavedPlace,
  parseSavedPositions,
  positionFor,
  withPlace,
  type SavedPositions,
} from '../../../common/positions';

describe('saved positions', () => {
  it('accept a position per document and language', () => {
    const saved = { 'about-us': { en: { section: 'our-work', paragraph: 2 }, fr: { section: null, paragraph: 0 } } };
    expect(parseSavedPositions(saved)).toEqual(saved);
    expect(parseSavedPositions({})).toEqual({});
  });

  it.each([
    ['an unknown language', { 'about-us': { de: { section: null, paragraph: 0 } } }],
    ['a section that is not an anchor', { 'about-us': { en: { section: 'Our Work', paragraph: 0 } } }],
    ['a negative paragraph', { 'about-us': { en: { section: null, paragraph: -1 } } }],
    ['a fractional paragraph', { 'about-us': { en: { section: null, paragraph: 1.5 } } }],
    ['a paragraph past the bound', { 'about-us': { en: { section: null, paragraph: MAX_PARAGRAPH + 1 } } }],
    ['a scroll offset instead of a place', { 'about-us': { en: { scrollY: 1200 } } }],
    ['an extra key', { 'about-us': { en: { section: null, paragraph: 0, scrollY: 3 } } }],
    ['a document id that is not an anchor', { '../etc': { en: { section: null, paragraph: 0 } } }],
    ['a prototype trick', JSON.parse('{"__proto__": {"en": {"section": null, "paragraph": 0}}}') as unknown],
    ['too many documents', Object.fromEntries(Array.from({ length: MAX_DOCUMENTS + 1 }, (_, i) => [`d${i}`, {}]))],
    ['an array', []],
    ['null', null],
  ])('refuse %s', (_name, value) => {
    expect(parseSavedPositions(value)).toBeUndefined();
  });

  it('a place to save is one document, one language, one position', () => {
    expect(
      parseSavedPlace({ documentId: 'about-us', language: 'fr', position: { section: 'notre-travail', paragraph: 3 } }),
    ).toBeDefined();
    expect(parseSavedPlace({ documentId: 'about-us', language: 'fr' })).toBeUndefined();
    expect(
      parseSavedPlace({ documentId: 'about-us', language: 'fr', position: { section: null, paragraph: 0 }, extra: 1 }),
    ).toBeUndefined();
  });
});

describe('withPlace', () => {
  it('keeps the other language and the other documents', () => {
    const saved: SavedPositions = {
      a: { en: { section: 'x', paragraph: 1 } },
      b: { fr: { section: null, paragraph: 4 } },
    };
    const next = withPlace(saved, { documentId: 'a', language: 'fr', position: { section: 'y', paragraph: 2 } });
    expect(positionFor(next, 'a', 'en')).toEqual({ section: 'x', paragraph: 1 });
    expect(positionFor(next, 'a', 'fr')).toEqual({ section: 'y', paragraph: 2 });
    expect(positionFor(next, 'b', 'fr')).toEqual({ section: null, paragraph: 4 });
    // The one just read is last, and the original is untouched.
    expect(Object.keys(next)).toEqual(['b', 'a']);
    expect(positionFor(saved, 'a', 'fr')).toBeUndefined();
  });

  it('forgets the least recently read documents past the bound, and stays valid', () => {
    let saved: SavedPositions = {};
    for (let i = 0; i <= MAX_DOCUMENTS + 5; i += 1) {
      saved = withPlace(saved, { documentId: `d${i}`, language: 'en', position: { section: null, paragraph: i } });
    }
    expect(Object.keys(saved)).toHaveLength(MAX_DOCUMENTS);
    expect(positionFor(saved, 'd0', 'en')).toBeUndefined();
    expect(positionFor(saved, `d${MAX_DOCUMENTS + 5}`, 'en')).toEqual({ section: null, paragraph: MAX_DOCUMENTS + 5 });
    expect(parseSavedPositions(saved)).toEqual(saved);
  });

  it('knows nothing of inherited names', () => {
    expect(positionFor({}, 'constructor', 'en')).toBeUndefined();
  });
});
