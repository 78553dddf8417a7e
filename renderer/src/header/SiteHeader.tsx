import { lazy, Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
import { FOCUS_MODE_ATTRIBUTE } from '../../../common/reading-attributes';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/languages';
import { useStickyHeaderOffset } from './useStickyHeaderOffset';
import { LanguageToggle } from '../preferences/LanguageToggle';
import { useKiosk } from '../kiosk/KioskContext';
import { ReadingToolbar } from '../preferences/ReadingToolbar';
import { SpeechControls } from '../speech/SpeechControls';
import { usePreference } from '../preferences/PreferencesProvider';
import { ToolsDisclosure } from './ToolsDisclosure';

const KioskControls = lazy(() =>
  import('../kiosk/KioskControls').then((module) => ({ default: module.KioskControls })),
);
const BackToStart = lazy(() => import('../kiosk/KioskControls').then((module) => ({ default: module.BackToStart })));

/**
 * One compact row at every text size: the product's name, read aloud, the language toggle (never folded away,
 * by the Canadian convention), and Tools, which folds everything else into a panel under the row. Focus mode
 * leaves only the way back.
 */
export function SiteHeader({
  language,
  focusMode,
  onSwitchLanguage,
  onOpenPreferences,
  onShowShortcuts,
  onFocusMode,
  placeCommands,
}: {
  language: Language;
  focusMode: boolean;
  onSwitchLanguage: (next: Language) => void;
  onOpenPreferences: () => void;
  onShowShortcuts: () => void;
  onFocusMode: (on: boolean) => void;
  /** The marks' rows, then Back, Forward and Find: the last rows of the folded tools. */
  placeCommands?: ReactNode;
}) {
  const { t } = useTranslation();
  const header = useRef<HTMLElement>(null);
  const kiosk = useKiosk();
  useStickyHeaderOffset(header);

  // Entering or leaving focus mode takes away the control that had focus: give it to the one that undoes it. Not
  // when the page starts, drawn afresh or drawn ahead of time and taking on the reader's saved focus mode. While a
  // page drawn ahead of time is taken over, what is on screen is the saved focus mode the early script put on
  // <html>, not the drawing's: "Exit focus mode" pressed then (and acted on once the page listens) leaves it.
  const hydrating = usePreference((preferences) => preferences.hydrating);
  const drawnWith = useRef<boolean | undefined>(undefined);
  useLayoutEffect(() => {
    const before = drawnWith.current;
    drawnWith.current = hydrating ? document.documentElement.getAttribute(FOCUS_MODE_ATTRIBUTE) === 'true' : focusMode;
    if (before === undefined || before === focusMode) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    header.current?.querySelector<HTMLElement>(focusMode ? '.exit-focus-mode' : '.tools-button')?.focus();
  }, [focusMode, hydrating]);
  const shows = (control: 'language' | 'readAloud' | 'textSize' | 'contrast') =>
    !kiosk || kiosk.config.controls.includes(control);

  const exitFocusMode = (hidden: boolean) => (
    <button type="button" className="exit-focus-mode" hidden={hidden} onClick={() => onFocusMode(false)}>
      {t('preferences.focusMode.exit')}
    </button>
  );
  if (focusMode) {
    return (
      <header className="site-header focus-mode" ref={header}>
        {exitFocusMode(false)}
      </header>
    );
  }
  return (
    <header className="site-header" ref={header} data-hydrating={hydrating || undefined}>
      <p className="product-name">{t('app.name')}</p>
      {shows('readAloud') && <SpeechControls />}
      {shows('language') && <LanguageToggle language={language} onSwitch={onSwitchLanguage} />}
      {kiosk && (
        <Suspense>
          <BackToStart />
        </Suspense>
      )}
      {(shows('textSize') || shows('contrast')) && (
        <ToolsDisclosure label={t('tools.label')}>
          {kiosk ? (
            <Suspense>
              <KioskControls />
            </Suspense>
          ) : (
            <>
              <ReadingToolbar
                onOpenPreferences={onOpenPreferences}
                onShowShortcuts={onShowShortcuts}
                onFocusMode={() => onFocusMode(true)}
              />
              {placeCommands}
            </>
          )}
        </ToolsDisclosure>
      )}
      {/* A page drawn ahead of time is drawn without focus mode. While the page's script takes it over, the
          reader's saved focus mode is already on <html>, and the stylesheet shows this hidden way back instead of
          the rest of the row (styles/layout.css), as the row will be once the page has started. */}
      {hydrating && !kiosk && exitFocusMode(true)}
    </header>
  );
}
