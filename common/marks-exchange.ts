/**
 * The reader's marks out of Lisible and back: as W3C Web Annotations (JSON-LD) for other tools, and as Markdown
 * and HTML for people. An annotation targets one language version of a document (its `source`), and its passage
 * both by quote (TextQuoteSelector) and by offsets (TextPositionSelector) within the section, each refined from
 * a FragmentSelector naming the section; a passage of the introduction has no FragmentSelector. Import reads only
 * that shape back, checked by a schema; every mark it gives is then checked by the marks' own schema.
 */
import * as v from 'valibot';
import { LANGUAGES } from './languages';
import {
  MAX_MARKS,
  MarkSchema,
  type HighlightCategory,
  type Mark,
  type MarkKind,
  type MarkTarget,
  type SavedMarks,
} from './marks';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** A full set of marks is well under a megabyte; a file larger than this is not one. */
export const MAX_IMPORT_BYTES = 4_000_000;

/** The formats marks are exported in: each one's file extension and media type. */
export const EXPORT_FORMATS = {
  annotations: { extension: 'jsonld', mediaType: 'application/ld+json' },
  markdown: { extension: 'md', mediaType: 'text/markdown' },
  html: { extension: 'html', mediaType: 'text/html' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/**
 * Beyond the largest export the marks' schema allows: 2,000 marks, each with its longest quote, context and note
 * (about 11,000 characters with the annotation around them), is some 23 million characters.
 */
export const MAX_EXPORT_LENGTH = 32 * 1024 * 1024;
/** The name suggested for the file, before the host makes it safe and adds the format's extension. */
export const MAX_EXPORT_NAME_LENGTH = 120;

/** An export the reader asked for: what to save, in which format, named in which language. */
export const MarksExportSchema = v.strictObject({
  format: v.picklist(EXPORT_FORMAT_NAMES),
  language: v.picklist(LANGUAGES),
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_EXPORT_NAME_LENGTH)),
  text: v.pipe(v.string(), v.maxLength(MAX_EXPORT_LENGTH)),
});
export type MarksExport = v.InferOutput<typeof MarksExportSchema>;

const MARK_IRI = 'urn:lisible:mark:';
const DOCUMENT_IRI = 'urn:lisible:document:';

const MOTIVATIONS = { bookmark: 'bookmarking', highlight: 'highlighting', note: 'commenting' } as const;

type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

function selectorsOf(target: MarkTarget) {
  const quote: Selector = {
    type: 'TextQuoteSelector',
    exact: target.exact,
    prefix: target.prefix,
    suffix: target.suffix,
  };
  const position: Selector = { type: 'TextPositionSelector', start: target.start, end: target.end };
  const { section } = target;
  if (section === null) return [quote, position];
  const inSection = (refinedBy: Selector) => ({
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
    value: section,
    refinedBy,
  });
  return [inSection(quote), inSection(position)];
}

function bodyOf(mark: Mark) {
  if (mark.kind === 'bookmark') return { type: 'TextualBody', purpose: 'identifying', value: mark.name };
  if (mark.kind === 'highlight') return { type: 'TextualBody', purpose: 'tagging', value: mark.category };
  return {
    type: 'TextualBody',
    purpose: 'commenting',
    value: mark.text,
    format: 'text/plain',
    language: mark.language,
  };
}

/** One mark as a Web Annotation. */
export function annotationOf(mark: Mark) {
  return {
    id: `${MARK_IRI}${mark.id}`,
    type: 'Annotation',
    motivation: MOTIVATIONS[mark.kind],
    created: mark.created,
    ...(mark.modified !== undefined && { modified: mark.modified }),
    body: bodyOf(mark),
    target: {
      source: `${DOCUMENT_IRI}${mark.documentId}:${mark.language}`,
      selector: selectorsOf(mark.target),
    },
  };
}

/** Every mark as one AnnotationCollection holding one AnnotationPage. */
export function toWebAnnotations(marks: readonly Mark[], label: string) {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: marks.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: marks.map(annotationOf) },
  };
}

// What import accepts. Keys it does not know are ignored (other tools add their own); every value it reads is
// bounded here before the marks' schema checks it in full.
const Text = v.pipe(v.string(), v.maxLength(10_000));
const Quote = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: Text,
  prefix: v.optional(Text, ''),
  suffix: v.optional(Text, ''),
});
const Position = v.object({ type: v.literal('TextPositionSelector'), start: v.number(), end: v.number() });
const Fragment = <Refined extends typeof Quote | typeof Position>(refinedBy: Refined) =>
  v.object({ type: v.literal('FragmentSelector'), value: Text, refinedBy });
const Selectors = v.union([v.strictTuple([Quote, Position]), v.strictTuple([Fragment(Quote), Fragment(Position)])]);
const Body = v.object({
  type: v.literal('TextualBody'),
  purpose: v.picklist(['identifying', 'tagging', 'commenting']),
  value: Text,
});
const AnnotationSchema = v.object({
  id: v.pipe(Text, v.startsWith(MARK_IRI)),
  type: v.literal('Annotation'),
  motivation: v.picklist(Object.values(MOTIVATIONS)),
  created: Text,
  modified: v.optional(Text),
  body: Body,
  target: v.object({ source: v.pipe(Text, v.startsWith(DOCUMENT_IRI)), selector: Selectors }),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

const Items = v.pipe(v.array(v.unknown()), v.maxLength(MAX_MARKS));
const FileSchema = v.union([
  v.object({
    '@context': v.literal(ANNOTATION_CONTEXT),
    type: v.literal('AnnotationCollection'),
    first: v.object({ type: v.literal('AnnotationPage'), items: Items }),
  }),
  v.object({ '@context': v.literal(ANNOTATION_CONTEXT), type: v.literal('AnnotationPage'), items: Items }),
  Items,
]);

function markOf(annotation: Annotation): unknown {
  const [first, second] = annotation.target.selector;
  const quote = 'refinedBy' in first ? first.refinedBy : first;
  const position = 'refinedBy' in second ? second.refinedBy : second;
  const section = 'refinedBy' in first ? first.value : null;
  const kind = (Object.keys(MOTIVATIONS) as MarkKind[]).find((key) => MOTIVATIONS[key] === annotation.motivation);
  const [documentId, language] = annotation.target.source.slice(DOCUMENT_IRI.length).split(':');
  const { body } = annotation;
  const expected = { bookmark: 'identifying', highlight: 'tagging', note: 'commenting' } as const;
  if (!kind || body.purpose !== expected[kind]) return undefined;
  const extra =
    kind === 'bookmark' ? { name: body.value } : kind === 'highlight' ? { category: body.value } : { text: body.value };
  return {
    kind,
    id: annotation.id.slice(MARK_IRI.length),
    documentId,
    language,
    created: annotation.created,
    ...(annotation.modified !== undefined && { modified: annotation.modified }),
    target: {
      section,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
    },
    ...extra,
  };
}

/** Why a file was refused, or the marks it holds (each one valid, no id twice). */
export type ImportedMarks = { marks: Mark[] } | { refused: 'too large' | 'not json' | 'not annotations' };

/** The marks of a Web Annotation file made by `toWebAnnotations` (or a tool keeping its shape). All or nothing. */
export function parseWebAnnotations(text: string): ImportedMarks {
  if (text.length > MAX_IMPORT_BYTES) return { refused: 'too large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { refused: 'not json' };
  }
  const file = v.safeParse(FileSchema, json);
  if (!file.success) return { refused: 'not annotations' };
  const items = Array.isArray(file.output)
    ? file.output
    : 'first' in file.output
      ? file.output.first.items
      : file.output.items;
  const marks: Mark[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const annotation = v.safeParse(AnnotationSchema, item);
    const mark = annotation.success ? v.safeParse(MarkSchema, markOf(annotation.output)) : undefined;
    if (!mark?.success || ids.has(mark.output.id)) return { refused: 'not annotations' };
    ids.add(mark.output.id);
    marks.push(mark.output);
  }
  return { marks };
}

/** The saved marks with those imported added; one already kept (same id) is not added twice. */
export function withImported(saved: SavedMarks, imported: readonly Mark[]): { saved: SavedMarks; added: Mark[] } {
  const kept = new Set(saved.marks.map((mark) => mark.id));
  const added = imported.filter((mark) => !kept.has(mark.id)).slice(0, Math.max(0, MAX_MARKS - saved.marks.length));
  return { saved: { version: 1, marks: [...saved.marks, ...added] }, added };
}

/** The words the people's formats use, in the reader's language. */
export interface ExportWords {
  title: string;
  headings: Record<'bookmarks' | 'highlights' | 'notes', string>;
  categories: Record<HighlightCategory, string>;
  quote: (text: string) => string;
}

const HEADINGS = [
  ['bookmark', 'bookmarks'],
  ['highlight', 'highlights'],
  ['note', 'notes'],
] as const;

function lineOf(mark: Mark, words: ExportWords): { label: string; detail?: string } {
  if (mark.kind === 'bookmark') return { label: mark.name, detail: words.quote(mark.target.exact) };
  if (mark.kind === 'highlight')
    return { label: words.categories[mark.category], detail: words.quote(mark.target.exact) };
  return { label: words.quote(mark.target.exact), detail: mark.text };
}

/** The marks as Markdown: a heading per kind, one list item per mark. */
export function toMarkdown(marks: readonly Mark[], words: ExportWords): string {
  // Markdown's own characters in the reader's words are escaped so they are read as written.
  const escape = (text: string) => text.replace(/([\\`*_[\]{}()#+\-.!|<>])/g, '\\$1').replace(/\n/g, '  \n  ');
  const lines = [`# ${escape(words.title)}`];
  for (const [kind, heading] of HEADINGS) {
    const ofKind = marks.filter((mark) => mark.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `## ${escape(words.headings[heading])}`, '');
    for (const mark of ofKind) {
      const { label, detail } = lineOf(mark, words);
      lines.push(`- **${escape(label)}**${detail ? `  \n  ${escape(detail)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The marks as a small HTML page in the reader's language, each passage marked with its own. */
export function toHtml(marks: readonly Mark[], words: ExportWords, language: string): string {
  const parts = [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(words.title)}</title></head>`,
    '<body>',
    `<h1>${escapeHtml(words.title)}</h1>`,
  ];
  for (const [kind, heading] of HEADINGS) {
    const ofKind = marks.filter((mark) => mark.kind === kind);
    if (ofKind.length === 0) continue;
    parts.push(`<h2>${escapeHtml(words.headings[heading])}</h2>`, '<ul>');
    for (const mark of ofKind) {
      const { label, detail } = lineOf(mark, words);
      const passageLang = ` lang="${escapeHtml(mark.language)}"`;
      const labelLang = mark.kind === 'note' ? passageLang : '';
      const detailLang = mark.kind === 'note' ? '' : passageLang;
      parts.push(
        `<li><strong${labelLang}>${escapeHtml(label)}</strong>` +
          (detail ? `<br><span${detailLang}>${escapeHtml(detail).replace(/\n/g, '<br>')}</span>` : '') +
          '</li>',
      );
    }
    parts.push('</ul>');
  }
  parts.push('</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
