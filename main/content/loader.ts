/**
 * The content loader: the `*.md` files of the content folder → what the reader shows. Plain Node (no Electron),
 * so the build and the tests run it too. A broken file becomes a `ContentError`; every other file still loads.
 *
 * Two ways in: `loadLibrary` parses every file whole (the build, which checks and compiles all of it), and
 * `openContentLibrary` (the desktop app), which gives the first screen the start of the index kept at the last
 * launch (kept-index.ts), checks the folder afterwards reading only the front matter of the files that changed,
 * and parses a body when it is first asked for, then keeps it.
 */
import { close as closeWithCallback, open as openWithCallback, read as readWithCallback, readFile as readFileWithCallback } from 'node:fs';
import { readdir, stat as statFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  indexOf,
  startOf,
  type ContentError,
  type DocumentLoad,
  type Library,
  type LibraryIndex,
  type LibraryStart,
} from '../../common/document';
import type { Language } from '../../common/languages';
import { assembleLibrary, byCodeUnits, versionKey, type FileOutcome, type ParsedVersion } from './assemble-library';
import { ContentFileError } from './content-file-error';
import { readKeptFiles, readKeptStart, unchanged, writeKept, type FileStamp, type KeptFile, type KeptOutcome, type KeptStart } from './kept-index';
import { parseContentFile, parseContentSummary, type ParsedSummary } from './parse-document';

export { ContentFileError } from './content-file-error';
export { parseDocumentSource } from './parse-document';

/** Files read at once: enough to overlap I/O, few enough to stay far below the open-file limit. */
const READ_CONCURRENCY = 32;

/** The callback `readFile` reads a small file in one thread-pool job; `fs/promises` takes several (2× slower). */
const readFile = promisify(readFileWithCallback);
const openFile = promisify(openWithCallback);
const readInto = promisify(readWithCallback);
const closeFile = promisify(closeWithCallback);

/**
 * How much of a file the index reads: a front matter is five short fields, a few hundred bytes. A file whose
 * front matter does not end within it is read whole.
 */
const HEAD_BYTES = 4096;

/** The `*.md` files directly in `contentDir`, in file-name order. */
async function listContentFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.name.endsWith('.md') && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort(byCodeUnits);
}

/**
 * Loads the whole library from the `*.md` files directly in `contentDir`, in file-name order.
 * @throws only if the folder itself cannot be listed
 */
export async function loadLibrary(contentDir: string): Promise<Library> {
  const files = await listContentFiles(contentDir);
  const outcomes = await mapWithConcurrency(files, READ_CONCURRENCY, (file) =>
    readAndParse(file, () => readFile(join(contentDir, file), 'utf8'), parseContentFile),
  );
  const { documents, errors } = assembleLibrary(outcomes);
  return { documents, errors };
}

/** The library as the desktop app serves it: the first screen's part of the index at once, each body on demand. */
export interface ContentLibrary {
  /**
   * What the first screen needs (common/document.ts, `LibraryStart`): the start kept at the last launch when
   * there is one (not `complete`: the folder is checked afterwards), else the start of the index read now.
   */
  start(documentId?: string): Promise<LibraryStart>;
  /**
   * The whole index, the folder checked once: each file's front matter read, or taken from the index kept at the
   * last launch when the file's name, size and modification time are unchanged. Front matter faults and
   * duplicates are its errors.
   */
  index(): Promise<LibraryIndex>;
  /** One version's body, parsed the first time it is asked for and kept. Never rejects. */
  document(id: string, lang: Language): Promise<DocumentLoad>;
}

export interface ContentLibraryOptions {
  /**
   * The folder the index is kept in between launches (the user-data folder; kept-index.ts). Without it, the
   * first screen waits for every file's front matter.
   */
  keepIndexIn?: string;
}

interface CheckedIndex {
  index: LibraryIndex;
  /** The file of each version, keyed by `versionKey`. */
  files: Map<string, string>;
  /** Settles once what was read is kept for the next launch (or could not be). */
  kept: Promise<void>;
}

/**
 * @param onError told of each fault as it is found: those of the index once the folder is checked, a body's
 *   when it is first parsed
 */
export function openContentLibrary(
  contentDir: string,
  onError: (error: ContentError) => void = () => undefined,
  { keepIndexIn }: ContentLibraryOptions = {},
): ContentLibrary {
  const keptStart = keepIndexIn === undefined ? Promise.resolve(undefined) : readKeptStart(keepIndexIn, contentDir);
  // Checked when first needed: by the page once its first screen is drawn, or at once when nothing is kept.
  let checked: Promise<CheckedIndex> | undefined;
  let checkedIndex: CheckedIndex | undefined;
  const check = () => {
    if (!checked) {
      checked = checkFolder(contentDir, keepIndexIn);
      checked.then(
        (result) => {
          checkedIndex = result;
          result.index.errors.forEach(onError);
        },
        () => undefined,
      );
    }
    return checked;
  };
  const bodies = new Map<string, Promise<DocumentLoad>>();

  /** @param unreadable what a file that cannot be read is: a fault, or (a file named by the kept start) gone */
  async function parseBody(file: string, id: string, lang: Language, unreadable: 'invalid' | 'missing'): Promise<DocumentLoad> {
    let source: string | undefined;
    const outcome = await readAndParse(file, async () => (source = await readFile(join(contentDir, file), 'utf8')), parseContentFile);
    if ('error' in outcome && source === undefined && unreadable === 'missing') return { status: 'missing' };
    if ('error' in outcome) {
      onError(outcome.error);
      return { status: 'invalid', error: outcome.error };
    }
    const { document } = outcome.parsed;
    // The file changed since its front matter was read: what it now holds is not the version asked for.
    if (document.id !== id || document.lang !== lang) return { status: 'missing' };
    return { status: 'ok', document };
  }

  function bodyIn(file: string, id: string, lang: Language, unreadable: 'invalid' | 'missing' = 'invalid'): Promise<DocumentLoad> {
    const key = `${versionKey(id, lang)}\n${file}`;
    let body = bodies.get(key);
    if (!body) {
      body = parseBody(file, id, lang, unreadable);
      bodies.set(key, body);
      // Only what the file holds is kept: a version not (or no longer) in it may be in another file.
      void body.then((load) => load.status === 'missing' && bodies.delete(key));
    }
    return body;
  }

  return {
    async start(documentId) {
      const kept = checkedIndex ? undefined : await keptStart;
      if (kept && (documentId === undefined || kept.start.documents.some((entry) => entry.id === documentId))) {
        return kept.start;
      }
      return startOf((await check()).index, documentId);
    },
    // Once kept: the page asks for it after its first screen, with nothing waiting on it.
    index: () => check().then(async ({ index, kept }) => (await kept, index)),
    async document(id, lang) {
      // Before the folder is checked, the file the kept start names, if it still holds that version.
      if (!checkedIndex) {
        const kept = (await keptStart)?.files.find((version) => version.id === id && version.lang === lang);
        const body = kept && (await bodyIn(kept.file, id, lang, 'missing'));
        if (body && body.status !== 'missing') return body;
      }
      const files = await check().then(
        (result) => result.files,
        () => new Map<string, string>(),
      );
      const file = files.get(versionKey(id, lang));
      return file === undefined ? { status: 'missing' } : bodyIn(file, id, lang);
    },
  };
}

type Summary = ParsedSummary['document'];

/**
 * Reads the index from the folder: each file's front matter, or what the kept index says of it when its name,
 * size and modification time are unchanged; then keeps the result for the next launch, without waiting for it.
 */
async function checkFolder(contentDir: string, keepDir: string | undefined): Promise<CheckedIndex> {
  const names = await listContentFiles(contentDir);
  if (keepDir === undefined) {
    const outcomes = await mapWithConcurrency(names, READ_CONCURRENCY, (name) =>
      readAndParse(name, () => readFrontMatterPart(join(contentDir, name)), parseContentSummary),
    );
    return checkedIndexOf(outcomes);
  }
  const keptFiles = await readKeptFiles(keepDir, contentDir);
  const read = await mapWithConcurrency(names, READ_CONCURRENCY, async (name): Promise<KeptFile | FileOutcome<Summary>> => {
    const path = join(contentDir, name);
    let stamp: FileStamp;
    try {
      const stats = await statFile(path);
      stamp = { name, size: stats.size, mtimeMs: stats.mtimeMs };
    } catch (error) {
      return cannotBeRead(name, error);
    }
    const kept = keptFiles.get(name);
    if (unchanged(kept, stamp)) return kept as KeptFile;
    const outcome = await readAndParse(name, () => readFrontMatterPart(path), parseContentSummary);
    return { ...stamp, outcome: 'error' in outcome ? { error: outcome.error } : keptOutcomeOf(outcome.parsed) };
  });
  const checked = checkedIndexOf(read.map((item) => ('outcome' in item ? fileOutcomeOf(item) : item)));
  const start = startOf(checked.index);
  const keptStart: KeptStart = {
    start,
    files: start.documents.flatMap((entry) =>
      Object.values(entry.versions).map(({ lang }) => ({
        id: entry.id,
        lang,
        file: checked.files.get(versionKey(entry.id, lang)) ?? '',
      })),
    ),
  };
  // Only a head start for the next launch: this one goes on without it.
  const kept = writeKept(
    keepDir,
    contentDir,
    read.filter((item): item is KeptFile => 'outcome' in item),
    keptStart,
  ).catch((error: unknown) => console.warn(`The library's index could not be kept in ${keepDir}: ${describe(error)}`));
  return { ...checked, kept };
}

function checkedIndexOf(outcomes: readonly FileOutcome<Summary>[]): CheckedIndex {
  const { documents, errors, files } = assembleLibrary(outcomes);
  return { index: indexOf({ documents, errors }), files, kept: Promise.resolve() };
}

function keptOutcomeOf(parsed: ParsedVersion<Summary>): KeptOutcome {
  return { summary: parsed.document, idLine: parsed.fieldLines.id };
}

function fileOutcomeOf({ name, outcome }: KeptFile): FileOutcome<Summary> {
  return 'error' in outcome
    ? { file: name, error: outcome.error }
    : { file: name, parsed: { document: outcome.summary, fieldLines: { id: outcome.idLine } } };
}

/** A closing fence after the first line: the front matter ends within the text read. */
const CLOSING_FENCE_AFTER_FIRST_LINE = /\n---[ \t]*(?:\r?\n|\r|$)/;

/**
 * The beginning of a file, enough to hold its front matter: its first HEAD_BYTES, or the whole file if the
 * front matter does not end within them (so a long or unclosed front matter is judged on the whole file, as
 * `loadLibrary` judges it). A character cut in two at the end of the head is after the front matter.
 */
async function readFrontMatterPart(path: string): Promise<string> {
  const fd = await openFile(path, 'r');
  let head: string;
  let bytesRead: number;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    ({ bytesRead } = await readInto(fd, buffer, 0, HEAD_BYTES, 0));
    head = buffer.toString('utf8', 0, bytesRead);
  } finally {
    await closeFile(fd);
  }
  if (bytesRead < HEAD_BYTES || CLOSING_FENCE_AFTER_FIRST_LINE.test(head)) return head;
  return readFile(path, 'utf8');
}

async function readAndParse<D>(file: string, read: () => Promise<string>, parse: (source: string, file: string) => ParsedVersion<D>): Promise<FileOutcome<D>> {
  let source: string;
  try {
    source = await read();
  } catch (error) {
    return cannotBeRead(file, error);
  }
  try {
    return { file, parsed: parse(source, file) };
  } catch (error) {
    if (error instanceof ContentFileError) return { file, error: { file, line: error.line, message: error.reason } };
    // A parser bug must not take the other documents down with it.
    return { file, error: { file, line: 1, message: `cannot be loaded: ${describe(error)}` } };
  }
}

/** A file that cannot be read, whether listing its stamp or its text failed: one fault, at its first line. */
function cannotBeRead(file: string, error: unknown): FileOutcome<never> {
  return { file, error: { file, line: 1, message: `cannot be read: ${describe(error)}` } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Like `Promise.all(items.map(task))`, results in input order, with at most `limit` tasks running. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
