import { isLanguage, languageFromTag, type Language } from '../../../common/languages';
import type { Preferences } from '../../../common/preferences';

/**
 * The language to open in: `?lang=` in the address wins, then the saved choice, then the system's or
 * browser's first language (fr… → French, anything else → English).
 */
export function initialLanguage(search: string, preferences: Preferences, systemLanguages: readonly string[]): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) return requested;
  return preferences.language ?? languageFromTag(systemLanguages[0]);
}
