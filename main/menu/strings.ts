/**
 * The menu's strings, and those of the dialogs main shows, in the reader's language. They live with the page's
 * strings, in `common/locales/<language>/menu.json`: `&` marks the access key (Alt+letter on Windows and Linux;
 * macOS drops it), and `{name}` is filled in by `formatMenuString`.
 */
import type { Language } from '../../common/languages';
import enMenu from '../../common/locales/en/menu.json';
import frMenu from '../../common/locales/fr/menu.json';

export type MenuStrings = typeof enMenu;
export type MenuStringKey = keyof MenuStrings;

const TABLES: Readonly<Record<Language, MenuStrings>> = { en: enMenu, fr: frMenu };

export function menuStrings(language: Language): MenuStrings {
  return TABLES[language];
}

/** Fills `{name}` placeholders; an unknown name is left as written so a mistake shows rather than vanishes. */
export function formatMenuString(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The label as read aloud or shown outside a menu: access-key markers removed, `&&` back to `&`. */
export function withoutAccessKey(label: string): string {
  return label.replace(/&(&?)/g, '$1');
}
