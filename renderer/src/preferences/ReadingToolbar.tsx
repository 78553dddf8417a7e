import { useTranslation } from 'react-i18next';
import { TextSizeStepper } from '../shared/TextSizeStepper';
import { usePreferenceActions } from './usePreferenceActions';

/**
 * What the header's Tools panel holds on the desktop: a row for the text size, then a row of the ways into
 * everything else (the panel's arrow keys move by row, see ToolsDisclosure).
 */
export function ReadingToolbar({
  onOpenPreferences,
  onShowShortcuts,
  onFocusMode,
}: {
  onOpenPreferences: () => void;
  onShowShortcuts: () => void;
  onFocusMode: () => void;
}) {
  const { t } = useTranslation();
  const { resetTextSize } = usePreferenceActions();
  return (
    <>
      <TextSizeStepper labelId="text-size-label">
        <button type="button" onClick={resetTextSize}>
          {t('preferences.textSize.reset')}
        </button>
      </TextSizeStepper>
      <div className="tools-row">
        <button type="button" aria-haspopup="dialog" onClick={onOpenPreferences}>
          {t('preferences.open')}
        </button>
        <button type="button" onClick={onFocusMode}>
          {t('preferences.focusMode.enter')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={onShowShortcuts}>
          {t('tools.shortcuts')}
        </button>
      </div>
    </>
  );
}
