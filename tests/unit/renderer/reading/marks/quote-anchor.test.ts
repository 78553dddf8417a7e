import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePassage, locatePassage } from '../../../../../renderer/src/reading/marks/quote-anchor';

/** A section's text: words, some repeated, so that the same quote can occur more than once. */
const sectionText = fc
  .array(fc.constantFrom('health', 'Ontario', 'care', 'we', 'the', 'patients', 'équité', 'soins', 'de', '—', 'and'), {
    minLength: 8,
    maxLength: 80,
  })
  .map((words) => words.join(' '));

/** A text, a passage of it (offsets), and an edit somewhere that does not touch the passage. */
const editedAround = sectionText.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b) + 1] as const)
    .chain(([start, end]) =>
      fc.record({
        text: fc.constant(text),
        start: fc.constant(start),
        end: fc.constant(end),
        // Where the edit is: before the passage or after it, and what it inserts and removes there.
        before: fc.boolean(),
        at: fc.nat(),
        removed: fc.nat({ max: 12 }),
        inserted: fc.string({ maxLength: 20 }),
      }),
    ),
);

describe('re-anchoring a mark by its quote', () => {
  it('finds an unchanged passage exactly where it was, even among equal quotes', async () => {
    await fc.assert(
      fc.asyncProperty(editedAround, async ({ text, start, end }) => {
        const target = await describePassage(text, start, end, 'our-work');
        expect(target.exact).toBe(text.slice(start, end));
        await expect(locatePassage(text, target)).resolves.toEqual({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it('follows the passage when the text before or after it is edited, and never lands on other words', async () => {
    await fc.assert(
      fc.asyncProperty(editedAround, async ({ text, start, end, before, at, removed, inserted }) => {
        const target = await describePassage(text, start, end, null);
        // The edit stays wholly before or wholly after the passage.
        const [from, to] = before
          ? [at % (start + 1), Math.min(start, (at % (start + 1)) + removed)]
          : [
              end + (at % (text.length - end + 1)),
              Math.min(text.length, end + (at % (text.length - end + 1)) + removed),
            ];
        const edited = text.slice(0, from) + inserted + text.slice(to);
        const shift = before ? inserted.length - (to - from) : 0;

        const found = await locatePassage(edited, target);
        // The quote is still there, so the mark is placed, and on its own words.
        expect(found).not.toBeNull();
        if (!found) return;
        expect(edited.slice(found.start, found.end)).toBe(target.exact);
        // Where the quote is unique in the edited text, that is the passage moved by the edit.
        if (edited.indexOf(target.exact) === edited.lastIndexOf(target.exact)) expect(found.start).toBe(start + shift);
      }),
      { numRuns: 1000 },
    );
  });

  it('cannot place a mark whose quote is gone, rather than put it on other words', async () => {
    await fc.assert(
      fc.asyncProperty(editedAround, async ({ text, start, end }) => {
        const target = await describePassage(text, start, end, null);
        const edited = text.split(target.exact).join('✂');
        await expect(locatePassage(edited, target)).resolves.toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
