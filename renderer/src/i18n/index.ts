/** i18next set up with both languages bundled: the strings are small and switching must be instant. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/languages';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: ['en', 'fr'],
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
