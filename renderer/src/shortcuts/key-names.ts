import { useTranslation } from 'react-i18next';
import { IS_MAC } from '../shared/platform';

type KeyName = 'ctrl' | 'cmd' | 'shift' | 'alt' | 'tab' | 'escape' | 'enter';

const MODIFIERS: Record<string, KeyName> = { Shift: 'shift', Alt: 'alt', Tab: 'tab', Escape: 'escape', Enter: 'enter' };

/** An Electron accelerator ("CmdOrCtrl+Shift+L") as the keys to press, in the reader's language. */
export function useKeyNames(): (accelerator: string) => string[] {
  const { t } = useTranslation();
  return (accelerator) =>
    accelerator.split(/\+(?!$)/).map((part) => {
      if (part === 'CmdOrCtrl') return t(`shortcuts.keys.${IS_MAC ? 'cmd' : 'ctrl'}`);
      const name = MODIFIERS[part];
      return name ? t(`shortcuts.keys.${name}`) : part;
    });
}
