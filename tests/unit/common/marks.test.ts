import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  edited,
  MAX_MARKS,
  MAX_NOTE_LENGTH,
  parseSavedMarks,
  withMark,
  withoutMark,
  type SavedMarks,
} from '../../../common/marks';
import { bookmark, highlight, note, savedMarks } from '../../support/marks';

/** What every accepted set of marks must be, whatever it came from. */
function expectSound(marks: SavedMarks): void {
  expect(marks.version).toBe(1);
  expect(marks.marks.length).toBeLessThanOrEqual(MAX_MARKS);
  expect(new Set(marks.marks.map((mark) => mark.id)).size).toBe(marks.marks.length);
  for (const mark of marks.marks) {
    expect(mark.target.end - mark.target.start).toBe(mark.target.exact.length);
    if (mark.kind === 'note') expect(mark.text.length).toBeLessThanOrEqual(MAX_NOTE_LENGTH);
  }
}

describe('the marks schema', () => {
  it('accepts what the reader makes', () => {
    const marks = savedMarks(bookmark('a'), highlight('b', 'todo'), note('c', 'Line one\nline two'));
    expect(parseSavedMarks(marks)).toEqual(marks);
  });

  it('never throws on any JSON, and whatever it accepts is sound', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseSavedMarks(value);
        if (parsed) expectSound(parsed);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a valid file with any one field replaced by something else', () => {
    const valid = savedMarks(bookmark('a'), highlight('b'), note('c'));
    const fields = ['kind', 'id', 'documentId', 'language', 'created', 'target', 'name', 'category', 'text'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(...fields),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ unit: 'binary' })),
        (at, field, replacement) => {
          const copy = structuredClone(valid) as { marks: Record<string, unknown>[] };
          const mark = copy.marks[at];
          if (!mark || !(field in mark) || JSON.stringify(mark[field]) === JSON.stringify(replacement)) return;
          mark[field] = replacement;
          const parsed = parseSavedMarks(copy);
          // Only an equally valid value may pass (a different language, another category…).
          if (parsed) expectSound(parsed);
          if (field === 'kind' || field === 'target' || field === 'created') expect(parsed).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a __proto__ key', JSON.parse('{"version":1,"marks":[],"__proto__":{"polluted":true}}') as unknown],
    [
      'a mark with a __proto__ key',
      JSON.parse(
        `{"version":1,"marks":[${JSON.stringify(bookmark('a')).replace('{', '{"__proto__":{},')}]}`,
      ) as unknown,
    ],
    [
      'offsets that do not span the quote',
      savedMarks({ ...bookmark('a'), target: { ...bookmark('a').target, end: 99 } }),
    ],
    ['a control character in a note', savedMarks(note('a', 'bell \u0007'))],
    [
      'a section that is not an anchor',
      savedMarks({ ...bookmark('a'), target: { ...bookmark('a').target, section: '../x' } }),
    ],
    ['a later version', { version: 2, marks: [] }],
  ])('refuses %s', (_case, value) => {
    expect(parseSavedMarks(value)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('adds, replaces and removes one mark, keeping the others in order', () => {
    const start = savedMarks(bookmark('a'), note('b'));
    const renamed = withMark(start, bookmark('a', 'Renamed'));
    expect(renamed.marks.map((mark) => mark.id)).toEqual(['a', 'b']);
    expect(renamed.marks[0]).toMatchObject({ name: 'Renamed' });
    expect(withMark(renamed, highlight('c')).marks.map((mark) => mark.id)).toEqual(['a', 'b', 'c']);
    expect(withoutMark(renamed, 'a').marks.map((mark) => mark.id)).toEqual(['b']);
  });
});

describe('the date a mark was last changed', () => {
  const monday = new Date('2026-02-02T09:30:00.000Z');

  it('is set when the reader renames, recategorises or rewrites a mark, and the date it was made kept', () => {
    expect(edited(bookmark('a'), { name: 'Mission' }, monday)).toEqual({
      ...bookmark('a', 'Mission'),
      modified: '2026-02-02T09:30:00.000Z',
    });
    expect(edited(highlight('b'), { category: 'todo' }, monday)).toMatchObject({
      category: 'todo',
      created: '2026-01-05T14:00:00.000Z',
      modified: '2026-02-02T09:30:00.000Z',
    });
    expect(edited(note('c'), { text: 'Asked.' }, monday)).toMatchObject({
      text: 'Asked.',
      modified: monday.toISOString(),
    });
  });

  it('is not set when nothing changed', () => {
    expect(edited(highlight('b', 'question'), { category: 'question' }, monday)).toEqual(highlight('b', 'question'));
    expect(edited(note('c', 'Same'), { text: 'Same' }, monday)).not.toHaveProperty('modified');
  });

  it('is kept in the file, and a file written before marks had it still loads', () => {
    const changed = edited(note('c'), { text: 'Asked.' }, monday);
    expect(parseSavedMarks(JSON.parse(JSON.stringify(savedMarks(changed))))).toEqual(savedMarks(changed));
    const older = '{"version":1,"marks":[' + JSON.stringify(note('c')) + ']}';
    expect(older).not.toContain('modified');
    expect(parseSavedMarks(JSON.parse(older))).toEqual(savedMarks(note('c')));
  });

  it.each([['yesterday'], [''], [null], [20260202]])('refuses %j as the date', (modified) => {
    expect(parseSavedMarks(savedMarks({ ...note('c'), modified } as never))).toBeUndefined();
  });
});
