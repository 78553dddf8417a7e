/**
 * Highlights and notes drawn in the text as <mark> elements (`@apache-annotator/dom`'s `highlightText`), so that
 * screen readers tell a marked passage as they tell any highlighted text, with its category as the mark's role
 * description ("highlight: Question"). The marks add no text to the page: the reader's text, its offsets and
 * what is read aloud stay as they were.
 */
import { createTextPositionSelectorMatcher, describeTextPosition, highlightText } from '@apache-annotator/dom';
import type { Highlight, Mark, Note } from '../../../../common/marks';
import { scopeOf } from './page-text';

export interface PlacedMark {
  mark: Mark;
  range: Range;
}

/** Where each mark is painted, as offsets in its scope: wrapping text splits nodes, so ranges do not survive it. */
interface Paintable {
  mark: Highlight | Note;
  scope: Element;
  start: number;
  end: number;
}

/**
 * Paints the marks and returns what takes them away. Bookmarks are places, not passages: they are not painted.
 * @param describe the mark's role description, in the reader's language
 */
export async function paintMarks(placed: readonly PlacedMark[], describe: (mark: Mark) => string): Promise<() => void> {
  const paintable: Paintable[] = [];
  for (const { mark, range } of placed) {
    const scope = scopeOf(mark.target.section);
    if (mark.kind === 'bookmark' || !scope) continue;
    const { start, end } = await describeTextPosition(range, scope);
    paintable.push({ mark, scope, start, end });
  }
  const removers: (() => void)[] = [];
  for (const { mark, scope, start, end } of paintable) {
    const matches = createTextPositionSelectorMatcher({ type: 'TextPositionSelector', start, end })(scope);
    for await (const range of matches) {
      removers.push(
        highlightText(range, 'mark', {
          class: mark.kind === 'note' ? 'reader-mark mark-note' : `reader-mark mark-${mark.category}`,
          'data-mark-id': mark.id,
          'aria-roledescription': describe(mark),
        }),
      );
      // A range ending at the very start of a text node wraps that node's empty first part: no mark to tell.
      for (const empty of scope.querySelectorAll(`mark[data-mark-id="${CSS.escape(mark.id)}"]`))
        if (empty.textContent === '') empty.remove();
      break;
    }
  }
  return () => {
    for (const remove of removers.reverse()) remove();
    // Text nodes split for the marks are joined again, leaving the text as the page drew it.
    for (const { scope } of paintable) scope.normalize();
  };
}
