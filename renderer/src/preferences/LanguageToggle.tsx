import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '../../../common/languages';

/**
 * The Canadian convention: the toggle offers the other language, named in that language and marked with its
 * `lang`, so "Français" is pronounced in French.
 */
export function LanguageToggle({ language, onSwitch }: { language: Language; onSwitch: (next: Language) => void }) {
  const { t } = useTranslation();
  const other = otherLanguage(language);
  return (
    <button type="button" className="language-toggle" lang={other} onClick={() => onSwitch(other)}>
      {t('language.name', { lng: other })}
    </button>
  );
}
