/** The reader's two languages. Every document version and every UI string is in one of them. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The other language: what the language toggle offers. */
export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'fr' : 'en';
}

/** Maps a BCP 47 tag such as "fr-CA" to a reader language: French for fr…, English otherwise. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * The reader's language, in main and in the page alike: the one they chose, else (first run) the system's or
 * browser's first language. Main passes `app.getLocale()`, the page `navigator.languages`.
 */
export function readerLanguage(chosen: Language | undefined, systemLanguages: readonly string[]): Language {
  return chosen ?? languageFromTag(systemLanguages[0]);
}
