import type { ReadingPreferences } from '../../../common/preferences';
import { readingAttributes, type Palette } from '../../../common/reading-attributes';

/**
 * Puts the reading preferences on the root element, where the stylesheets read them (common/reading-attributes.ts).
 * Nothing else is needed for a change to show at once.
 *
 * Only the attributes whose value changes are written: Chromium restyles the whole page for any write to an
 * attribute the stylesheets select `:root` by, even of the value it already has, and at start-up the early
 * script has already written them all.
 */
export function applyReadingPreferences(
  preferences: ReadingPreferences,
  palette: Palette,
  root: HTMLElement = document.documentElement,
): void {
  for (const [name, value] of Object.entries(readingAttributes(preferences, palette))) {
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  }
}
