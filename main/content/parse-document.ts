/** One content file's text → a validated `ReaderDocument`, or a `ContentFileError` saying where it is wrong. */
import * as v from 'valibot';
import { ReaderDocumentSchema, type ReaderDocument, type VersionSummary } from '../../common/document';
import { failIn, type Fail } from './content-file-error';
import { parseFrontMatter, type FrontMatter, type ParsedFrontMatter } from './front-matter';
import { parseMarkdown } from './markdown-parser';
import { markdownToDocument, type SourceLines } from './markdown-to-document';
import { splitFrontMatter, type SplitSource } from './split-front-matter';

export interface ParsedContentFile {
  document: ReaderDocument;
  /** File lines of the front matter fields. */
  fieldLines: ParsedFrontMatter['lines'];
}

export interface ParsedSummary {
  document: VersionSummary & { id: string };
  fieldLines: ParsedFrontMatter['lines'];
}

/**
 * Only the front matter of a content file: what the index needs. The body is not looked at, so `source` may be
 * the file's beginning only, as long as it holds the closing `---`.
 */
export function parseContentSummary(source: string, file: string): ParsedSummary {
  const fail: Fail = failIn(file);
  const split = splitFrontMatter(source, fail);
  const { data, lines: fieldLines } = parseFrontMatter(split.yaml, split.fenceLine, fail);
  return { document: { id: data.id, lang: data.lang, title: data.title, updated: data.updated }, fieldLines };
}

export function parseContentFile(source: string, file: string): ParsedContentFile {
  const fail: Fail = failIn(file);
  const split = splitFrontMatter(source, fail);
  const { data, lines: fieldLines } = parseFrontMatter(split.yaml, split.fenceLine, fail);
  const document: ReaderDocument = { ...data, ...markdownToDocument(parseMarkdown(split.body), split.bodyLine, fail) };
  // The converter should only build valid documents; the model's own schema is the guard.
  if (!v.safeParse(ReaderDocumentSchema, document).success) reportInvalid(data, split, fieldLines, fail);
  return { document, fieldLines };
}

/** Rebuilds an invalid document noting where each section and block came from, to locate the first issue. */
function reportInvalid(data: FrontMatter, split: SplitSource, fieldLines: ParsedFrontMatter['lines'], fail: Fail): never {
  // Noted only now: a map entry for every block of every file would cost the loader noticeable time.
  const sourceLines: SourceLines = new Map();
  const body = markdownToDocument(parseMarkdown(split.body), split.bodyLine, fail, sourceLines);
  const result = v.safeParse(ReaderDocumentSchema, { ...data, ...body });
  const issue = result.issues?.[0];
  const path = issue?.path ?? [];
  const field = path[0]?.key;
  let line = typeof field === 'string' && field in fieldLines ? fieldLines[field as keyof typeof fieldLines] : 1;
  for (const step of path) line = sourceLines.get(step.value as object) ?? line;
  const where = path.map((step) => String(step.key)).join('.');
  return fail(line, `invalid document${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown issue'}`);
}

/**
 * Parses one content file (CommonMark with YAML front matter).
 * @param file named in errors; the loader passes the path relative to the content folder
 * @throws ContentFileError with the file and the 1-based line of the first fault
 */
export function parseDocumentSource(source: string, file: string): ReaderDocument {
  return parseContentFile(source, file).document;
}
