import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/languages';
import { useStickyHeaderOffset } from './useStickyHeaderOffset';
import { LanguageToggle } from '../preferences/LanguageToggle';
import { useKiosk } from '../kiosk/KioskContext';
import { ReadingToolbar } from '../preferences/ReadingToolbar';
import { SpeechControls } from '../speech/SpeechControls';

const KioskControls = lazy(() =>
  import('../kiosk/KioskControls').then((module) => ({ default: module.KioskControls })),
);

export function SiteHeader({
  language,
  onSwitchLanguage,
  onOpenPreferences,
  children,
}: {
  language: Language;
  onSwitchLanguage: (next: Language) => void;
  onOpenPreferences: () => void;
  /** The reader's place: Back, Forward, Find, where am I. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const header = useRef<HTMLElement>(null);
  const kiosk = useKiosk();
  useStickyHeaderOffset(header);
  return (
    <header className="site-header" ref={header}>
      <p className="product-name">{t('app.name')}</p>
      {kiosk ? (
        <Suspense>
          <KioskControls />
        </Suspense>
      ) : (
        <ReadingToolbar onOpenPreferences={onOpenPreferences} />
      )}
      {(!kiosk || kiosk.config.controls.includes('language')) && (
        <LanguageToggle language={language} onSwitch={onSwitchLanguage} />
      )}
      {(!kiosk || kiosk.config.controls.includes('readAloud')) && <SpeechControls />}
      {children}
    </header>
  );
}
