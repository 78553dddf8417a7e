import i18next from 'i18next';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Language } from '../../../common/languages';
import { readingPreferences, type Preferences, type ReadingPreferences } from '../../../common/preferences';
import { bridge } from '../bridge';
import { applyReadingPreferences } from './apply';
import { usePalette } from './system-appearance';

interface PreferencesApi {
  /** What the reader has chosen (saved as it is). */
  preferences: Preferences;
  /** Every reading preference, defaults filled in. */
  reading: ReadingPreferences;
  language: Language;
  setLanguage: (language: Language) => void;
  setPreference: <K extends keyof ReadingPreferences>(key: K, value: ReadingPreferences[K]) => void;
  /** Back to the defaults for everything but the language. */
  resetReading: () => void;
  /** Replaces every preference at once (a kiosk's reset between readers). */
  restore: (preferences: Preferences & { language: Language }) => void;
}

const PreferencesContext = createContext<PreferencesApi | null>(null);
const PageTitleContext = createContext<(title: string | undefined) => void>(() => undefined);

export function usePreferences(): PreferencesApi {
  const api = useContext(PreferencesContext);
  if (!api) throw new Error('usePreferences outside PreferencesProvider');
  return api;
}

/**
 * Names what the page shows (a document's title), or nothing for the app alone (a kiosk's start screen). The
 * provider writes `document.title` from it, in the reader's language.
 */
export function usePageTitle(title: string | undefined): void {
  const setPageTitle = useContext(PageTitleContext);
  useLayoutEffect(() => setPageTitle(title), [setPageTitle, title]);
}

function save(preferences: Preferences): void {
  bridge.savePreferences(preferences).catch((error: unknown) => {
    // Saving can fail (disk full, storage disabled): the change still applies to this visit.
    console.error('Could not save preferences', error);
  });
}

/**
 * Holds the preferences, applies them to the page as they change and saves them. `stored` is what was saved
 * before; `initial` adds what the address asked for, which is saved like any other choice.
 *
 * The one owner of the language: whoever sets it (the toggle, the menu, a kiosk's start screen or reset) calls
 * `setLanguage` or `restore`, and this provider alone drives i18next, `<html lang>` and the window title.
 */
export function PreferencesProvider({
  stored,
  initial,
  persist = true,
  children,
}: {
  stored: Preferences;
  initial: Preferences & { language: Language };
  /** False in kiosk mode: nothing of one reader may be kept for the next. */
  persist?: boolean;
  children: ReactNode;
}) {
  const [preferences, setPreferences] = useState<Preferences>(initial);
  const reading = useMemo(() => readingPreferences(preferences), [preferences]);
  const language = preferences.language ?? initial.language;

  const palette = usePalette(reading.theme);
  useLayoutEffect(() => {
    applyReadingPreferences(reading, palette);
  }, [reading, palette]);

  // Before paint, so no frame shows one language's strings under the other's `lang`.
  useLayoutEffect(() => {
    if (i18next.resolvedLanguage !== language) void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  const [pageTitle, setPageTitle] = useState<string | undefined>(undefined);
  useLayoutEffect(() => {
    const appName = i18next.t('app.name', { lng: language });
    document.title = pageTitle ? `${pageTitle} — ${appName}` : appName;
  }, [language, pageTitle]);

  const lastSaved = useRef(JSON.stringify(stored));
  useEffect(() => {
    const serialised = JSON.stringify(preferences);
    if (!persist || serialised === lastSaved.current) return;
    lastSaved.current = serialised;
    save(preferences);
  }, [preferences, persist]);

  const api = useMemo<PreferencesApi>(
    () => ({
      preferences,
      reading,
      language,
      setLanguage: (next) => setPreferences((current) => ({ ...current, language: next })),
      setPreference: (key, value) => setPreferences((current) => ({ ...current, [key]: value })),
      resetReading: () => setPreferences((current) => (current.language ? { language: current.language } : {})),
      restore: setPreferences,
    }),
    [preferences, reading, language],
  );

  return (
    <PreferencesContext.Provider value={api}>
      <PageTitleContext.Provider value={setPageTitle}>{children}</PageTitleContext.Provider>
    </PreferencesContext.Provider>
  );
}
