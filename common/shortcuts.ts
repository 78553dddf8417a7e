/**
 * The one registry of keyboard shortcuts. The desktop menu shows their accelerators and the renderer handles
 * the keys, in the desktop app and in a browser alike, so a shortcut cannot mean two things.
 */

/** The reader's marks (bookmarks, highlights, notes): carried out by the marks once they are loaded. */
export const MARK_COMMANDS = [
  'addBookmark',
  'highlightSelection',
  'addNote',
  'showMarks',
  'nextMark',
  'previousMark',
] as const;

export const COMMANDS = [
  'textSizeIncrease',
  'textSizeDecrease',
  'textSizeReset',
  'openPreferences',
  'switchLanguage',
  'focusMode',
  'showShortcuts',
  'print',
  'accessibilityReport',
  'speechPlayPause',
  'speechStop',
  'speechPreviousSentence',
  'speechNextSentence',
  'speechPreviousSection',
  'speechNextSection',
  'speechSkipList',
  'speechReadSelection',
  'findInDocument',
  'goBack',
  'goForward',
  'whereAmI',
  ...MARK_COMMANDS,
] as const;

export type Command = (typeof COMMANDS)[number];

/** A key as the renderer sees it: `key` for the character typed, `code` for the physical key. */
export interface KeyBinding {
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  primary: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Matches `KeyboardEvent.key` (layout-aware: what the key types). */
  keys?: readonly string[];
  /** Matches `KeyboardEvent.code` (the physical key), for layouts where `key` differs, and the numpad. */
  codes?: readonly string[];
}

interface Shortcut {
  command: Command;
  /** Electron accelerator shown in the menu. */
  accelerator: string;
  bindings: readonly KeyBinding[];
  /**
   * False when the keys edit text in a text field (Alt+Left moves by a word on macOS): there the field keeps
   * them. By default a shortcut works wherever focus is.
   */
  inTextFields?: false;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'textSizeIncrease',
    accelerator: 'CmdOrCtrl+=',
    // `=` and `+` wherever the layout puts them (Canadian French included), with or without Shift, and the numpad.
    bindings: [{ primary: true, keys: ['=', '+'], codes: ['Equal', 'NumpadAdd'] }],
  },
  {
    command: 'textSizeDecrease',
    accelerator: 'CmdOrCtrl+-',
    bindings: [{ primary: true, keys: ['-', '_'], codes: ['Minus', 'NumpadSubtract'] }],
  },
  {
    command: 'textSizeReset',
    accelerator: 'CmdOrCtrl+0',
    bindings: [{ primary: true, keys: ['0'], codes: ['Digit0', 'Numpad0'] }],
  },
  // Not with Shift: that is the previous sentence.
  {
    command: 'openPreferences',
    accelerator: 'CmdOrCtrl+,',
    bindings: [{ primary: true, shift: false, keys: [','], codes: ['Comma'] }],
  },
  {
    command: 'switchLanguage',
    accelerator: 'CmdOrCtrl+Shift+L',
    bindings: [{ primary: true, shift: true, keys: ['L', 'l'], codes: ['KeyL'] }],
  },
  // F9, as the reading views of Edge and Firefox on Windows.
  { command: 'focusMode', accelerator: 'F9', bindings: [{ primary: false, keys: ['F9'], codes: ['F9'] }] },
  { command: 'showShortcuts', accelerator: 'F1', bindings: [{ primary: false, keys: ['F1'], codes: ['F1'] }] },
  { command: 'print', accelerator: 'CmdOrCtrl+P', bindings: [{ primary: true, keys: ['p', 'P'], codes: ['KeyP'] }] },
  // E for "evaluate"; Ctrl+Shift+A belongs to the browser's tab search.
  {
    command: 'accessibilityReport',
    accelerator: 'CmdOrCtrl+Shift+E',
    bindings: [{ primary: true, shift: true, keys: ['E', 'e'], codes: ['KeyE'] }],
  },
  // Read aloud. U as in Edge's "Read aloud"; "." is the full stop (and Cmd+. cancels on macOS); < and > step
  // by sentence, and with Alt instead of Ctrl by section. Shifted punctuation moves between layouts, so the
  // physical keys count too.
  {
    command: 'speechPlayPause',
    accelerator: 'CmdOrCtrl+Shift+U',
    bindings: [{ primary: true, shift: true, keys: ['U', 'u'], codes: ['KeyU'] }],
  },
  {
    command: 'speechStop',
    accelerator: 'CmdOrCtrl+.',
    bindings: [{ primary: true, shift: false, keys: ['.'], codes: ['Period'] }],
  },
  {
    command: 'speechPreviousSentence',
    accelerator: 'CmdOrCtrl+Shift+,',
    bindings: [{ primary: true, shift: true, keys: [',', '<'], codes: ['Comma'] }],
  },
  {
    command: 'speechNextSentence',
    accelerator: 'CmdOrCtrl+Shift+.',
    bindings: [{ primary: true, shift: true, keys: ['.', '>'], codes: ['Period'] }],
  },
  {
    command: 'speechPreviousSection',
    accelerator: 'Alt+Shift+,',
    bindings: [{ primary: false, alt: true, shift: true, keys: [',', '<'], codes: ['Comma'] }],
  },
  {
    command: 'speechNextSection',
    accelerator: 'Alt+Shift+.',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['.', '>'], codes: ['Period'] }],
  },
  // L for list, on the section keys' Alt+Shift (Ctrl+Shift+L switches the language).
  {
    command: 'speechSkipList',
    accelerator: 'Alt+Shift+L',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['L', 'l'], codes: ['KeyL'] }],
  },
  // The selection alone: U as for read aloud, with the section keys' Alt+Shift.
  {
    command: 'speechReadSelection',
    accelerator: 'Alt+Shift+U',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['U', 'u'], codes: ['KeyU'] }],
  },
  // Finding and moving about. Ctrl+F as in every browser and editor.
  {
    command: 'findInDocument',
    accelerator: 'CmdOrCtrl+F',
    bindings: [{ primary: true, shift: false, keys: ['f', 'F'], codes: ['KeyF'] }],
  },
  // Alt+Left / Alt+Right as in browsers on Windows and Linux; Cmd+[ / Cmd+] as in browsers on macOS, where
  // Option+Left moves by a word.
  {
    command: 'goBack',
    accelerator: 'Alt+Left',
    bindings: [
      { primary: false, alt: true, shift: false, keys: ['ArrowLeft'], codes: ['ArrowLeft'] },
      { primary: true, shift: false, keys: ['['], codes: ['BracketLeft'] },
    ],
    inTextFields: false,
  },
  {
    command: 'goForward',
    accelerator: 'Alt+Right',
    bindings: [
      { primary: false, alt: true, shift: false, keys: ['ArrowRight'], codes: ['ArrowRight'] },
      { primary: true, shift: false, keys: [']'], codes: ['BracketRight'] },
    ],
    inTextFields: false,
  },
  // W for "where": the section and how far through the document, spoken without moving focus.
  {
    command: 'whereAmI',
    accelerator: 'Alt+Shift+W',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['W', 'w'], codes: ['KeyW'] }],
  },
  // The reader's marks. Ctrl+D bookmarks, as in every browser; the others join Where am I on Alt+Shift: H for
  // highlight, N for note, M for the list of marks, and the arrows down and up to the next and previous mark.
  {
    command: 'addBookmark',
    accelerator: 'CmdOrCtrl+D',
    bindings: [{ primary: true, shift: false, keys: ['d', 'D'], codes: ['KeyD'] }],
  },
  {
    command: 'highlightSelection',
    accelerator: 'Alt+Shift+H',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['H', 'h'], codes: ['KeyH'] }],
  },
  {
    command: 'addNote',
    accelerator: 'Alt+Shift+N',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['N', 'n'], codes: ['KeyN'] }],
  },
  {
    command: 'showMarks',
    accelerator: 'Alt+Shift+M',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['M', 'm'], codes: ['KeyM'] }],
  },
  // Option+Shift+Down selects to the end of the paragraph in a macOS text field: the field keeps it.
  {
    command: 'nextMark',
    accelerator: 'Alt+Shift+Down',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['ArrowDown'], codes: ['ArrowDown'] }],
    inTextFields: false,
  },
  {
    command: 'previousMark',
    accelerator: 'Alt+Shift+Up',
    bindings: [{ primary: false, alt: true, shift: true, keys: ['ArrowUp'], codes: ['ArrowUp'] }],
    inTextFields: false,
  },
];

/** The keyboard event's modifiers and keys, as much of a `KeyboardEvent` as matching needs. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function matches(binding: KeyBinding, press: KeyPress, isMac: boolean): boolean {
  const primary = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (binding.primary !== primary) return false;
  if (!binding.primary && (press.ctrlKey || press.metaKey)) return false;
  if (Boolean(binding.alt) !== press.altKey) return false;
  if (binding.shift !== undefined && binding.shift !== press.shiftKey) return false;
  return Boolean(binding.keys?.includes(press.key) || binding.codes?.includes(press.code));
}

/** Every command a key press matches. More than one would be a clash; the registry's tests check there is none. */
export function commandsForKeyPress(press: KeyPress, isMac: boolean): Command[] {
  return SHORTCUTS.filter((shortcut) => shortcut.bindings.some((binding) => matches(binding, press, isMac))).map(
    (shortcut) => shortcut.command,
  );
}

/** The command a key press means, if any. */
export function commandForKeyPress(press: KeyPress, isMac: boolean): Command | undefined {
  return commandsForKeyPress(press, isMac)[0];
}

/** Whether a command's keys are left to a text field that has focus. */
export function leavesKeysToTextFields(command: Command): boolean {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.inTextFields === false;
}
