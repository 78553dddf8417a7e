import { useTranslation } from 'react-i18next';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';
import { TextSizeStepper } from '../shared/TextSizeStepper';
import { useKiosk } from './KioskContext';

/** The kiosk's touch controls: text size, contrast and back to start, as the kiosk settings allow. */
export function KioskControls() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const { reading } = usePreferences();
  const { choose } = usePreferenceActions();
  if (!kiosk) return null;
  const shows = (control: (typeof kiosk.config.controls)[number]) => kiosk.config.controls.includes(control);
  const highContrast = reading.theme === 'contrast-dark';
  const usualTheme = kiosk.config.theme === 'contrast-dark' ? 'light' : kiosk.config.theme;
  return (
    <div className="reading-toolbar kiosk-controls">
      {shows('textSize') && <TextSizeStepper labelId="kiosk-text-size-label" />}
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
