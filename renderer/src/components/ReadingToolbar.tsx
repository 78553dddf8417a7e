import { useTranslation } from 'react-i18next';
import { TEXT_SIZES } from '../../../common/preferences';
import { formatPercent } from '../i18n/format';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';

/** Text size within reach at all times, and the way into every other preference. */
export function ReadingToolbar({ onOpenPreferences }: { onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { stepTextSize, resetTextSize } = usePreferenceActions();
  const smallest = reading.textSize === TEXT_SIZES[0];
  const largest = reading.textSize === TEXT_SIZES[TEXT_SIZES.length - 1];
  return (
    <div className="reading-toolbar">
      <div className="text-size" role="group" aria-labelledby="text-size-label">
        <span id="text-size-label">{t('preferences.textSize.label')}</span>
        <button type="button" onClick={() => stepTextSize(-1)} aria-disabled={smallest}>
          {t('preferences.textSize.smaller')}
        </button>
        <span className="text-size-value">{formatPercent(reading.textSize, language)}</span>
        <button type="button" onClick={() => stepTextSize(1)} aria-disabled={largest}>
          {t('preferences.textSize.larger')}
        </button>
        <button type="button" onClick={resetTextSize}>
          {t('preferences.textSize.reset')}
        </button>
      </div>
      <button type="button" aria-haspopup="dialog" onClick={onOpenPreferences}>
        {t('preferences.open')}
      </button>
    </div>
  );
}
