import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../common/languages';
import { usePageTitle, usePreference } from '../preferences/PreferencesProvider';

/**
 * The active offer: both languages side by side, equal in size and weight, each written in its own language
 * and marked with its `lang`, before anything else.
 */
export function StartScreen({ onChoose, takeFocus }: { onChoose: (language: Language) => void; takeFocus: boolean }) {
  const { t } = useTranslation();
  const screen = useRef<HTMLElement>(null);
  // Drawn at build time, it says so until the page's script has taken it over, as the reader's header does.
  const hydrating = usePreference((preferences) => preferences.hydrating);

  // The page is in English here (a kiosk that asks starts each reader in English); the French half carries its
  // own `lang`. The title is the app's name alone.
  usePageTitle(undefined);
  useLayoutEffect(() => {
    if (takeFocus) screen.current?.focus();
  }, [takeFocus]);

  return (
    <main className="start-screen" ref={screen} tabIndex={-1} data-hydrating={hydrating || undefined}>
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <div className="start-choices">
        {LANGUAGES.map((language) => (
          <section key={language} lang={language} className="start-choice" aria-labelledby={`start-${language}`}>
            <h2 id={`start-${language}`}>{t('kiosk.start.title', { lng: language })}</h2>
            <p>{t('kiosk.start.choose', { lng: language })}</p>
            <button type="button" onClick={() => onChoose(language)}>
              {t('language.name', { lng: language })}
            </button>
          </section>
        ))}
      </div>
    </main>
  );
}
