import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/languages';
import { useStickyHeaderOffset } from '../hooks/useStickyHeaderOffset';
import { LanguageToggle } from './LanguageToggle';
import { ReadingToolbar } from './ReadingToolbar';

export function SiteHeader({ language, onSwitchLanguage, onOpenPreferences }: {
  language: Language;
  onSwitchLanguage: (next: Language) => void;
  onOpenPreferences: () => void;
}) {
  const { t } = useTranslation();
  const header = useRef<HTMLElement>(null);
  useStickyHeaderOffset(header);
  return (
    <header className="site-header" ref={header}>
      <p className="product-name">{t('app.name')}</p>
      <ReadingToolbar onOpenPreferences={onOpenPreferences} />
      <LanguageToggle language={language} onSwitch={onSwitchLanguage} />
    </header>
  );
}
