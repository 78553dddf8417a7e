import { useTranslation } from 'react-i18next';
import { TextSizeStepper } from '../shared/TextSizeStepper';
import { usePreferenceActions } from './usePreferenceActions';

/** Text size within reach at all times, and the way into every other preference. */
export function ReadingToolbar({ onOpenPreferences }: { onOpenPreferences: () => void }) {
  const { t } = useTranslation();
  const { resetTextSize } = usePreferenceActions();
  return (
    <div className="reading-toolbar">
      <TextSizeStepper labelId="text-size-label">
        <button type="button" onClick={resetTextSize}>
          {t('preferences.textSize.reset')}
        </button>
      </TextSizeStepper>
      <button type="button" aria-haspopup="dialog" onClick={onOpenPreferences}>
        {t('preferences.open')}
      </button>
    </div>
  );
}
