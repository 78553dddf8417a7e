import type { KioskConfig } from './kiosk';
import { isLanguage, readerLanguage, type Language } from './languages';
import type { Preferences } from './preferences';
import { preferencesFromAddress } from './preferences-from-address';

/**
 * The language to open in: `?lang=` in the address wins, then the saved choice, then the system's or
 * browser's first language (fr… → French, anything else → English).
 */
export function initialLanguage(
  search: string,
  preferences: Preferences,
  systemLanguages: readonly string[],
): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) return requested;
  return readerLanguage(preferences.language, systemLanguages);
}

interface StartingPoint {
  /** What was saved before (nothing, in a kiosk). */
  stored: Preferences;
  kiosk: KioskConfig | null;
  /** The address's query string. */
  search: string;
  /** The browser's or system's languages, most wanted first. */
  systemLanguages: readonly string[];
}

interface StartingPreferences {
  /** What the reader starts with; in a kiosk, what every reader starts with. */
  initial: Preferences & { language: Language };
  /** One message per address parameter that was ignored, for the console. */
  ignored: string[];
}

/**
 * What the reader opens with, in order of precedence. A kiosk starts every reader from its own defaults (its
 * language, or English under the bilingual start screen; its text size, theme, colours and brightness), and nothing saved by anyone
 * before applies; the address sets a kiosk up too. Otherwise the saved preferences, then the address's on top,
 * then the language as `initialLanguage` decides it.
 */
export function startingPreferences({ stored, kiosk, search, systemLanguages }: StartingPoint): StartingPreferences {
  const fromAddress = preferencesFromAddress(search);
  if (kiosk) {
    const language = kiosk.language === 'ask' ? 'en' : kiosk.language;
    const kioskDefaults = {
      textSize: kiosk.textSize,
      theme: kiosk.theme,
      brightness: kiosk.brightness,
      ...(kiosk.customColors ? { customColors: kiosk.customColors } : {}),
    };
    return { initial: { ...kioskDefaults, ...fromAddress.preferences, language }, ignored: fromAddress.ignored };
  }
  const language = initialLanguage(search, stored, systemLanguages);
  return { initial: { ...stored, ...fromAddress.preferences, language }, ignored: fromAddress.ignored };
}
