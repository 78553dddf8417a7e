/** The menu's strings in the reader's language. */
import type { Language } from '../../common/languages';
import { EN_MENU_STRINGS, type MenuStrings } from './strings-en';
import { FR_MENU_STRINGS } from './strings-fr';

export type { MenuStringKey, MenuStrings } from './strings-en';

const TABLES: Readonly<Record<Language, MenuStrings>> = { en: EN_MENU_STRINGS, fr: FR_MENU_STRINGS };

export function menuStrings(language: Language): MenuStrings {
  return TABLES[language];
}

/** Fills `{name}` placeholders; an unknown name is left as written so a mistake shows rather than vanishes. */
export function formatMenuString(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "150%" in English, "150 %" (no-break space) in French. */
export function formatPercent(language: Language, percent: number): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent' }).format(percent / 100);
}

/** The label as read aloud or shown outside a menu: access-key markers removed, `&&` back to `&`. */
export function withoutAccessKey(label: string): string {
  return label.replace(/&(&?)/g, '$1');
}
