/** How a mark is named to the reader: in lists, announcements and the note beside the text. */
import type { TFunction } from 'i18next';
import type { Mark } from '../../../../common/marks';

const SHORT_QUOTE = 80;

export function newMarkId(): string {
  return crypto.randomUUID();
}

/** A passage in the reader's language's quotation marks, cut after a word if it is long. */
export function quoted(text: string, t: TFunction): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length <= SHORT_QUOTE ? flat : `${flat.slice(0, flat.lastIndexOf(' ', SHORT_QUOTE))}…`;
  return t('marks.quoted', { text: cut });
}

/** A bookmark's name; a highlight's category and passage; a note's passage and text. */
export function markSummary(mark: Mark, t: TFunction): string {
  if (mark.kind === 'bookmark') return mark.name;
  if (mark.kind === 'highlight') return `${t(`marks.categories.${mark.category}`)}, ${quoted(mark.target.exact, t)}`;
  return `${quoted(mark.target.exact, t)} ${mark.text}`;
}
