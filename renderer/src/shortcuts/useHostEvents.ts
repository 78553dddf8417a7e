import { useEffect } from 'react';
import type { Language } from '../../../common/languages';
import type { ReadingPreferences } from '../../../common/preferences';
import { bridge } from '../bridge';
import type { ChoiceKey } from '../preferences/choices';
import { setHostHighContrast } from '../preferences/system-appearance';
import type { CommandHandlers } from './useShortcuts';

interface HostActions {
  choose: <K extends ChoiceKey>(key: K, value: ReadingPreferences[K]) => void;
  switchLanguage: (language: Language) => void;
}

/**
 * Carries out what the desktop host asks: menu commands run exactly as their keyboard shortcuts do, and the
 * system's high-contrast setting reaches the "same as my system" theme.
 */
export function useHostEvents(commands: CommandHandlers, { choose, switchLanguage }: HostActions): void {
  useEffect(
    () =>
      bridge.onHostEvent((event) => {
        switch (event.type) {
          case 'command':
            commands[event.command]?.();
            break;
          case 'setTheme':
            choose('theme', event.theme);
            break;
          case 'setTextSize':
            choose('textSize', event.textSize);
            break;
          case 'setLanguage':
            switchLanguage(event.language);
            break;
          case 'systemContrast':
            setHostHighContrast(event.highContrast);
            break;
        }
      }),
    [commands, choose, switchLanguage],
  );
}
