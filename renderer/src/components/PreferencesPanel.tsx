import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_READING_PREFERENCES, type ReadingPreferences } from '../../../common/preferences';
import { CHOICES, describeChoice, preferenceLabel } from '../preferences/choices';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';
import { ChoiceGroup } from './ChoiceGroup';

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
] as const satisfies readonly (keyof ReadingPreferences)[];

/**
 * Every reading preference, in a modal dialog: the browser's own <dialog> keeps focus inside and closes on
 * Escape; focus then goes back to whatever opened it.
 */
export function PreferencesPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { choose, resetAll } = usePreferenceActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const returnFocus = () => {
    if (opener.current instanceof HTMLElement) opener.current.focus();
    onClose();
  };

  const describe = <K extends keyof ReadingPreferences>(key: K) => (option: ReadingPreferences[K]) => {
    const label = describeChoice(key, option, t, language);
    return option === DEFAULT_READING_PREFERENCES[key] ? t('preferences.default', { option: label }) : label;
  };

  return (
    <dialog ref={dialog} className="preferences-panel" aria-labelledby="preferences-title" onClose={returnFocus}>
      <div className="panel-header">
        <h2 id="preferences-title">{t('preferences.title')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('preferences.close')}
        </button>
      </div>
      {open && (
        <div className="panel-body">
          {GROUPS.map((key) => (
            <ChoiceGroup
              key={key}
              legend={preferenceLabel(key, t)}
              name={key}
              options={CHOICES[key] as readonly (string | number)[]}
              value={reading[key]}
              describe={describe(key) as (option: string | number) => string}
              onChange={(option) => choose(key, option as never)}
            />
          ))}
          <button type="button" className="reset-all" onClick={resetAll}>
            {t('preferences.resetAll')}
          </button>
        </div>
      )}
    </dialog>
  );
}
