import type { ReadingPreferences } from '../../../common/preferences';
import type { Palette } from './system-appearance';

/**
 * Puts the reading preferences on the root element, where the stylesheets read them: sizes and spacings as
 * custom properties, the choices as data attributes. Nothing else is needed for a change to show at once.
 */
export function applyReadingPreferences(
  preferences: ReadingPreferences,
  palette: Palette,
  root: HTMLElement = document.documentElement,
): void {
  root.style.setProperty('--text-scale', String(preferences.textSize / 100));
  root.style.setProperty('--line-height', String(preferences.lineHeight));
  root.style.setProperty('--letter-spacing', `${preferences.letterSpacing}em`);
  root.style.setProperty('--word-spacing', `${preferences.wordSpacing}em`);
  root.style.setProperty('--paragraph-spacing', `${preferences.paragraphSpacing}em`);
  root.dataset.lineLength = preferences.lineLength;
  root.dataset.font = preferences.font;
  root.dataset.theme = preferences.theme;
  root.dataset.palette = palette;
  root.dataset.motion = preferences.motion;
}
