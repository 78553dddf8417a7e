/**
 * How reading preferences reach the page: as attributes of `<html>`, which the stylesheets key off
 * (styles/reading-attributes.css turns the sizes and spacings into custom properties). Attributes rather than
 * inline styles, so that the desktop app can write them into the page it serves and the page's own early
 * script can set them before the first paint, all under a CSP with no inline style.
 */
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
    'data-focus-mode': String(reading.focusMode),
  };
}
