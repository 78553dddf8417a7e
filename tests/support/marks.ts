/** Marks as the reader makes them, for the tests of their schema, their file and the bridge. */
import type { Bookmark, Highlight, Mark, Note, SavedMarks } from '../../common/marks';

/** "We connect" in the section "Our work", as the reader's selection describes it. */
const place = {
  documentId: 'about-us',
  language: 'en',
  created: '2026-01-05T14:00:00.000Z',
  target: {
    section: 'our-work',
    exact: 'We connect',
    prefix: 'Ontario Health. ',
    suffix: ' the health system',
    start: 16,
    end: 26,
  },
} as const;

export const bookmark = (id: string, name = 'Our work: We connect'): Bookmark => ({
  kind: 'bookmark',
  id,
  ...place,
  target: { ...place.target },
  name,
});

export const highlight = (id: string, category: Highlight['category'] = 'important'): Highlight => ({
  kind: 'highlight',
  id,
  ...place,
  target: { ...place.target },
  category,
});

export const note = (id: string, text = 'Ask about this at the next visit.'): Note => ({
  kind: 'note',
  id,
  ...place,
  target: { ...place.target },
  text,
});

export const savedMarks = (...marks: Mark[]): SavedMarks => ({ version: 1, marks });
