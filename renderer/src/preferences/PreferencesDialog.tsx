import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_READING_PREFERENCES, type ReadingPreferences } from '../../../common/preferences';
import { CHOICES, describeChoice, preferenceLabel, type ChoiceKey } from './choices';
import { usePreferenceActions } from './usePreferenceActions';
import { usePreferences } from './PreferencesProvider';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';
import { VoiceSetting } from '../speech/SpeechSettingsGroup';
import { CustomColorsEditor } from '../visual-aids/CustomColorsEditor';
import { describeFontWeight } from '../visual-aids/font-weight';

const GROUPS = [
  'textSize',
  'theme',
  'brightness',
  'font',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'paragraphSpacing',
  'lineLength',
  'readingRuler',
  'plainText',
  'hyphenation',
  'motion',
  'speechRate',
  'speechHighlight',
  'speechEmphasis',
  'speechSkip',
  'hideTableOfContents',
  'hideDocumentList',
  'hideDates',
] as const satisfies readonly ChoiceKey[];

/** Every reading preference, as radio groups in a dialog. */
export function PreferencesDialog({ onClose, onOpenReport }: DialogProps & { onOpenReport?: () => void }) {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { choose, resetAll } = usePreferenceActions();

  const describe =
    <K extends ChoiceKey>(key: K) =>
    (option: ReadingPreferences[K]) => {
      const label =
        key === 'fontWeight'
          ? describeFontWeight(option as ReadingPreferences['fontWeight'], reading.font, t)
          : describeChoice(key, option, t, language);
      return option === DEFAULT_READING_PREFERENCES[key] ? t('preferences.default', { option: label }) : label;
    };

  return (
    <Dialog open onClose={onClose} title={t('preferences.title')} className="preferences-panel">
      {GROUPS.map((key) => (
        <Fragment key={key}>
          <ChoiceGroup
            legend={preferenceLabel(key, t)}
            hint={key === 'readingRuler' ? t('preferences.readingRuler.hint') : undefined}
            name={key}
            options={CHOICES[key] as readonly (string | number | boolean)[]}
            value={reading[key]}
            describe={describe(key) as (option: string | number | boolean) => string}
            onChange={(option) => choose(key, option as never)}
          />
          {/* Keyed by the saved colours: a reset or a preset brings the draft back to what is in use. */}
          {key === 'theme' && reading.theme === 'custom' && (
            <CustomColorsEditor key={JSON.stringify(reading.customColors)} />
          )}
        </Fragment>
      ))}
      <VoiceSetting />
      <button type="button" className="reset-all" onClick={resetAll}>
        {t('preferences.resetAll')}
      </button>
      {onOpenReport && (
        <p>
          <button type="button" onClick={onOpenReport}>
            {t('report.open')}
          </button>
        </p>
      )}
    </Dialog>
  );
}
