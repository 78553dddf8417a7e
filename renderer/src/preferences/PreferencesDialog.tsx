import { useTranslation } from 'react-i18next';
import { DEFAULT_READING_PREFERENCES, type ReadingPreferences } from '../../../common/preferences';
import { CHOICES, describeChoice, preferenceLabel } from './choices';
import { usePreferenceActions } from './usePreferenceActions';
import { usePreferences } from './PreferencesProvider';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';

const GROUPS = [
  'textSize',
  'theme',
  'font',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'paragraphSpacing',
  'lineLength',
  'motion',
  'speechRate',
  'speechHighlight',
] as const satisfies readonly (keyof ReadingPreferences)[];

/** Every reading preference, as radio groups in a dialog. */
export function PreferencesDialog({ onClose, onOpenReport }: DialogProps & { onOpenReport?: () => void }) {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { choose, resetAll } = usePreferenceActions();

  const describe =
    <K extends keyof ReadingPreferences>(key: K) =>
    (option: ReadingPreferences[K]) => {
      const label = describeChoice(key, option, t, language);
      return option === DEFAULT_READING_PREFERENCES[key] ? t('preferences.default', { option: label }) : label;
    };

  return (
    <Dialog open onClose={onClose} title={t('preferences.title')} className="preferences-panel">
      {GROUPS.map((key) => (
        <ChoiceGroup
          key={key}
          legend={preferenceLabel(key, t)}
          name={key}
          options={CHOICES[key] as readonly (string | number | boolean)[]}
          value={reading[key]}
          describe={describe(key) as (option: string | number | boolean) => string}
          onChange={(option) => choose(key, option as never)}
        />
      ))}
      <button type="button" className="reset-all" onClick={resetAll}>
        {t('preferences.resetAll')}
      </button>
      {onOpenReport && (
        <p>
          <button type="button" onClick={onOpenReport}>
            {t('audit.open')}
          </button>
        </p>
      )}
    </Dialog>
  );
}
