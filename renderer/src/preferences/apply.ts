import type { ReadingPreferences } from '../../../common/preferences';
import { readingAttributes, type Palette } from '../../../common/reading-attributes';

/**
 * Puts the reading preferences on the root element, where the stylesheets read them (common/reading-attributes.ts).
 * Nothing else is needed for a change to show at once.
 */
export function applyReadingPreferences(
  preferences: ReadingPreferences,
  palette: Palette,
  root: HTMLElement = document.documentElement,
): void {
  for (const [name, value] of Object.entries(readingAttributes(preferences, palette))) root.setAttribute(name, value);
}
