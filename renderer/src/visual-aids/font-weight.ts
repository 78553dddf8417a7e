import type { TFunction } from 'i18next';
import type { Font, FontWeight } from '../../../common/preferences';

/**
 * A text weight as the reader sees it offered, honest about the font: the bundled fonts come in normal and bold
 * only (styles/fonts.css), so "medium" says it stays normal in them; the system font may or may not have one.
 */
export function describeFontWeight(weight: FontWeight, font: Font, t: TFunction): string {
  if (weight !== 'medium') return t(`preferences.fontWeight.options.${weight}`);
  if (font === 'system') return t('preferences.fontWeight.mediumSystem');
  return t('preferences.fontWeight.mediumMissing', { font: t(`preferences.font.options.${font}`) });
}
