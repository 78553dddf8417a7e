/**
 * The page the desktop app serves when its window opens: the build's pre-rendered page of the first document in
 * the reader's language, with the reader's preferences already on `<html>` (the attributes the stylesheets key
 * off), so the first paint is the reader's own. Pure, from the build's page and what main knows; nothing the
 * page sent is used.
 */
import type { Language } from '../../common/languages';
import { readingAttributes, type Palette } from '../../common/reading-attributes';
import type { ReadingPreferences } from '../../common/preferences';

export interface StartPageSettings {
  language: Language;
  reading: ReadingPreferences;
  palette: Palette;
  /**
   * A kiosk opens on its own start screen, which only the page's script draws: the pre-rendered reader is left
   * out rather than shown for a moment before it.
   */
  kiosk: boolean;
}

/** The build's page for a document in a language (scripts/prerender.ts writes it there). */
export function startPagePath(language: Language, documentId: string): string {
  return `${language}/${documentId}/index.html`;
}

const HTML_START_TAG = /<html\b[^>]*>/;
const ROOT = /<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/;

/** `page`: a page the build wrote, whose `<html>` start tag and root element it wrote too. */
export function startPageHtml(page: string, { language, reading, palette, kiosk }: StartPageSettings): string {
  if (!HTML_START_TAG.test(page)) throw new Error('the page has no <html> start tag');
  const attributes: Record<string, string> = {
    lang: language,
    ...readingAttributes(reading, palette),
    ...(kiosk ? { 'data-kiosk': 'true' } : {}),
  };
  const startTag = `<html ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ')}>`;
  const withAttributes = page.replace(HTML_START_TAG, startTag);
  return kiosk ? withAttributes.replace(ROOT, '<div id="root"></div>$1') : withAttributes;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
