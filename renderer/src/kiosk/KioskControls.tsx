import { useTranslation } from 'react-i18next';
import { TEXT_SIZES } from '../../../common/preferences';
import { formatPercent } from '../i18n/format';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useKiosk } from './KioskContext';

/** The kiosk's touch controls: text size, contrast and back to start, as the kiosk settings allow. */
export function KioskControls() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const { reading, language } = usePreferences();
  const { choose, stepTextSize } = usePreferenceActions();
  if (!kiosk) return null;
  const shows = (control: (typeof kiosk.config.controls)[number]) => kiosk.config.controls.includes(control);
  const highContrast = reading.theme === 'contrast-dark';
  const usualTheme = kiosk.config.theme === 'contrast-dark' ? 'light' : kiosk.config.theme;
  return (
    <div className="reading-toolbar kiosk-controls">
      {shows('textSize') && (
        <div className="text-size" role="group" aria-labelledby="kiosk-text-size-label">
          <span id="kiosk-text-size-label">{t('preferences.textSize.label')}</span>
          <button type="button" onClick={() => stepTextSize(-1)} aria-disabled={reading.textSize === TEXT_SIZES[0]}>
            {t('preferences.textSize.smaller')}
          </button>
          <span className="text-size-value">{formatPercent(reading.textSize, language)}</span>
          <button
            type="button"
            onClick={() => stepTextSize(1)}
            aria-disabled={reading.textSize === TEXT_SIZES[TEXT_SIZES.length - 1]}
          >
            {t('preferences.textSize.larger')}
          </button>
        </div>
      )}
      {shows('contrast') && (
        <button
          type="button"
          aria-pressed={highContrast}
          onClick={() => choose('theme', highContrast ? usualTheme : 'contrast-dark')}
        >
          {t('kiosk.controls.contrast')}
        </button>
      )}
      {shows('backToStart') && (
        <button type="button" onClick={kiosk.backToStart}>
          {t('kiosk.controls.backToStart')}
        </button>
      )}
    </div>
  );
}
