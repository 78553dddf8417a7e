/**
 * The library's index kept between launches in the user-data folder, so that the desktop's first screen waits
 * for one small file rather than for every content file's front matter. Two files, both written atomically after
 * each check of the content folder (`loader.ts`):
 * - the start (`START_FILE_NAME`): what the first screen is given (common/document.ts, `LibraryStart`) and the
 *   file of each version in it, of the same size whatever the library's;
 * - the index (`INDEX_FILE_NAME`): what was read of each file, keyed by its name, size and modification time, so
 *   the next check reads again only the files that changed.
 * Either is only ever a head start: a missing, damaged or foreign file is ignored, and the folder itself decides.
 */
import { join } from 'node:path';
import * as v from 'valibot';
import { readSettingsFile, writeSettingsFile, type SettingsParser } from '../settings/settings-file';
import { DocumentIdSchema, MAX_ID_LENGTH, type ContentError, type LibraryStart, type VersionSummary } from '../../common/document';
import { LANGUAGES, type Language } from '../../common/languages';

export const START_FILE_NAME = 'library-start.json';
export const INDEX_FILE_NAME = 'library-index.json';

/** Bumped whenever what is kept changes shape: a file of another version is read as no file at all. */
const FORMAT = 1;

/** What was read of one content file's front matter: its version's summary, or its fault. */
export type KeptOutcome = { summary: VersionSummary & { id: string }; idLine: number } | { error: ContentError };

/** One content file as it was when read: name (relative to the folder), size and modification time. */
export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

export interface KeptFile extends FileStamp {
  outcome: KeptOutcome;
}

/** The start of the library as the first screen is given it, and the file each of its versions is in. */
export interface KeptStart {
  start: LibraryStart;
  files: { id: string; lang: Language; file: string }[];
}

const text = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const language = v.picklist(LANGUAGES);
const SummarySchema = v.strictObject({ id: DocumentIdSchema, lang: language, title: text, updated: text });
const ErrorSchema = v.strictObject({ file: text, line: v.pipe(count, v.minValue(1)), message: text });
/** A content file's name, directly in the content folder (as the loader lists them): never a path elsewhere. */
const fileName = v.pipe(text, v.regex(/^[^/\\]+\.md$/, 'not a content file name'));

const StartFileSchema = v.strictObject({
  format: v.literal(FORMAT),
  folder: v.string(),
  start: v.strictObject({
    documents: v.array(
      v.strictObject({
        id: DocumentIdSchema,
        versions: v.record(language, v.strictObject({ lang: language, title: text, updated: text })),
      }),
    ),
    errors: v.array(ErrorSchema),
    complete: v.boolean(),
  }),
  files: v.array(v.strictObject({ id: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)), lang: language, file: fileName })),
});

const IndexFileSchema = v.strictObject({
  format: v.literal(FORMAT),
  folder: v.string(),
  files: v.array(
    v.strictObject({
      name: fileName,
      size: count,
      mtimeMs: v.pipe(v.number(), v.minValue(0)),
      outcome: v.union([
        v.strictObject({ summary: SummarySchema, idLine: v.pipe(count, v.minValue(1)) }),
        v.strictObject({ error: ErrorSchema }),
      ]),
    }),
  ),
});

/** The JSON of `path` if it passes `schema` and was kept for `folder`; otherwise (missing, damaged, foreign) none. */
function readKept<S extends v.GenericSchema<unknown, { folder: string }>>(
  path: string,
  schema: S,
  folder: string,
): Promise<v.InferOutput<S> | undefined> {
  // Left where it is when damaged: the next check of the folder writes it again.
  return readSettingsFile(path, keptFor(schema, folder), undefined, { setAside: false }).then(({ value }) => value);
}

function keptFor<S extends v.GenericSchema<unknown, { folder: string }>>(
  schema: S,
  folder: string,
): SettingsParser<v.InferOutput<S>> {
  return (json) => {
    const parsed = v.safeParse(schema, json);
    return parsed.success && parsed.output.folder === folder ? parsed.output : undefined;
  };
}

/**
 * The start kept for `contentDir` in `keepDir`, if there is a usable one. Never `complete`: the folder may have
 * changed since, and is checked once the first screen is drawn.
 */
export async function readKeptStart(keepDir: string, contentDir: string): Promise<KeptStart | undefined> {
  const kept = await readKept(join(keepDir, START_FILE_NAME), StartFileSchema, contentDir);
  return kept && { start: { ...kept.start, complete: false }, files: kept.files };
}

/** What was read of each file of `contentDir` at the last check, by file name; empty if nothing usable is kept. */
export async function readKeptFiles(keepDir: string, contentDir: string): Promise<Map<string, KeptFile>> {
  const kept = await readKept(join(keepDir, INDEX_FILE_NAME), IndexFileSchema, contentDir);
  return new Map((kept?.files ?? []).map((file) => [file.name, file]));
}

/** Whether a kept file is the one now on disk, as far as its name, size and modification time tell. */
export function unchanged(kept: FileStamp | undefined, now: FileStamp): boolean {
  return kept !== undefined && kept.size === now.size && kept.mtimeMs === now.mtimeMs;
}

/** Keeps both files: the index first, so that a start on disk never describes files the index does not. */
export async function writeKept(
  keepDir: string,
  contentDir: string,
  files: readonly KeptFile[],
  start: KeptStart,
): Promise<void> {
  const compact = { compact: true };
  const index = { format: FORMAT, folder: contentDir, files };
  await writeSettingsFile(join(keepDir, INDEX_FILE_NAME), index, keptFor(IndexFileSchema, contentDir), compact);
  const kept = { format: FORMAT, folder: contentDir, ...start };
  await writeSettingsFile(join(keepDir, START_FILE_NAME), kept, keptFor(StartFileSchema, contentDir), compact);
}
