import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../common/languages';

/**
 * The active offer: both languages side by side, equal in size and weight, each written in its own language
 * and marked with its `lang`, before anything else.
 */
export function StartScreen({ onChoose, takeFocus }: { onChoose: (language: Language) => void; takeFocus: boolean }) {
  const { t } = useTranslation();
  const screen = useRef<HTMLElement>(null);

  // English is the page's language here; the French half carries its own `lang`.
  useLayoutEffect(() => {
    document.documentElement.lang = 'en';
    document.title = t('app.name');
    if (takeFocus) screen.current?.focus();
  }, [t, takeFocus]);

  return (
    <main className="start-screen" ref={screen} tabIndex={-1}>
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
