/**
 * What the desktop app keeps of the content folder between starts, so that start-up reads no file it has read
 * before: each file's front matter as the index saw it (its summary, or its fault), under the file's size and
 * modification time. A new or changed file is read again, a file that went is dropped: the content can be
 * replaced without rebuilding the app (electron-builder.yml), so nothing kept is used without its stamp matching.
 * Kept in the user-data folder and written atomically; an unreadable or malformed cache counts as none.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as v from 'valibot';
import writeFileAtomic from 'write-file-atomic';
import { DocumentIdSchema } from '../../common/document';
import { LANGUAGES } from '../../common/languages';
import type { FileOutcome } from './assemble-library';
import type { ParsedSummary } from './parse-document';

export const INDEX_CACHE_FILE_NAME = 'content-index.json';

const ContentErrorSchema = v.strictObject({ file: v.string(), line: v.number(), message: v.string() });

const SummaryOutcomeSchema = v.union([
  v.strictObject({
    file: v.string(),
    parsed: v.strictObject({
      document: v.strictObject({
        id: DocumentIdSchema,
        lang: v.picklist(LANGUAGES),
        title: v.string(),
        updated: v.string(),
      }),
      fieldLines: v.strictObject({ id: v.number() }),
    }),
  }),
  v.strictObject({ file: v.string(), error: ContentErrorSchema }),
]);

/** A file's size and modification time: what says it is the file that was read. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

const IndexCacheSchema = v.strictObject({
  format: v.literal(1),
  files: v.record(
    v.string(),
    v.strictObject({ size: v.number(), mtimeMs: v.number(), outcome: SummaryOutcomeSchema }),
  ),
});

type KeptOutcome = v.InferOutput<typeof SummaryOutcomeSchema>;

/** By file name: its stamp when read, and what its front matter gave. */
export type IndexCacheFiles = v.InferOutput<typeof IndexCacheSchema>['files'];

export async function readIndexCache(path: string): Promise<IndexCacheFiles> {
  try {
    const parsed = v.safeParse(IndexCacheSchema, JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.output.files : {};
  } catch {
    return {};
  }
}

export async function writeIndexCache(path: string, files: IndexCacheFiles): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, JSON.stringify({ format: 1, files }), { encoding: 'utf8' });
}

/** What the index needs of a file's outcome, and nothing more (a summary's other field lines are not kept). */
export function keptOutcome(outcome: FileOutcome<ParsedSummary['document']>): KeptOutcome {
  if ('error' in outcome) return { file: outcome.file, error: outcome.error };
  const { id, lang, title, updated } = outcome.parsed.document;
  return { file: outcome.file, parsed: { document: { id, lang, title, updated }, fieldLines: { id: outcome.parsed.fieldLines.id } } };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}
