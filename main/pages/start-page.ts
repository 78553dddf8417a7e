/**
 * The page the desktop app serves when its window opens: the build's pre-rendered page of the first document in
 * the reader's language, with the reader's preferences already on `<html>` (the attributes the stylesheets key
 * off), so the first paint is the reader's own. Pure, from the build's page and what main knows; nothing the
 * page sent is used.
 */
import type { KioskConfig } from '../../common/kiosk';
import type { Language } from '../../common/languages';
import { readingPreferences, type Preferences, type ReadingPreferences } from '../../common/preferences';
import { APP_ORIGIN } from '../security/app-url';
import { KIOSK_START_PAGE_PATH, prerenderedPagePath, type PrerenderManifest } from '../../common/prerendered';
import { paletteFor, readingAttributes, type Palette, type SystemAppearance } from '../../common/reading-attributes';
import { startingPreferences } from '../../common/starting-preferences';

export interface StartPageSettings {
  language: Language;
  reading: ReadingPreferences;
  palette: Palette;
  /**
   * What the window opens on: a document's reading screen; a kiosk's bilingual start screen, for a kiosk that asks
   * each visitor their language; or a kiosk's reader in its one language, which the page's script draws (the
   * pre-rendered reader is left out rather than shown for a moment before it).
   */
  screen: 'reader' | 'kiosk-start' | 'kiosk-reader';
}

/** The build's page the start page is made from. */
export function startPagePath({ screen, language }: StartPageSettings, manifest: PrerenderManifest): string {
  return screen === 'kiosk-start' ? KIOSK_START_PAGE_PATH : prerenderedPagePath(language, manifest.startDocument);
}

/** Whether a request is for the app's start page (`app://lisible/` or its index.html), with any query. */
export function isStartPageRequest(url: string): boolean {
  const parsed = URL.parse(url);
  // `origin` is "null" for a scheme Node does not know: compare its parts.
  const origin = parsed && `${parsed.protocol}//${parsed.host}`;
  return origin === APP_ORIGIN && (parsed?.pathname === '/' || parsed?.pathname === '/index.html');
}

/**
 * What the start page shows, by the same rule the page follows (common/starting-preferences.ts): a kiosk's
 * defaults, or what the reader saved, in their language or the system's.
 */
export function startPageSettings({
  stored,
  kiosk,
  systemLanguages,
  system,
}: {
  stored: Preferences;
  kiosk: KioskConfig | null;
  systemLanguages: readonly string[];
  system: SystemAppearance;
}): StartPageSettings {
  const { initial } = startingPreferences({ stored, kiosk, search: '', systemLanguages });
  const reading = readingPreferences(initial);
  return {
    language: initial.language,
    reading,
    palette: paletteFor(reading.theme, system),
    screen: kiosk === null ? 'reader' : kiosk.language === 'ask' ? 'kiosk-start' : 'kiosk-reader',
  };
}

const HTML_START_TAG = /<html\b[^>]*>/;
const ROOT = /<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/;

/** `page`: a page the build wrote, whose `<html>` start tag and root element it wrote too. */
export function startPageHtml(page: string, { language, reading, palette, screen }: StartPageSettings): string {
  if (!HTML_START_TAG.test(page)) throw new Error('the page has no <html> start tag');
  const attributes: Record<string, string> = {
    lang: language,
    ...readingAttributes(reading, palette),
    ...(screen === 'reader' ? {} : { 'data-kiosk': 'true' }),
  };
  const startTag = `<html ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ')}>`;
  const withAttributes = page.replace(HTML_START_TAG, startTag);
  return screen === 'kiosk-reader' ? withAttributes.replace(ROOT, '<div id="root"></div>$1') : withAttributes;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
