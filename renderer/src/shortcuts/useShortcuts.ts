import { useEffect } from 'react';
import { commandForKeyPress, leavesKeysToTextFields, type Command } from '../../../common/shortcuts';
import { IS_MAC } from '../shared/platform';
import { EARLY_KEYS_GLOBAL } from '../shared/early-input';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range'].includes(target.type)) ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** What each command does here; a command left out (or undefined) is not available in this mode. */
export type CommandHandlers = { [C in Command]?: (() => void) | undefined };

/**
 * Runs the registry's commands from the keyboard. Handled commands take the key from the browser (Ctrl+=
 * enlarges the text rather than zooming the page); commands with no handler are left to the browser.
 * @param actOnEarlyKeys whether the keys pressed before the page listened are acted on now: not while a page
 * drawn ahead of time is being taken over, whose first render has the drawing's preferences rather than the
 * reader's (Ctrl+= then stepped from the drawing's size). Both renders come in the same task, so no key can come
 * between them.
 */
export function useShortcuts(handlers: CommandHandlers, { actOnEarlyKeys = true } = {}): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKeyPress(event, IS_MAC);
      if (command && leavesKeysToTextFields(command) && isTextField(event.target)) return;
      const handler = command && handlers[command];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    // Keys pressed before the page listened (see shared/early-input.ts), in the order they came.
    if (actOnEarlyKeys) for (const event of window[EARLY_KEYS_GLOBAL]?.() ?? []) onKeyDown(event);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [handlers, actOnEarlyKeys]);
}
