import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  commandForKeyPress,
  commandsForKeyPress,
  SHORTCUTS,
  type Command,
  type KeyBinding,
  type KeyPress,
  leavesKeysToTextFields,
} from '../../../common/shortcuts';

const PLATFORMS = [
  { platform: 'Windows and Linux', isMac: false },
  { platform: 'macOS', isMac: true },
] as const;

/** A press with the platform's primary modifier (Ctrl, or Cmd on macOS) held, plus any others given. */
function press(
  isMac: boolean,
  key: string,
  code: string,
  modifiers: Partial<Omit<KeyPress, 'key' | 'code'>> & { primary?: boolean } = {},
): KeyPress {
  const { primary = true, ...rest } = modifiers;
  return {
    key,
    code,
    ctrlKey: primary && !isMac,
    metaKey: primary && isMac,
    shiftKey: false,
    altKey: false,
    ...rest,
  };
}

// --- Electron's accelerator grammar (docs/api/accelerator.md) ---------------------------------------------

const MODIFIERS: Readonly<Record<string, 'primary' | 'shift' | 'alt' | 'platformSpecific'>> = {
  commandorcontrol: 'primary',
  cmdorctrl: 'primary',
  shift: 'shift',
  alt: 'alt',
  option: 'alt',
  // Valid, but they mean different keys on different systems; the registry must not use them.
  command: 'platformSpecific',
  cmd: 'platformSpecific',
  control: 'platformSpecific',
  ctrl: 'platformSpecific',
  altgr: 'platformSpecific',
  super: 'platformSpecific',
  meta: 'platformSpecific',
};

const NAMED_KEYS = new Set(
  [
    'Plus',
    'Space',
    'Tab',
    'Capslock',
    'Numlock',
    'Scrolllock',
    'Backspace',
    'Delete',
    'Insert',
    'Return',
    'Enter',
    'Up',
    'Down',
    'Left',
    'Right',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Escape',
    'Esc',
    'VolumeUp',
    'VolumeDown',
    'VolumeMute',
    'MediaNextTrack',
    'MediaPreviousTrack',
    'MediaStop',
    'MediaPlayPause',
    'PrintScreen',
    'numdec',
    'numadd',
    'numsub',
    'nummult',
    'numdiv',
    ...Array.from({ length: 10 }, (_, digit) => `num${digit}`),
    ...Array.from({ length: 24 }, (_, index) => `F${index + 1}`),
  ].map((name) => name.toLowerCase()),
);
const PUNCTUATION = new Set(')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\''.split(''));

interface ParsedAccelerator {
  primary: boolean;
  shift: boolean;
  alt: boolean;
  platformSpecific: boolean;
  key: string;
}

/** Parses an accelerator as Electron does, or throws saying what is wrong with it. */
function parseAccelerator(accelerator: string): ParsedAccelerator {
  // "CmdOrCtrl+-" splits cleanly; a literal "+" key must be written "Plus".
  const parts = accelerator.split('+');
  const key = parts.pop();
  if (key === undefined || key === '') throw new Error(`${accelerator}: no key`);
  const parsed: ParsedAccelerator = { primary: false, shift: false, alt: false, platformSpecific: false, key };
  for (const part of parts) {
    const role = MODIFIERS[part.toLowerCase()];
    if (!role) throw new Error(`${accelerator}: unknown modifier ${part}`);
    if (parsed[role]) throw new Error(`${accelerator}: repeated modifier ${part}`);
    parsed[role] = true;
  }
  const isKey = /^[0-9A-Z]$/i.test(key) || PUNCTUATION.has(key) || NAMED_KEYS.has(key.toLowerCase());
  if (!isKey) throw new Error(`${accelerator}: unknown key ${key}`);
  return parsed;
}

/** The KeyboardEvent.key values and codes an accelerator's key stands for. */
function acceleratorKey(key: string): { keys: string[]; codes: string[] } {
  const arrow = /^(Up|Down|Left|Right)$/i.exec(key);
  if (arrow) return { keys: [`Arrow${arrow[1] ?? ''}`], codes: [`Arrow${arrow[1] ?? ''}`] };
  const numpad = /^num(\d)$/i.exec(key);
  if (numpad) return { keys: [], codes: [`Numpad${numpad[1] ?? ''}`] };
  if (key.toLowerCase() === 'plus') return { keys: ['+'], codes: [] };
  if (/^[a-z]$/i.test(key)) return { keys: [key.toLowerCase(), key.toUpperCase()], codes: [`Key${key.toUpperCase()}`] };
  return { keys: [key], codes: [] };
}

function describesBinding(accelerator: ParsedAccelerator, binding: KeyBinding): boolean {
  const { keys, codes } = acceleratorKey(accelerator.key);
  return (
    binding.primary === accelerator.primary &&
    Boolean(binding.alt) === accelerator.alt &&
    (binding.shift === undefined || binding.shift === accelerator.shift) &&
    (keys.some((key) => binding.keys?.includes(key)) || codes.some((code) => binding.codes?.includes(code)))
  );
}

// --- The registry ---------------------------------------------------------------------------------------

describe('the shortcut registry', () => {
  it('gives every command exactly one shortcut (the menu shows its accelerator)', () => {
    const commands = SHORTCUTS.map((shortcut) => shortcut.command);
    expect([...commands].sort()).toEqual([...COMMANDS].sort());
  });

  it.each(SHORTCUTS)('$command has bindings, each naming a key or a physical key', ({ bindings }) => {
    expect(bindings.length).toBeGreaterThan(0);
    for (const binding of bindings)
      expect((binding.keys?.length ?? 0) + (binding.codes?.length ?? 0)).toBeGreaterThan(0);
  });

  it('never binds the same modifiers and key to two shortcuts', () => {
    const overlapping = (a: readonly string[] = [], b: readonly string[] = []) => a.some((value) => b.includes(value));
    for (const [index, first] of SHORTCUTS.entries()) {
      for (const second of SHORTCUTS.slice(index + 1)) {
        for (const a of first.bindings) {
          for (const b of second.bindings) {
            const sameModifiers =
              a.primary === b.primary &&
              Boolean(a.alt) === Boolean(b.alt) &&
              (a.shift === undefined || b.shift === undefined || a.shift === b.shift);
            const sameKey = overlapping(a.keys, b.keys) || overlapping(a.codes, b.codes);
            expect(sameModifiers && sameKey, `${first.command} and ${second.command} share a binding`).toBe(false);
          }
        }
      }
    }
  });

  it.each(PLATFORMS)('on $platform, every key a binding lists means that command and no other', ({ isMac }) => {
    for (const { command, bindings } of SHORTCUTS) {
      for (const binding of bindings) {
        const modifiers = { primary: binding.primary, shiftKey: binding.shift ?? false, altKey: binding.alt ?? false };
        for (const key of binding.keys ?? [])
          expect(commandsForKeyPress(press(isMac, key, '', modifiers), isMac)).toEqual([command]);
        for (const code of binding.codes ?? [])
          expect(commandsForKeyPress(press(isMac, '', code, modifiers), isMac)).toEqual([command]);
      }
    }
  });
});

describe('accelerators shown in the menu', () => {
  it.each(SHORTCUTS)('$accelerator is a valid, cross-platform Electron accelerator', ({ accelerator }) => {
    const parsed = parseAccelerator(accelerator);
    expect(parsed.platformSpecific).toBe(false);
  });

  it.each(SHORTCUTS)('$accelerator describes a binding of $command', ({ accelerator, bindings }) => {
    const parsed = parseAccelerator(accelerator);
    expect(bindings.some((binding) => describesBinding(parsed, binding))).toBe(true);
  });

  it('are all different', () => {
    const normalised = SHORTCUTS.map(({ accelerator }) =>
      accelerator.toLowerCase().replace('commandorcontrol', 'cmdorctrl'),
    );
    expect(new Set(normalised).size).toBe(SHORTCUTS.length);
  });

  it('the grammar check itself refuses malformed accelerators', () => {
    for (const bad of ['CmdOrCtrl+', 'CmdOrCtrl++', 'Hyper+A', 'CmdOrCtrl+Shift+Shift+L', 'CmdOrCtrl+Escapee', '']) {
      expect(() => parseAccelerator(bad), bad).toThrow();
    }
  });
});

describe('keys the operating system or every app already owns', () => {
  type Reserved = { name: string; press: KeyPress };
  const windowsAndLinux: Reserved[] = [
    ...['q', 'w', 'c', 'v', 'x', 'a', 'z', 'y'].map((letter) => ({
      name: `Ctrl+${letter.toUpperCase()}`,
      press: press(false, letter, `Key${letter.toUpperCase()}`),
    })),
    { name: 'Ctrl+Shift+Z', press: press(false, 'Z', 'KeyZ', { shiftKey: true }) },
    { name: 'Ctrl+Tab', press: press(false, 'Tab', 'Tab') },
    { name: 'Alt+Tab', press: press(false, 'Tab', 'Tab', { primary: false, altKey: true }) },
    { name: 'Alt+F4', press: press(false, 'F4', 'F4', { primary: false, altKey: true }) },
    { name: 'Ctrl+Alt+Delete', press: press(false, 'Delete', 'Delete', { altKey: true }) },
    { name: 'F11 (full screen)', press: press(false, 'F11', 'F11', { primary: false }) },
  ];
  const mac: Reserved[] = [
    ...['q', 'w', 'h', 'm', 'c', 'v', 'x', 'a', 'z'].map((letter) => ({
      name: `Cmd+${letter.toUpperCase()}`,
      press: press(true, letter, `Key${letter.toUpperCase()}`),
    })),
    { name: 'Cmd+Shift+Z', press: press(true, 'z', 'KeyZ', { shiftKey: true }) },
    { name: 'Cmd+Alt+H', press: press(true, '˙', 'KeyH', { altKey: true }) },
    { name: 'Cmd+Tab', press: press(true, 'Tab', 'Tab') },
    { name: 'Cmd+Space', press: press(true, ' ', 'Space') },
    { name: 'Cmd+`', press: press(true, '`', 'Backquote') },
  ];

  it.each(windowsAndLinux)('$name means nothing to the reader on Windows and Linux', ({ press: reserved }) => {
    expect(commandForKeyPress(reserved, false)).toBeUndefined();
  });

  it.each(mac)('$name means nothing to the reader on macOS', ({ press: reserved }) => {
    expect(commandForKeyPress(reserved, true)).toBeUndefined();
  });

  it('no accelerator names one of them', () => {
    const reserved = new Set(
      ['q', 'w', 'tab', 'h', 'm', 'c', 'v', 'x', 'a', 'z', 'y']
        .map((key) => `primary+${key}`)
        .concat(['alt+f4', 'alt+tab']),
    );
    for (const { accelerator } of SHORTCUTS) {
      const parsed = parseAccelerator(accelerator);
      const form = [parsed.primary && 'primary', parsed.alt && 'alt', parsed.key.toLowerCase()]
        .filter(Boolean)
        .join('+');
      expect(reserved.has(form), accelerator).toBe(false);
    }
  });
});

describe('the Canadian French keyboard', () => {
  // What the keys type on the Canadian French (and CSA multilingual) layout, as KeyboardEvent reports them.
  const cases: { name: string; key: string; code: string; shiftKey?: boolean; command: Command }[] = [
    { name: 'Ctrl and =', key: '=', code: 'Equal', command: 'textSizeIncrease' },
    { name: 'Ctrl, Shift and = (types +)', key: '+', code: 'Equal', shiftKey: true, command: 'textSizeIncrease' },
    { name: 'Ctrl and numpad +', key: '+', code: 'NumpadAdd', command: 'textSizeIncrease' },
    { name: 'Ctrl and -', key: '-', code: 'Minus', command: 'textSizeDecrease' },
    { name: 'Ctrl, Shift and - (types _)', key: '_', code: 'Minus', shiftKey: true, command: 'textSizeDecrease' },
    { name: 'Ctrl and numpad -', key: '-', code: 'NumpadSubtract', command: 'textSizeDecrease' },
    { name: 'Ctrl and 0', key: '0', code: 'Digit0', command: 'textSizeReset' },
    { name: 'Ctrl and numpad 0', key: '0', code: 'Numpad0', command: 'textSizeReset' },
    { name: 'Ctrl and numpad 0 with Num Lock off', key: 'Insert', code: 'Numpad0', command: 'textSizeReset' },
    { name: 'Ctrl and ,', key: ',', code: 'Comma', command: 'openPreferences' },
    { name: 'Ctrl, Shift and L', key: 'L', code: 'KeyL', shiftKey: true, command: 'switchLanguage' },
    { name: 'Ctrl and P', key: 'p', code: 'KeyP', command: 'print' },
  ];

  it.each(PLATFORMS.flatMap((platform) => cases.map((entry) => ({ ...entry, ...platform }))))(
    '$name on $platform resolves to $command',
    ({ key, code, shiftKey, command, isMac }) => {
      expect(commandsForKeyPress(press(isMac, key, code, { shiftKey: shiftKey ?? false }), isMac)).toEqual([command]);
    },
  );

  it('F1 opens the shortcuts, on its own or with Shift', () => {
    for (const isMac of [false, true]) {
      expect(commandForKeyPress(press(isMac, 'F1', 'F1', { primary: false }), isMac)).toBe('showShortcuts');
      expect(commandForKeyPress(press(isMac, 'F1', 'F1', { primary: false, shiftKey: true }), isMac)).toBe(
        'showShortcuts',
      );
    }
  });

  it('AltGr (Ctrl+Alt on Windows) types characters and runs nothing', () => {
    // On this layout AltGr with =, - and 0 types ¬, ½ and ¼ (CSA: } and ]).
    for (const [key, code] of [
      ['¬', 'Equal'],
      ['½', 'Minus'],
      ['¼', 'Digit0'],
      ['}', 'Equal'],
    ] as const) {
      expect(commandForKeyPress(press(false, key, code, { altKey: true }), false)).toBeUndefined();
    }
  });

  it("the other platform's primary modifier does nothing", () => {
    expect(commandForKeyPress({ ...press(true, '=', 'Equal'), metaKey: false, ctrlKey: true }, true)).toBeUndefined();
    expect(commandForKeyPress({ ...press(false, '=', 'Equal'), ctrlKey: false, metaKey: true }, false)).toBeUndefined();
  });
});

describe('finding and moving about', () => {
  it.each(PLATFORMS)('Ctrl+F (Cmd+F) finds, on $platform', ({ isMac }) => {
    expect(commandsForKeyPress(press(isMac, 'f', 'KeyF'), isMac)).toEqual(['findInDocument']);
    // Ctrl+Shift+F is another thing in many apps; it is not taken.
    expect(commandsForKeyPress(press(isMac, 'F', 'KeyF', { shiftKey: true }), isMac)).toEqual([]);
  });

  it.each(PLATFORMS)(
    'Alt+Left and Alt+Right, or the primary key with [ and ], go back and forward, on $platform',
    ({ isMac }) => {
      const alt = { primary: false, altKey: true };
      expect(commandsForKeyPress(press(isMac, 'ArrowLeft', 'ArrowLeft', alt), isMac)).toEqual(['goBack']);
      expect(commandsForKeyPress(press(isMac, 'ArrowRight', 'ArrowRight', alt), isMac)).toEqual(['goForward']);
      expect(commandsForKeyPress(press(isMac, '[', 'BracketLeft'), isMac)).toEqual(['goBack']);
      expect(commandsForKeyPress(press(isMac, ']', 'BracketRight'), isMac)).toEqual(['goForward']);
      // Alt+Shift+Left selects by word in text; plain arrows scroll.
      expect(commandsForKeyPress(press(isMac, 'ArrowLeft', 'ArrowLeft', { ...alt, shiftKey: true }), isMac)).toEqual(
        [],
      );
      expect(commandsForKeyPress(press(isMac, 'ArrowLeft', 'ArrowLeft', { primary: false }), isMac)).toEqual([]);
    },
  );

  it('Back, Forward and the next and previous mark leave their keys to a text field (Option+Left moves by a word on macOS, Option+Shift+Down selects to the end of a paragraph); the others do not', () => {
    expect(COMMANDS.filter(leavesKeysToTextFields)).toEqual(['goBack', 'goForward', 'nextMark', 'previousMark']);
  });

  it('Alt+Shift+W asks where am I, on both platforms and whatever the layout types', () => {
    for (const isMac of [false, true]) {
      // Option+Shift+W types „ on a Mac: the physical key still counts.
      expect(
        commandsForKeyPress(press(isMac, '„', 'KeyW', { primary: false, altKey: true, shiftKey: true }), isMac),
      ).toEqual(['whereAmI']);
      // Ctrl+Shift+W closes the window in browsers: not ours.
      expect(commandsForKeyPress(press(isMac, 'W', 'KeyW', { shiftKey: true }), isMac)).toEqual([]);
    }
  });
});
