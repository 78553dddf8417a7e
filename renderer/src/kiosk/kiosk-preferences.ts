import type { KioskConfig } from '../../../common/kiosk';
import type { Language } from '../../../common/languages';
import type { Preferences } from '../../../common/preferences';

/** What every kiosk session starts with: the kiosk's text size and theme, everything else at its default. */
export function kioskPreferences(config: KioskConfig, language: Language): Preferences & { language: Language } {
  return { language, textSize: config.textSize, theme: config.theme };
}
