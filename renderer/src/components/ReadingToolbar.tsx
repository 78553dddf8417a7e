import { useTranslation } from 'react-i18next';
import { TEXT_SIZES } from '../../../common/preferences';
import { formatPercent } from '../i18n/format';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';

/** What the header's Tools panel holds on the desktop: text size, then the ways into everything else. */
export function ReadingToolbar({ onOpenPreferences, onShowShortcuts, onFocusMode }: {
  onOpenPreferences: () => void;
  onShowShortcuts: () => void;
  onFocusMode: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextSizeControls withReset />
      <button type="button" aria-haspopup="dialog" onClick={onOpenPreferences}>
        {t('preferences.open')}
      </button>
      <button type="button" onClick={onFocusMode}>
        {t('preferences.focusMode.enter')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={onShowShortcuts}>
        {t('tools.shortcuts')}
      </button>
    </>
  );
}

/** Smaller and Larger around the size in use, and back to 100% where the setting allows it. */
export function TextSizeControls({ withReset }: { withReset: boolean }) {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { stepTextSize, resetTextSize } = usePreferenceActions();
  const smallest = reading.textSize === TEXT_SIZES[0];
  const largest = reading.textSize === TEXT_SIZES[TEXT_SIZES.length - 1];
  return (
    <div className="text-size" role="group" aria-labelledby="text-size-label">
      <span id="text-size-label">{t('preferences.textSize.label')}</span>
      <button type="button" onClick={() => stepTextSize(-1)} aria-disabled={smallest}>
        {t('preferences.textSize.smaller')}
      </button>
      <span className="text-size-value">{formatPercent(reading.textSize, language)}</span>
      <button type="button" onClick={() => stepTextSize(1)} aria-disabled={largest}>
        {t('preferences.textSize.larger')}
      </button>
      {withReset && (
        <button type="button" onClick={resetTextSize}>
          {t('preferences.textSize.reset')}
        </button>
      )}
    </div>
  );
}
