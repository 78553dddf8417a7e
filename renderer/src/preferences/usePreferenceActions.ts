import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_READING_PREFERENCES, type ReadingPreferences } from '../../../common/preferences';
import { useAnnounce } from '../shared/Announcer';
import { announceChoice, nextTextSize, type ChoiceKey } from './choices';
import { usePreferences } from './PreferencesProvider';

/** Preference changes as the reader makes them: applied at once and announced in the current language. */
export function usePreferenceActions() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { reading, language, setPreference, resetReading } = usePreferences();

  const choose = useCallback(
    <K extends ChoiceKey>(key: K, value: ReadingPreferences[K]) => {
      setPreference(key, value);
      announce(announceChoice(key, value, t, language));
    },
    [announce, language, setPreference, t],
  );

  return {
    choose,
    stepTextSize: (direction: 1 | -1) => choose('textSize', nextTextSize(reading.textSize, direction)),
    resetTextSize: () => choose('textSize', DEFAULT_READING_PREFERENCES.textSize),
    resetAll: () => {
      resetReading();
      announce(t('preferences.resetAllDone'));
    },
  };
}
