/**
 * i18next with both languages bundled: the strings are small and switching must be instant. Each feature
 * keeps its strings in its own file (common/locales/<language>/<feature>.json), under a key named after the
 * feature. The desktop menu's strings (menu.json) sit beside them and are read by main only.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/languages';
import enAudit from '../../../common/locales/en/audit.json';
import enFind from '../../../common/locales/en/find.json';
import enKiosk from '../../../common/locales/en/kiosk.json';
import enLinks from '../../../common/locales/en/links.json';
import enPlace from '../../../common/locales/en/place.json';
import enReader from '../../../common/locales/en/reader.json';
import enShortcuts from '../../../common/locales/en/shortcuts.json';
import enSpeech from '../../../common/locales/en/speech.json';
import frAudit from '../../../common/locales/fr/audit.json';
import frFind from '../../../common/locales/fr/find.json';
import frKiosk from '../../../common/locales/fr/kiosk.json';
import frLinks from '../../../common/locales/fr/links.json';
import frPlace from '../../../common/locales/fr/place.json';
import frReader from '../../../common/locales/fr/reader.json';
import frShortcuts from '../../../common/locales/fr/shortcuts.json';
import frSpeech from '../../../common/locales/fr/speech.json';

const en = {
  ...enReader,
  shortcuts: enShortcuts,
  links: enLinks,
  kiosk: enKiosk,
  audit: enAudit,
  speech: enSpeech,
  place: enPlace,
  find: enFind,
};
const fr: typeof en = {
  ...frReader,
  shortcuts: frShortcuts,
  links: frLinks,
  kiosk: frKiosk,
  audit: frAudit,
  speech: frSpeech,
  place: frPlace,
  find: frFind,
};

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
