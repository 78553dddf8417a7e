import i18next from 'i18next';
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Language } from '../../../common/languages';
import { readingPreferences, type Preferences, type ReadingPreferences } from '../../../common/preferences';
import { bridge } from '../bridge';
import { listenerStore } from '../shared/listener-store';
import { applyReadingPreferences } from './apply';
import { usePalette } from './system-appearance';

interface PreferencesApi {
  /** What the reader has chosen (saved as it is). */
  preferences: Preferences;
  /** Every reading preference, defaults filled in. */
  reading: ReadingPreferences;
  language: Language;
  /**
   * True for the one render that matches a page drawn ahead of time, before the reader's own preferences replace
   * the build's: a change then is no choice of the reader's (nothing to announce, no focus to move).
   */
  hydrating: boolean;
  setLanguage: (language: Language) => void;
  setPreference: <K extends keyof ReadingPreferences>(key: K, value: ReadingPreferences[K]) => void;
  /** Back to the defaults for everything but the language. */
  resetReading: () => void;
  /** Replaces every preference at once (a kiosk's reset between readers). */
  restore: (preferences: Preferences & { language: Language }) => void;
}

/**
 * The preferences as a store, not as a context value: a context value re-renders every component that reads it,
 * so any change re-rendered the whole reader from its root. Each component subscribes to what it shows instead,
 * and a theme change re-renders what shows the theme.
 */
interface PreferencesStore {
  get: () => PreferencesApi;
  subscribe: (listener: () => void) => () => void;
  publish: (next: PreferencesApi) => void;
}

function preferencesStore(initial: PreferencesApi): PreferencesStore {
  let current = initial;
  const changes = listenerStore();
  return {
    get: () => current,
    subscribe: changes.subscribe,
    publish: (next) => {
      if (next === current) return;
      current = next;
      changes.notify();
    },
  };
}

const PreferencesContext = createContext<PreferencesStore | null>(null);

function usePreferencesStore(): PreferencesStore {
  const store = useContext(PreferencesContext);
  if (!store) throw new Error('preferences read outside PreferencesProvider');
  return store;
}

/** Every preference: re-renders on any change. For what shows them all (the preferences dialog). */
export function usePreferences(): PreferencesApi {
  const store = usePreferencesStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * One thing of the preferences, re-rendering only when it changes. `select` must give a value that stays the same
 * while what it reads does: a preference, or one of the actions, never a new object.
 */
export function usePreference<T>(select: (preferences: PreferencesApi) => T): T {
  const store = usePreferencesStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The preferences as they are when it is called, for event handlers: reading them this way re-renders nothing. */
export function useCurrentPreferences(): () => PreferencesApi {
  return usePreferencesStore().get;
}

/**
 * Names what the page shows (a document's title), or nothing for the app alone (a kiosk's start screen), in the
 * window's title, in the reader's language. Written by the screen that knows it, in the same commit as the screen:
 * written by the provider from state a screen had set, the title read "Lisible" alone for a frame at start-up.
 */
export function usePageTitle(title: string | undefined): void {
  const language = usePreference((preferences) => preferences.language);
  useLayoutEffect(() => {
    const appName = i18next.t('app.name', { lng: language });
    const windowTitle = title ? `${title} — ${appName}` : appName;
    if (document.title !== windowTitle) document.title = windowTitle;
  }, [language, title]);
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
 * `setLanguage` or `restore`, and this provider alone drives i18next and `<html lang>` (and the window title,
 * through `usePageTitle`).
 */
export function PreferencesProvider({
  stored,
  initial,
  renderedWith,
  persist = true,
  children,
}: {
  stored: Preferences;
  initial: Preferences & { language: Language };
  /**
   * When the page was rendered at build time and is being hydrated: the preferences it was rendered with. The
   * first render matches them, so hydration finds what it expects; the reader's own (`initial`) replace them
   * before the first paint (a layout effect), and the early script had already put them on `<html>`.
   */
  renderedWith?: (Preferences & { language: Language }) | undefined;
  /** False in kiosk mode: nothing of one reader may be kept for the next. */
  persist?: boolean;
  children: ReactNode;
}) {
  const [preferences, setPreferences] = useState<Preferences>(renderedWith ?? initial);
  useLayoutEffect(() => {
    // Once, right after hydration and before the first paint: what the state must become cannot be the first
    // render's (that one has to match the pre-rendered page), and a layout effect is the one place that lands
    // before the reader sees a frame.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (renderedWith) setPreferences(initial);
  }, [renderedWith, initial]);
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

  const lastSaved = useRef(JSON.stringify(stored));
  useEffect(() => {
    const serialised = JSON.stringify(preferences);
    // What the page was rendered with is not a choice of the reader's: never saved.
    if (!persist || preferences === renderedWith || serialised === lastSaved.current) return;
    lastSaved.current = serialised;
    save(preferences);
  }, [preferences, persist, renderedWith]);

  const hydrating = renderedWith !== undefined && preferences === renderedWith;
  // The same functions for the provider's life, so that selecting one re-renders nothing.
  const actions = useMemo(
    () => ({
      setLanguage: (next: Language) => setPreferences((current) => ({ ...current, language: next })),
      setPreference: <K extends keyof ReadingPreferences>(key: K, value: ReadingPreferences[K]) =>
        setPreferences((current) => ({ ...current, [key]: value })),
      resetReading: () => setPreferences((current) => (current.language ? { language: current.language } : {})),
      restore: setPreferences,
    }),
    [],
  );
  const api = useMemo<PreferencesApi>(
    () => ({ preferences, reading, language, hydrating, ...actions }),
    [preferences, reading, language, hydrating, actions],
  );

  const [store] = useState(() => preferencesStore(api));
  // Before the frame, as the preferences themselves are applied: what shows them changes in the same frame.
  useLayoutEffect(() => store.publish(api), [store, api]);

  return <PreferencesContext.Provider value={store}>{children}</PreferencesContext.Provider>;
}
