/**
 * i18next with the strings of one language at start, the other fetched when the reader may want it (the page
 * fetches it once its first screen is shown, so switching stays instant). Each feature keeps its strings in its
 * own file (common/locales/<language>/<feature>.json), under a key named after the feature; the accessibility report's
 * come with the report.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/languages';
import english from '../../../common/locales/en/language.json';
import french from '../../../common/locales/fr/language.json';

const BUNDLES: Record<Language, () => Promise<{ default: object }>> = {
  en: () => import('../../../common/locales/en/strings'),
  fr: () => import('../../../common/locales/fr/strings'),
};

/**
 * The language strings of both languages, a few words kept in the first script: the language toggle shows the
 * other language's name, in that language, before the rest of its strings are here.
 */
const LANGUAGE_STRINGS: Record<Language, { language: typeof english }> = {
  en: { language: english },
  fr: { language: french },
};

const loading = new Map<Language, Promise<void>>();
const loaded = new Set<Language>();

/** Fetches a language's strings unless they are here or on their way. */
export function loadLanguage(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = BUNDLES[language]().then(({ default: strings }) => {
      i18next.addResourceBundle(language, 'translation', strings, true, true);
      loaded.add(language);
    });
    loading.set(language, pending);
  }
  return pending;
}

/** True once every string of `language` is here. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** @param languages whose strings to load before the first screen (a kiosk's start screen shows both) */
export async function initI18n(
  language: Language,
  languages: readonly Language[] = [language],
): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: LANGUAGE_STRINGS.en }, fr: { translation: LANGUAGE_STRINGS.fr } },
    lng: language,
    fallbackLng: false,
    supportedLngs: ['en', 'fr'],
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await Promise.all([language, ...languages].map(loadLanguage));
  return i18next;
}
