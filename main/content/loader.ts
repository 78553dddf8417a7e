/**
 * The content loader: every `*.md` file of the content folder → the `Library` the reader shows. Plain Node
 * (no Electron), so the build and the tests run it too. A broken file becomes an entry of `library.errors`;
 * every other file still loads.
 */
import { readFile as readFileWithCallback } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Library } from '../../common/document';
import { assembleLibrary, byCodeUnits, type FileOutcome } from './assemble-library';
import { ContentFileError } from './content-file-error';
import { parseContentFile } from './parse-document';

export { ContentFileError } from './content-file-error';
export { parseDocumentSource } from './parse-document';

/** Files read at once: enough to overlap I/O, few enough to stay far below the open-file limit. */
const READ_CONCURRENCY = 32;

/** The callback `readFile` reads a small file in one thread-pool job; `fs/promises` takes several (2× slower). */
const readFile = promisify(readFileWithCallback);

/**
 * Loads the library from the `*.md` files directly in `contentDir`, in file-name order.
 * @throws only if the folder itself cannot be listed
 */
export async function loadLibrary(contentDir: string): Promise<Library> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.name.endsWith('.md') && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort(byCodeUnits);
  const outcomes = await mapWithConcurrency(files, READ_CONCURRENCY, (file) => loadFile(contentDir, file));
  return assembleLibrary(outcomes);
}

async function loadFile(contentDir: string, file: string): Promise<FileOutcome> {
  let source: string;
  try {
    source = await readFile(join(contentDir, file), 'utf8');
  } catch (error) {
    return { file, error: { file, line: 1, message: `cannot be read: ${describe(error)}` } };
  }
  try {
    return { file, parsed: parseContentFile(source, file) };
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
