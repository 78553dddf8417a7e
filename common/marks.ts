/**
 * The reader's marks: bookmarks, highlights and notes. Each is anchored as the W3C Web Annotation Data Model
 * anchors text: the passage quoted with a little of what comes before and after it (TextQuoteSelector), and
 * where it starts and ends in its section's text (TextPositionSelector). The quote finds the passage again after
 * the document has changed; the offsets choose between two equal quotes. One schema checks the marks wherever
 * they cross a boundary: the IPC bridge, the marks file on disk, localStorage and an imported file.
 */
import * as v from 'valibot';
import { LANGUAGES } from './languages';

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same shape as a document id and a section's anchor in `document.ts`. */
const Anchor = v.pipe(v.string(), v.maxLength(200), v.regex(ANCHOR));

/** More than a reader keeps in a lifetime of reading these documents; the bound keeps a bad file small. */
export const MAX_MARKS = 2000;
/** A note of a few pages; longer belongs in a document of its own. */
export const MAX_NOTE_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;
/** A highlight of a few paragraphs; the quote is what re-anchors it, so it is kept whole. */
export const MAX_QUOTE_LENGTH = 4000;
/** The words before and after a quote that tell two equal quotes apart. */
export const MAX_CONTEXT_LENGTH = 1000;
/** Offsets into a section's text: far beyond any section's length. */
const MAX_OFFSET = 10_000_000;

/**
 * The highlight categories, each with its own colour: the name is always shown or spoken with the colour, so
 * colour is never the only cue (WCAG 1.4.1).
 */
export const HIGHLIGHT_CATEGORIES = ['important', 'question', 'definition', 'todo'] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export const MARK_KINDS = ['bookmark', 'highlight', 'note'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OFFSET));

/** Where a mark is: a passage of one section's text (the document's introduction when `section` is null). */
export const MarkTargetSchema = v.pipe(
  v.strictObject({
    section: v.nullable(Anchor),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_LENGTH)),
    prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)),
    suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)),
    start: Offset,
    end: Offset,
  }),
  v.check((target) => target.end - target.start === target.exact.length, 'the offsets do not span the quote'),
);

export type MarkTarget = v.InferOutput<typeof MarkTargetSchema>;

const MarkId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
const Timestamp = v.pipe(v.string(), v.isoTimestamp());
/** Text the reader wrote: not empty, bounded, and with no control characters but line breaks and tabs. */
const ReadersText = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(max),
    // eslint-disable-next-line no-control-regex -- the characters refused are exactly the control ones
    v.check((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), 'control characters'),
  );

const common = {
  id: MarkId,
  documentId: Anchor,
  language: v.picklist(LANGUAGES),
  created: Timestamp,
  /** When the reader last renamed, recategorised or rewrote it; absent until then, and in files kept before it. */
  modified: v.optional(Timestamp),
  target: MarkTargetSchema,
};

export const BookmarkSchema = v.strictObject({
  kind: v.literal('bookmark'),
  ...common,
  name: ReadersText(MAX_NAME_LENGTH),
});

export const HighlightSchema = v.strictObject({
  kind: v.literal('highlight'),
  ...common,
  category: v.picklist(HIGHLIGHT_CATEGORIES),
});

export const NoteSchema = v.strictObject({
  kind: v.literal('note'),
  ...common,
  text: ReadersText(MAX_NOTE_LENGTH),
});

export const MarkSchema = v.variant('kind', [BookmarkSchema, HighlightSchema, NoteSchema]);

export type Bookmark = v.InferOutput<typeof BookmarkSchema>;
export type Highlight = v.InferOutput<typeof HighlightSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
export type Mark = v.InferOutput<typeof MarkSchema>;

/** Only a plain object (no Map, Date or class instance carried by structured clone, no `__proto__` key). */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !Object.hasOwn(value, '__proto__');
}

const PlainMarkSchema = v.pipe(v.custom<unknown>(isPlainObject, 'not a plain object'), MarkSchema);

/** Every mark kept, in the order they were made. Version 1 of the file. */
export const SavedMarksSchema = v.pipe(
  v.custom<unknown>(isPlainObject, 'not a plain object'),
  v.strictObject({
    version: v.literal(1),
    marks: v.pipe(
      v.array(PlainMarkSchema),
      v.maxLength(MAX_MARKS, `no more than ${MAX_MARKS} marks`),
      v.check((marks) => new Set(marks.map((mark) => mark.id)).size === marks.length, 'two marks share an id'),
    ),
  }),
);

export type SavedMarks = v.InferOutput<typeof SavedMarksSchema>;

export const NO_SAVED_MARKS: SavedMarks = { version: 1, marks: [] };

export function parseSavedMarks(value: unknown): SavedMarks | undefined {
  const result = v.safeParse(SavedMarksSchema, value);
  return result.success ? result.output : undefined;
}

/** The marks of one document version, in reading order (by where they start, section by section as given). */
export function marksOf(saved: SavedMarks, documentId: string, language: string): Mark[] {
  return saved.marks.filter((mark) => mark.documentId === documentId && mark.language === language);
}

/** The marks with one added, replaced (same id) or removed. */
export function withMark(saved: SavedMarks, mark: Mark): SavedMarks {
  const index = saved.marks.findIndex((candidate) => candidate.id === mark.id);
  if (index === -1) return { version: 1, marks: [...saved.marks, mark] };
  return { version: 1, marks: saved.marks.map((candidate, at) => (at === index ? mark : candidate)) };
}

/** What the reader may change of a mark once made: a bookmark's name, a highlight's category, a note's text. */
export type MarkChange<M extends Mark> = Partial<Pick<M, Extract<keyof M, 'name' | 'category' | 'text'>>>;

/**
 * The mark with the reader's change, dated `modified` when it changes anything: saving a note as it was, or
 * choosing the category it already has, leaves the mark as it is.
 */
export function edited<M extends Mark>(mark: M, change: MarkChange<M>, now: Date = new Date()): M {
  const changed = (Object.keys(change) as (keyof MarkChange<M>)[]).some((key) => change[key] !== mark[key]);
  return changed ? { ...mark, ...change, modified: now.toISOString() } : mark;
}

export function withoutMark(saved: SavedMarks, id: string): SavedMarks {
  return { version: 1, marks: saved.marks.filter((mark) => mark.id !== id) };
}
