/**
 * Where the reader was in each document, so reopening it takes them back there. A place is logical (a section
 * and a paragraph in it), not a scroll offset, so it survives another window size or text size. One schema
 * checks it wherever it crosses a boundary: the IPC bridge, the positions file on disk and localStorage.
 */
import * as v from 'valibot';
import { LANGUAGES, type Language } from './languages';

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same shape as a section's anchor in `document.ts`. */
const Anchor = v.pipe(v.string(), v.maxLength(200), v.regex(ANCHOR));

/**
 * A record's schema skips a `__proto__` key and takes an array for an object; saved positions are neither.
 * Only a plain object whose every own key is an anchor is accepted.
 */
function isPlainRecordOfAnchors(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Reflect.ownKeys(value).every((key) => typeof key === 'string' && ANCHOR.test(key));
}

/** Far more paragraphs than any section holds; the bound only keeps a bad value out. */
export const MAX_PARAGRAPH = 10_000;

/** More documents than the library will hold; past it the least recently read are forgotten. */
export const MAX_DOCUMENTS = 200;

export const PositionSchema = v.strictObject({
  /** The innermost section being read; null before the first section heading (the document's introduction). */
  section: v.nullable(Anchor),
  /** The paragraph (or list item) being read within that section's own text, from 0 (its heading). */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PARAGRAPH)),
});

export type Position = v.InferOutput<typeof PositionSchema>;

/** The top of a document. */
export const START_POSITION: Position = { section: null, paragraph: 0 };

/** One position per language version: the two versions are organised differently. */
const DocumentPositionsSchema = v.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, v.optional(PositionSchema)])) as Record<
    Language,
    v.OptionalSchema<typeof PositionSchema, undefined>
  >,
);

export const SavedPositionsSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainRecordOfAnchors, 'not a plain object keyed by document ids'),
  v.record(Anchor, DocumentPositionsSchema),
  v.check((positions) => Object.keys(positions).length <= MAX_DOCUMENTS, `no more than ${MAX_DOCUMENTS} documents`),
);

/** Document id → language → position. Insertion order is reading order: the last key was read most recently. */
export type SavedPositions = v.InferOutput<typeof SavedPositionsSchema>;

export const NO_SAVED_POSITIONS: SavedPositions = {};

/** What the renderer sends to save one place: small, whatever the number of documents. */
export const SavedPlaceSchema = v.strictObject({
  documentId: Anchor,
  language: v.picklist(LANGUAGES),
  position: PositionSchema,
});

export type SavedPlace = v.InferOutput<typeof SavedPlaceSchema>;

export function parseSavedPositions(value: unknown): SavedPositions | undefined {
  const result = v.safeParse(SavedPositionsSchema, value);
  return result.success ? result.output : undefined;
}

export function parseSavedPlace(value: unknown): SavedPlace | undefined {
  const result = v.safeParse(SavedPlaceSchema, value);
  return result.success ? result.output : undefined;
}

export function positionFor(saved: SavedPositions, documentId: string, language: Language): Position | undefined {
  return Object.hasOwn(saved, documentId) ? saved[documentId]?.[language] : undefined;
}

/**
 * The saved positions with one place updated. The document moves to the end (most recently read), and the
 * least recently read documents are dropped past `MAX_DOCUMENTS`, so the file never grows without bound.
 */
export function withPlace(saved: SavedPositions, { documentId, language, position }: SavedPlace): SavedPositions {
  const previous = Object.hasOwn(saved, documentId) ? saved[documentId] : undefined;
  const others = Object.entries(saved).filter(([id]) => id !== documentId);
  const kept = others.slice(Math.max(0, others.length - (MAX_DOCUMENTS - 1)));
  return Object.fromEntries<SavedPositions[string]>([
    ...kept,
    [documentId, { ...previous, [language]: { ...position } }],
  ]);
}
