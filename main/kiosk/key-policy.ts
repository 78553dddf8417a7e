/**
 * What a key press may do in a kiosk, decided before the page sees it (`before-input-event`): the reload,
 * close, devtools, print, full-screen and zoom keys are blocked; the administrator's exit chord asks for the
 * PIN instead of reaching the page; the reader's own shortcuts (`common/shortcuts.ts`: text size with Ctrl+=,
 * Ctrl+- and Ctrl+0, language, read aloud…) and ordinary typing pass.
 *
 * Electron shows no menu in a kiosk, so most of these keys do nothing there anyway; blocking them is the second
 * line, for whatever Electron or Chromium may bind in a later version. Keys the operating system takes before
 * the app sees them (Ctrl+Alt+Delete, the Windows key, Alt+Tab) are the OS's lockdown to configure (README).
 */
import { commandsForKeyPress, type KeyPress } from '../../common/shortcuts';

/** As much of Electron's `Input` (the `before-input-event` argument) as the policy reads. */
export interface KioskKeyInput {
  /** `keyDown` or `keyUp` (Electron may also report `rawKeyDown`, `char`: treated as down). */
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
  isAutoRepeat: boolean;
}

export type BlockReason = 'reload' | 'close' | 'devtools' | 'print' | 'fullscreen' | 'zoom' | 'leave' | 'exit-chord';

export type KeyVerdict = { action: 'allow' } | { action: 'block'; reason: BlockReason } | { action: 'adminExit' };

export interface KeyPolicyOptions {
  isMac: boolean;
  /** The administrator's exit chord as parsed by `parseChord`, or null for none. */
  exitChord: Chord | null;
}

export interface Chord {
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
  /** The letter (upper case) or digit. */
  key: string;
}

/**
 * Parses an accelerator the schema accepted (`Ctrl+Alt+Shift+Q`: modifiers, then one letter or digit).
 * `CmdOrCtrl` is Cmd on macOS and Ctrl elsewhere, as in Electron; `Cmd` is the Command (Meta) key.
 */
export function parseChord(accelerator: string, isMac: boolean): Chord | null {
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (key === undefined || !/^[A-Z0-9]$/.test(key) || parts.length === 0) return null;
  const chord: Chord = { control: false, meta: false, shift: false, alt: false, key };
  for (const part of parts) {
    switch (part) {
      case 'Ctrl':
        chord.control = true;
        break;
      case 'Cmd':
        chord.meta = true;
        break;
      case 'CmdOrCtrl':
        if (isMac) chord.meta = true;
        else chord.control = true;
        break;
      case 'Alt':
        chord.alt = true;
        break;
      case 'Shift':
        chord.shift = true;
        break;
      default:
        return null;
    }
  }
  return chord;
}

/** The physical keys of a letter or digit, so the chord works whatever the layout, with Shift or Alt held. */
function chordCodes(key: string): string[] {
  return /^[0-9]$/.test(key) ? [`Digit${key}`, `Numpad${key}`] : [`Key${key}`];
}

function isChord(input: KioskKeyInput, chord: Chord): boolean {
  if (
    input.control !== chord.control ||
    input.meta !== chord.meta ||
    input.shift !== chord.shift ||
    input.alt !== chord.alt
  )
    return false;
  return chordCodes(chord.key).includes(input.code) || input.key.toUpperCase() === chord.key;
}

/** Matches a letter by the character typed or the physical key, as the renderer's shortcuts do. */
function isLetter(input: KioskKeyInput, letter: string): boolean {
  return input.key.toUpperCase() === letter || input.code === `Key${letter}`;
}

const RELOAD_KEYS = new Set(['F5', 'BrowserRefresh']);
const DEVTOOLS_KEYS = new Set(['F12']);
const FULLSCREEN_KEYS = new Set(['F11']);
/** Keys that would navigate, search or open something else; Electron ignores most, the OS may not. */
const LEAVING_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
]);
const ZOOM_KEYS = new Set(['=', '+', '-', '_', '0']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

function isF4(input: KioskKeyInput): boolean {
  return input.key === 'F4' || input.code === 'F4';
}

/** The blocked keys other than print, zoom and the chord, by what they would do. */
function blockedFor(input: KioskKeyInput, isMac: boolean): BlockReason | null {
  // Both Ctrl and Cmd, on every platform: a key blocked needlessly costs nothing here.
  const mod = input.control || input.meta;
  const named = (keys: ReadonlySet<string>) => keys.has(input.key) || keys.has(input.code);

  if (named(RELOAD_KEYS) || (mod && isLetter(input, 'R'))) return 'reload';
  if (named(DEVTOOLS_KEYS)) return 'devtools';
  if (mod && input.shift && ['I', 'J', 'C'].some((letter) => isLetter(input, letter))) return 'devtools';
  if (input.meta && input.alt && ['I', 'J', 'C'].some((letter) => isLetter(input, letter))) return 'devtools';

  if (mod && (isLetter(input, 'W') || isLetter(input, 'Q'))) return 'close';
  if ((mod || input.alt) && isF4(input)) return 'close';
  // The window menu (Alt+Space on Windows and Linux) offers Close and Minimize.
  if (input.alt && !mod && (input.code === 'Space' || input.key === ' ')) return 'close';
  if (isMac && input.meta && ['H', 'M'].some((letter) => isLetter(input, letter))) return 'close';

  if (named(FULLSCREEN_KEYS) || (input.control && input.meta && isLetter(input, 'F'))) return 'fullscreen';

  if (named(LEAVING_KEYS)) return 'leave';
  // New window or tab, open or save a file, view the source.
  if (mod && ['N', 'T', 'O', 'S', 'U'].some((letter) => isLetter(input, letter))) return 'leave';
  return null;
}

function toKeyPress(input: KioskKeyInput): KeyPress {
  return {
    key: input.key,
    code: input.code,
    ctrlKey: input.control,
    metaKey: input.meta,
    shiftKey: input.shift,
    altKey: input.alt,
  };
}

export function kioskKeyVerdict(input: KioskKeyInput, { isMac, exitChord }: KeyPolicyOptions): KeyVerdict {
  if (exitChord && isChord(input, exitChord)) {
    // Asked once per press; the key's release and its repeats are kept from the page too.
    return input.type !== 'keyUp' && !input.isAutoRepeat
      ? { action: 'adminExit' }
      : { action: 'block', reason: 'exit-chord' };
  }
  const mod = input.control || input.meta;
  // Printing leaves the kiosk for the system's print dialog, though the reader's shortcuts offer it (Ctrl+P).
  if (mod && isLetter(input, 'P')) return { action: 'block', reason: 'print' };
  // The reader's own shortcuts (text size, language, read aloud…) reach it, whatever else they resemble.
  if (commandsForKeyPress(toKeyPress(input), isMac).length > 0) return { action: 'allow' };
  const reason = blockedFor(input, isMac);
  if (reason) return { action: 'block', reason };
  // Any other Ctrl/Cmd with + - 0 would be page zoom: the reader's text size is the bounded way to enlarge.
  if (mod && (ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code))) return { action: 'block', reason: 'zoom' };
  return { action: 'allow' };
}
