import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_READING_PREFERENCES, type ReadingPreferences } from '../../../common/preferences';
import { useAnnounce } from '../shared/Announcer';
import { announceChoice, nextTextSize, type ChoiceKey } from './choices';
import { useCurrentPreferences } from './PreferencesProvider';

/**
 * Preference changes as the reader makes them: applied at once and announced in the current language. The
 * preferences are read when an action runs, so holding the actions re-renders nothing when a preference changes.
 */
export function usePreferenceActions() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const current = useCurrentPreferences();

  const choose = useCallback(
    <K extends ChoiceKey>(key: K, value: ReadingPreferences[K]) => {
      const { setPreference, language } = current();
      setPreference(key, value);
      announce(announceChoice(key, value, t, language));
    },
    [announce, current, t],
  );

  return useMemo(
    () => ({
      choose,
      stepTextSize: (direction: 1 | -1) => choose('textSize', nextTextSize(current().reading.textSize, direction)),
      resetTextSize: () => choose('textSize', DEFAULT_READING_PREFERENCES.textSize),
      resetAll: () => {
        current().resetReading();
        announce(t('preferences.resetAllDone'));
      },
    }),
    [announce, choose, current, t],
  );
}
