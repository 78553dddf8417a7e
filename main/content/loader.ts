/**
 * The content loader: the `*.md` files of the content folder → what the reader shows. Plain Node (no Electron),
 * so the build and the tests run it too. A broken file becomes a `ContentError`; every other file still loads.
 *
 * Two ways in: `loadLibrary` parses every file whole (the build, which checks and compiles all of it), and
 * `openContentLibrary` (the desktop app) reads only each file's front matter at start, for the index, and parses
 * a body when it is first asked for, then keeps it.
 */
import { close as closeWithCallback, open as openWithCallback, read as readWithCallback, readFile as readFileWithCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { indexOf, type ContentError, type DocumentLoad, type Library, type LibraryIndex } from '../../common/document';
import type { Language } from '../../common/languages';
import { assembleLibrary, byCodeUnits, versionKey, type FileOutcome, type ParsedVersion } from './assemble-library';
import { ContentFileError } from './content-file-error';
import { parseContentFile, parseContentSummary } from './parse-document';

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

/** The library as the desktop app serves it: the index at once, each body on demand. */
export interface ContentLibrary {
  /** Every file's front matter, read once; front matter faults and duplicates are its errors. */
  index(): Promise<LibraryIndex>;
  /** One version's body, parsed the first time it is asked for and kept. Never rejects. */
  document(id: string, lang: Language): Promise<DocumentLoad>;
}

/**
 * @param onError told of each fault as it is found: those of the index once it is read, a body's when it is
 *   first parsed
 */
export function openContentLibrary(contentDir: string, onError: (error: ContentError) => void = () => undefined): ContentLibrary {
  const scanned = scanIndex(contentDir);
  void scanned.then(({ index }) => index.errors.forEach(onError), () => undefined);
  const bodies = new Map<string, Promise<DocumentLoad>>();

  async function parseBody(file: string, id: string, lang: Language): Promise<DocumentLoad> {
    const outcome = await readAndParse(file, () => readFile(join(contentDir, file), 'utf8'), parseContentFile);
    if ('error' in outcome) {
      onError(outcome.error);
      return { status: 'invalid', error: outcome.error };
    }
    const { document } = outcome.parsed;
    // The file changed since its front matter was read: what it now holds is not the version asked for.
    if (document.id !== id || document.lang !== lang) return { status: 'missing' };
    return { status: 'ok', document };
  }

  return {
    index: () => scanned.then(({ index }) => index),
    async document(id, lang) {
      const { files } = await scanned.catch(() => ({ files: new Map<string, string>() }));
      const key = versionKey(id, lang);
      const file = files.get(key);
      if (file === undefined) return { status: 'missing' };
      let body = bodies.get(key);
      if (!body) bodies.set(key, (body = parseBody(file, id, lang)));
      return body;
    },
  };
}

async function scanIndex(contentDir: string): Promise<{ index: LibraryIndex; files: Map<string, string> }> {
  const names = await listContentFiles(contentDir);
  const outcomes = await mapWithConcurrency(names, READ_CONCURRENCY, (file) =>
    readAndParse(file, () => readFrontMatterPart(join(contentDir, file)), parseContentSummary),
  );
  const { documents, errors, files } = assembleLibrary(outcomes);
  return { index: indexOf({ documents, errors }), files };
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
    return { file, error: { file, line: 1, message: `cannot be read: ${describe(error)}` } };
  }
  try {
    return { file, parsed: parse(source, file) };
  } catch (error) {
    if (error instanceof ContentFileError) return { file, error: { file, line: error.line, message: error.reason } };
    // A parser bug must not take the other documents down with it.
    return { file, error: { file, line: 1, message: `cannot be loaded: ${describe(error)}` } };
  }
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
