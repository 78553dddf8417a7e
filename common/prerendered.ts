/**
 * Pages rendered at build time (scripts/prerender.ts, renderer/src/prerender.tsx): what the build notes on a
 * page's root element about what it shows, so the page can tell whether it may take that markup over as it is.
 */
import type { LibraryEntry, LibraryIndex, ReaderDocument } from './document';
import { isLanguage, type Language } from './languages';

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * What a pre-rendered page shows: a document's reading screen in a language, or a kiosk's bilingual start screen
 * (drawn in a language too: its title and the page's own words).
 */
export type PrerenderedScreenNote = ReaderScreenNote | KioskStartNote;

interface ReaderScreenNote {
  screen: 'reader';
  language: Language;
  documentId: string;
  /**
   * The digest of the document version drawn (`contentDigest`). The desktop's content can be replaced without a
   * new build; a page drawn from an older version is then drawn afresh, never taken over with yesterday's text.
   */
  digest: string;
}

interface KioskStartNote {
  screen: 'kiosk-start';
  language: Language;
}

/**
 * The first thing in a drawn page's root: the shadow tree through which the page shows its content
 * (renderer/src/shared/quiet-root.ts), there from the first frame rather than attached by script after it.
 */
export const QUIET_ROOT_MARKUP = '<template shadowrootmode="open"><slot></slot></template>';

export function prerenderedNote(note: PrerenderedScreenNote): string {
  return note.screen === 'reader'
    ? `${note.language} ${note.documentId} ${note.digest}`
    : `kiosk-start ${note.language}`;
}

/** @param note the root element's PRERENDERED_ATTRIBUTE, if it has one */
export function readPrerenderedNote(note: string | null): PrerenderedScreenNote | undefined {
  const [first, second, third] = (note ?? '').split(' ');
  if (first === 'kiosk-start') return isLanguage(second) ? { screen: 'kiosk-start', language: second } : undefined;
  return isLanguage(first) && second && third
    ? { screen: 'reader', language: first, documentId: second, digest: third }
    : undefined;
}

/**
 * A short fingerprint of a document version (FNV-1a, 32 bits, over its JSON): the same for the build that drew a
 * page and the page that takes it over when the content is the same, and different when it was edited since.
 * Not a security measure: a mismatch only means the reader is drawn afresh.
 */
export function contentDigest(version: ReaderDocument): string {
  const text = JSON.stringify(version);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** What the build asks of the page's pre-renderer (prerender.tsx), and what it gets back. */
export interface PrerenderInput {
  index: LibraryIndex;
  /** The document, whole: its body is in the page. */
  entry: LibraryEntry;
  language: Language;
}

export type PrerenderedScreen = (
  | (ReaderScreenNote & {
      /** The language of the version shown (the other one, when the document has only that). */
      documentLanguage: Language;
    })
  | KioskStartNote
) & {
  /** The page's `<title>`, as the page itself writes it. */
  title: string;
  markup: string;
};

/** Where the build writes the page of a document in a language, relative to the site's root. */
export function prerenderedPagePath(language: Language, documentId: string): string {
  return `${language}/${documentId}/index.html`;
}

/** Where the build writes the kiosk's start screen, relative to the site's root. */
export const KIOSK_START_PAGE_PATH = 'kiosk/index.html';

/**
 * Attributes of `<html>` naming, relative to the page, the page to go to instead of this one, for the early
 * script (renderer/src/early), which goes there before anything is drawn.
 * - On `/`: the same page in the other language, for a reader who wants that language.
 * - On every reading page: the kiosk's start screen, for a kiosk that asks each visitor their language.
 * - On the kiosk's start screen: the reader, for anyone else.
 */
export const OTHER_LANGUAGE_PAGE = 'data-other-language-page';
export const KIOSK_START_PAGE = 'data-kiosk-start-page';
export const READER_PAGE = 'data-reader-page';

export interface StartingPage {
  /** Whether the reader runs as a kiosk, and whether that kiosk asks each visitor their language. */
  kiosk: 'none' | 'asks-language' | 'set-language';
  /** The language the reader starts in. */
  language: Language;
  /** The page's own `<html lang>`. */
  pageLanguage: string;
  /** The value of each of the attributes above the page has. */
  links: Partial<Record<typeof OTHER_LANGUAGE_PAGE | typeof KIOSK_START_PAGE | typeof READER_PAGE, string>>;
}

/**
 * The page, relative to this one, that shows what the reader is about to see when this one does not; `undefined`
 * when this one does (or when no page the build wrote does, and the page's script draws it).
 */
export function betterStartingPage({ kiosk, language, pageLanguage, links }: StartingPage): string | undefined {
  if (links[READER_PAGE] !== undefined) return kiosk === 'asks-language' ? undefined : links[READER_PAGE];
  if (kiosk === 'asks-language') return links[KIOSK_START_PAGE];
  if (kiosk === 'none' && language !== pageLanguage) return links[OTHER_LANGUAGE_PAGE];
  return undefined;
}

/** What the build notes of its pages for the desktop app (main/pages/start-page.ts): the document it opens on. */
export const PRERENDER_MANIFEST = 'prerendered.json';

export interface PrerenderManifest {
  startDocument: string;
}
