/**
 * The document model shared by the content loader (which builds and validates it) and the renderer (which
 * shows it). It is deliberately small: only what the bundled content needs, so every node has a rendering.
 */
import * as v from 'valibot';
import { LANGUAGES, type Language } from './languages';

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Block[][] };

/** A heading and everything up to the next heading of the same or a higher level. */
export interface Section {
  /** Stable anchor, shared by both language versions where they cover the same ground. */
  id: string;
  /** 2 for a top-level section (the document title is the only level 1). */
  level: number;
  heading: Inline[];
  /** The heading as plain text, for the table of contents and announcements. */
  title: string;
  blocks: Block[];
  sections: Section[];
}

export interface ReaderDocument {
  /** Shared by both language versions of one document. */
  id: string;
  lang: Language;
  title: string;
  /** Last-updated date, ISO 8601 (YYYY-MM-DD). */
  updated: string;
  /** Where the text was published. */
  source: string;
  /** Content between the title and the first section heading. */
  intro: Block[];
  sections: Section[];
}

/** A document with whichever language versions exist. */
export interface LibraryEntry {
  id: string;
  versions: Partial<Record<Language, ReaderDocument>>;
}

/** A content file that could not be loaded, and why. */
export interface ContentError {
  /** Path relative to the content folder. */
  file: string;
  /** 1-based line of the fault. */
  line: number;
  message: string;
}

export interface Library {
  documents: LibraryEntry[];
  errors: ContentError[];
}

/** What the reader needs of a version before opening it: enough for the list of documents. */
export interface VersionSummary {
  lang: Language;
  title: string;
  /** Last-updated date, ISO 8601 (YYYY-MM-DD). */
  updated: string;
}

/** A document of the index: its id and the summary of each language version there is. */
export interface IndexEntry {
  id: string;
  versions: Partial<Record<Language, VersionSummary>>;
}

/**
 * The library as the reader loads it at start: every document's summary and every content error found so far,
 * no bodies. Its size grows with the library by a few dozen bytes a document; each body is loaded when opened.
 */
export interface LibraryIndex {
  documents: IndexEntry[];
  errors: ContentError[];
}

/**
 * How many documents of the index the first screen is given: more than the list of documents shows in the first
 * screen (a button in it is at least 44 CSS px tall, and the list starts below the contents: 30 fill more than a
 * 2,000 px high window; a 1280 × 800 one shows 6), so what is on screen is the same as with the whole index.
 */
export const START_DOCUMENTS = 30;

/**
 * What the first screen needs of the index, of the same size whatever the library's: the first documents (the
 * top of the list of documents), the one to open if it is further down, and the content errors known so far.
 * The whole index follows once the first screen is on screen (`complete`: this is the whole of it already).
 */
export interface LibraryStart extends LibraryIndex {
  complete: boolean;
}

/** The start of `index`, for opening `documentId` (the first document when not given or not in the library). */
export function startOf(index: LibraryIndex, documentId?: string): LibraryStart {
  const documents = index.documents.slice(0, START_DOCUMENTS);
  const asked = documentId === undefined ? undefined : index.documents.find((entry) => entry.id === documentId);
  if (asked && !documents.includes(asked)) documents.push(asked);
  return { documents, errors: index.errors, complete: documents.length === index.documents.length };
}

/** One version's body, asked for when opened: the document, or why it cannot be shown. */
export type DocumentLoad =
  | { status: 'ok'; document: ReaderDocument }
  /** No such document or language version (the content changed since the index was read). */
  | { status: 'missing' }
  /** Its file has a fault found only when the body was parsed. */
  | { status: 'invalid'; error: ContentError };

export function summaryOf({ lang, title, updated }: VersionSummary): VersionSummary {
  return { lang, title, updated };
}

/** The index of a library, its versions whole or summed up already. */
export function indexOf(library: {
  documents: { id: string; versions: Partial<Record<Language, VersionSummary>> }[];
  errors: ContentError[];
}): LibraryIndex {
  return {
    documents: library.documents.map(({ id, versions }) => ({
      id,
      versions: Object.fromEntries(Object.entries(versions).map(([lang, version]) => [lang, summaryOf(version)])),
    })),
    errors: library.errors,
  };
}

const text = v.pipe(v.string(), v.minLength(1));
const isoDate = v.pipe(v.string(), v.isoDate());
/** Longer than any real id or anchor; bounds what a page may send as a document id. */
export const MAX_ID_LENGTH = 200;

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const anchor = v.pipe(v.string(), v.regex(ANCHOR, 'must be lowercase words joined by hyphens'));

/** A document id as the reader may ask for one: an anchor of bounded length. */
export const DocumentIdSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH),
  v.regex(ANCHOR, 'must be lowercase words joined by hyphens'),
);

const InlineSchema: v.GenericSchema<Inline> = v.variant('type', [
  v.strictObject({ type: v.literal('text'), value: text }),
  v.strictObject({ type: v.literal('emphasis'), children: v.lazy(() => v.array(InlineSchema)) }),
  v.strictObject({ type: v.literal('strong'), children: v.lazy(() => v.array(InlineSchema)) }),
  v.strictObject({
    type: v.literal('link'),
    href: v.pipe(v.string(), v.url()),
    children: v.lazy(() => v.array(InlineSchema)),
  }),
]);

const BlockSchema: v.GenericSchema<Block> = v.variant('type', [
  v.strictObject({ type: v.literal('paragraph'), children: v.pipe(v.array(InlineSchema), v.minLength(1)) }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.boolean(),
    items: v.pipe(v.array(v.lazy(() => v.array(BlockSchema))), v.minLength(1)),
  }),
]);

const SectionSchema: v.GenericSchema<Section> = v.strictObject({
  id: anchor,
  level: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(6)),
  heading: v.pipe(v.array(InlineSchema), v.minLength(1)),
  title: text,
  blocks: v.array(BlockSchema),
  sections: v.lazy(() => v.array(SectionSchema)),
});

export const ReaderDocumentSchema: v.GenericSchema<ReaderDocument> = v.strictObject({
  id: anchor,
  lang: v.picklist(LANGUAGES),
  title: text,
  updated: isoDate,
  source: v.pipe(v.string(), v.url()),
  intro: v.array(BlockSchema),
  sections: v.array(SectionSchema),
});
