import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES } from '../../../common/preferences';
import { formatPercent } from '../../../common/format';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreference } from '../preferences/PreferencesProvider';

/** Smaller, the size, larger: the text size within reach, in the toolbar and on a kiosk. `children` add controls. */
export function TextSizeStepper({ labelId, children }: { labelId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const textSize = usePreference((preferences) => preferences.reading.textSize);
  const language = usePreference((preferences) => preferences.language);
  const { stepTextSize } = usePreferenceActions();
  return (
    <div className="text-size" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('preferences.textSize.label')}</span>
      <button type="button" onClick={() => stepTextSize(-1)} aria-disabled={textSize === TEXT_SIZES[0]}>
        {t('preferences.textSize.smaller')}
      </button>
      <span className="text-size-value">{formatPercent(textSize, language)}</span>
      <button
        type="button"
        onClick={() => stepTextSize(1)}
        aria-disabled={textSize === TEXT_SIZES[TEXT_SIZES.length - 1]}
      >
        {t('preferences.textSize.larger')}
      </button>
      {children}
    </div>
  );
}
