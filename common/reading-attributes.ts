/**
 * How reading preferences reach the page: as attributes of `<html>`, which the stylesheets key off
 * (styles/reading-attributes.css turns the sizes and spacings into custom properties). Attributes rather than
 * inline styles, so that the desktop app can write them into the page it serves and the page's own early
 * script can set them before the first paint, all under a CSP with no inline style.
 */
import { CUSTOM_COLOR_NAMES, highlightedTextColor, relativeLuminance } from './colors';
import type { ReadingPreferences, Theme } from './preferences';

/** The colours actually shown: a theme, with "same as my system" resolved. */
export type Palette = Exclude<Theme, 'system'>;

/** What the system asks for: dark mode, more contrast. */
export interface SystemAppearance {
  dark: boolean;
  highContrast: boolean;
}

export function systemPalette({ dark, highContrast }: SystemAppearance): Palette {
  if (highContrast) return dark ? 'contrast-dark' : 'contrast-light';
  return dark ? 'dark' : 'light';
}

export function paletteFor(theme: Theme, system: SystemAppearance): Palette {
  return theme === 'system' ? systemPalette(system) : theme;
}

/** Under this luminance a background is dark: where black and white text stand out from it equally. */
const DARK_BACKGROUND = Math.sqrt(1.05 * 0.05) - 0.05;

/** Where focus mode is on `<html>`: what a page drawn ahead of time shows of it while the page is taken over. */
export const FOCUS_MODE_ATTRIBUTE = 'data-focus-mode';

/** Every attribute of `<html>` a reading preference sets, by name. */
export function readingAttributes(reading: ReadingPreferences, palette: Palette): Record<string, string> {
  return {
    'data-text-size': String(reading.textSize),
    'data-line-height': String(reading.lineHeight),
    'data-letter-spacing': String(reading.letterSpacing),
    'data-word-spacing': String(reading.wordSpacing),
    'data-paragraph-spacing': String(reading.paragraphSpacing),
    'data-line-length': reading.lineLength,
    'data-font': reading.font,
    'data-theme': reading.theme,
    'data-palette': palette,
    'data-motion': reading.motion,
    // Focus mode hides parts of the page: on <html> too, so a page drawn ahead of time shows it from its first frame.
    [FOCUS_MODE_ATTRIBUTE]: String(reading.focusMode),
    'data-speech-emphasis': reading.speechEmphasis,
    'data-font-weight': reading.fontWeight,
    'data-brightness': String(reading.brightness),
    'data-plain-text': String(reading.plainText),
    'data-hyphenation': String(reading.hyphenation),
    'data-reading-ruler': reading.readingRuler,
    'data-hide-table-of-contents': String(reading.hideTableOfContents),
    'data-hide-document-list': String(reading.hideDocumentList),
    'data-hide-dates': String(reading.hideDates),
    // The reader's own colours, valid `#rrggbb` by the schema: themes.css reads them with `attr()` for "Custom".
    ...Object.fromEntries(CUSTOM_COLOR_NAMES.map((name) => [`data-custom-${name}`, reading.customColors[name]])),
    'data-custom-highlight-text': highlightedTextColor(reading.customColors),
    // Native controls (scroll bars, colour pickers) drawn light or dark to suit the reader's background.
    'data-custom-scheme': relativeLuminance(reading.customColors.background) < DARK_BACKGROUND ? 'dark' : 'light',
  };
}
