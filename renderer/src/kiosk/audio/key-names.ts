import type { TFunction } from 'i18next';
import type { KeypadCommand } from '../../../../common/kiosk-audio';

/** How a key is called aloud: the digit or letter it carries, else its name in the visitor's language. */
export function keyName(code: string, t: TFunction, lng: string): string {
  const printed = /^(?:Numpad|Digit)(\d)$|^Key([A-Z])$|^(F\d+)$/.exec(code);
  if (printed) return printed[1] ?? printed[2] ?? printed[3] ?? code;
  const name = code.replace(/^Numpad(?=\D)/, '');
  const key = `kiosk.audio.keys.${name}`;
  return t(key as 'kiosk.audio.keys.Enter', { lng, defaultValue: name });
}

/**
 * The keys that give `commands`, as help says them: for one command its first two keys in the map ("5 or
 * Enter"), for a pair the first key of each ("8 or 2"), so that help stays short enough to remember.
 */
export function keysFor(
  map: Record<string, KeypadCommand>,
  commands: readonly KeypadCommand[],
  t: TFunction,
  lng: string,
): string {
  const codes = (command: KeypadCommand) =>
    Object.entries(map).flatMap(([code, mapped]) => (mapped === command ? [code] : []));
  const chosen = commands.length === 1 ? codes(commands[0] ?? 'help').slice(0, 2) : commands.map((c) => codes(c)[0]);
  const names = [...new Set(chosen.flatMap((code) => (code ? [keyName(code, t, lng)] : [])))];
  return names.join(` ${t('kiosk.audio.or', { lng })} `);
}
