import { useTranslation } from 'react-i18next';
import { BRIGHTNESSES } from '../../../common/preferences';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreference } from '../preferences/PreferencesProvider';
import { TextSizeStepper } from '../shared/TextSizeStepper';
import { useKiosk } from './KioskContext';

/** What the header's Tools panel holds on a kiosk: text size, contrast and dimming, as the kiosk settings allow. */
export function KioskControls() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const theme = usePreference((preferences) => preferences.reading.theme);
  const brightness = usePreference((preferences) => preferences.reading.brightness);
  const { choose } = usePreferenceActions();
  if (!kiosk) return null;
  const shows = (control: (typeof kiosk.config.controls)[number]) => kiosk.config.controls.includes(control);
  const highContrast = theme === 'contrast-dark';
  const usualTheme = kiosk.config.theme === 'contrast-dark' ? 'light' : kiosk.config.theme;
  const dimmest = BRIGHTNESSES[BRIGHTNESSES.length - 1] ?? 100;
  const dimmed = brightness === dimmest;
  const usualBrightness = kiosk.config.brightness === dimmest ? 100 : kiosk.config.brightness;
  return (
    <>
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
      {shows('brightness') && (
        <button
          type="button"
          aria-pressed={dimmed}
          onClick={() => choose('brightness', dimmed ? usualBrightness : dimmest)}
        >
          {t('kiosk.controls.dim')}
        </button>
      )}
    </>
  );
}

/** Back to the start screen: always in the kiosk's header row, never folded away. */
export function BackToStart() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  if (!kiosk?.config.controls.includes('backToStart')) return null;
  return (
    <button type="button" onClick={kiosk.backToStart}>
      {t('kiosk.controls.backToStart')}
    </button>
  );
}
