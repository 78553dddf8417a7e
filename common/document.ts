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

const text = v.pipe(v.string(), v.minLength(1));
const isoDate = v.pipe(v.string(), v.isoDate());
const anchor = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'));

export const InlineSchema: v.GenericSchema<Inline> = v.variant('type', [
  v.strictObject({ type: v.literal('text'), value: text }),
  v.strictObject({ type: v.literal('emphasis'), children: v.lazy(() => v.array(InlineSchema)) }),
  v.strictObject({ type: v.literal('strong'), children: v.lazy(() => v.array(InlineSchema)) }),
  v.strictObject({
    type: v.literal('link'),
    href: v.pipe(v.string(), v.url()),
    children: v.lazy(() => v.array(InlineSchema)),
  }),
]);

export const BlockSchema: v.GenericSchema<Block> = v.variant('type', [
  v.strictObject({ type: v.literal('paragraph'), children: v.pipe(v.array(InlineSchema), v.minLength(1)) }),
  v.strictObject({
    type: v.literal('list'),
    ordered: v.boolean(),
    items: v.pipe(v.array(v.lazy(() => v.array(BlockSchema))), v.minLength(1)),
  }),
]);

export const SectionSchema: v.GenericSchema<Section> = v.strictObject({
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
