/**
 * i18next with both languages bundled: the strings are small and switching must be instant. Each feature
 * keeps its strings in its own file (locales/<language>/<feature>.json), under a key named after the feature.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/languages';
import enAudit from './locales/en/audit.json';
import enFind from './locales/en/find.json';
import enKiosk from './locales/en/kiosk.json';
import enLinks from './locales/en/links.json';
import enPlace from './locales/en/place.json';
import enReader from './locales/en/reader.json';
import enShortcuts from './locales/en/shortcuts.json';
import enSpeech from './locales/en/speech.json';
import frAudit from './locales/fr/audit.json';
import frFind from './locales/fr/find.json';
import frKiosk from './locales/fr/kiosk.json';
import frLinks from './locales/fr/links.json';
import frPlace from './locales/fr/place.json';
import frReader from './locales/fr/reader.json';
import frShortcuts from './locales/fr/shortcuts.json';
import frSpeech from './locales/fr/speech.json';

const en = { ...enReader, shortcuts: enShortcuts, links: enLinks, kiosk: enKiosk, audit: enAudit, speech: enSpeech, place: enPlace, find: enFind };
const fr: typeof en = { ...frReader, shortcuts: frShortcuts, links: frLinks, kiosk: frKiosk, audit: frAudit, speech: frSpeech, place: frPlace, find: frFind };

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
