/**
 * Where the browser build puts the compiled library, relative to the page: the start of the index for the first
 * screen, the whole index fetched once it is drawn, and one file per document and language, fetched when opened,
 * so start-up does not grow with the library.
 */
import type { Language } from './languages';

export const LIBRARY_FOLDER = 'library';
export const LIBRARY_INDEX_FILE = `${LIBRARY_FOLDER}/index.json`;
/** The start of the index (common/document.ts, `startOf`): what every page needs first, whatever the library's size. */
export const LIBRARY_START_FILE = `${LIBRARY_FOLDER}/start.json`;

/** A document's index entry on its own, for a page that opens a document further down than the start holds. */
export function entryFile(id: string): string {
  return `${LIBRARY_FOLDER}/${id}.entry.json`;
}

/** Ids and languages are lowercase letters, digits and hyphens (the schemas say so), so this is a plain file name. */
export function documentFile(id: string, language: Language): string {
  return `${LIBRARY_FOLDER}/${id}.${language}.json`;
}
