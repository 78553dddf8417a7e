/**
 * Pages rendered at build time (scripts/prerender.ts, renderer/src/prerender.tsx): what the build notes on a
 * page's root element about what it shows, so the page can tell whether it may take that markup over as it is.
 */
import type { LibraryEntry, LibraryIndex } from './document';
import { isLanguage, type Language } from './languages';

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export interface PrerenderedScreenNote {
  language: Language;
  documentId: string;
}

export function prerenderedNote({ language, documentId }: PrerenderedScreenNote): string {
  return `${language} ${documentId}`;
}

/** @param note the root element's PRERENDERED_ATTRIBUTE, if it has one */
export function readPrerenderedNote(note: string | null): PrerenderedScreenNote | undefined {
  const [language, documentId] = (note ?? '').split(' ');
  return isLanguage(language) && documentId ? { language, documentId } : undefined;
}

/** What the build asks of the page's pre-renderer (prerender.tsx), and what it gets back. */
export interface PrerenderInput {
  index: LibraryIndex;
  /** The document, whole: its body is in the page. */
  entry: LibraryEntry;
  language: Language;
}

export interface PrerenderedScreen {
  language: Language;
  documentId: string;
  /** The language of the version shown (the other one, when the document has only that). */
  documentLanguage: Language;
  /** The page's `<title>`, as the page itself writes it. */
  title: string;
  markup: string;
}

/** Where the build writes the page of a document in a language, relative to the site's root. */
export function prerenderedPagePath(language: Language, documentId: string): string {
  return `${language}/${documentId}/index.html`;
}

/** On `/`, an attribute of `<html>`: the same page in the other language, for the early script (renderer/src/early). */
export const OTHER_LANGUAGE_PAGE = 'data-other-language-page';

/** What the build notes of its pages for the desktop app (main/pages/start-page.ts): the document it opens on. */
export const PRERENDER_MANIFEST = 'prerendered.json';

export interface PrerenderManifest {
  startDocument: string;
}
