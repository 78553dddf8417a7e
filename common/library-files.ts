/**
 * Where the browser build puts the compiled library, relative to the page: one index for start-up and one file
 * per document and language, fetched when opened, so start-up does not grow with the library.
 */
import type { Language } from './languages';

export const LIBRARY_FOLDER = 'library';
export const LIBRARY_INDEX_FILE = `${LIBRARY_FOLDER}/index.json`;

/** Ids and languages are lowercase letters, digits and hyphens (the schemas say so), so this is a plain file name. */
export function documentFile(id: string, language: Language): string {
  return `${LIBRARY_FOLDER}/${id}.${language}.json`;
}
