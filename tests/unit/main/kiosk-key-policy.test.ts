import { describe, expect, it } from 'vitest';
import { KioskConfigSchema } from '../../../common/kiosk';
import { SHORTCUTS } from '../../../common/shortcuts';
import { kioskKeyVerdict, parseChord, type KioskKeyInput, type KeyPolicyOptions } from '../../../main/kiosk/key-policy';

type Modifiers = Partial<Pick<KioskKeyInput, 'control' | 'meta' | 'shift' | 'alt' | 'isAutoRepeat' | 'type'>>;

/** A key press as Electron reports it; `code` guessed from the key for letters, digits and named keys. */
function press(key: string, modifiers: Modifiers = {}, code?: string): KioskKeyInput {
  const guessed = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : key;
  return {
    type: 'keyDown',
    key,
    code: code ?? guessed,
    control: false,
    meta: false,
    shift: false,
    alt: false,
    isAutoRepeat: false,
    ...modifiers,
  };
}

const CTRL = { control: true };
const CMD = { meta: true };
const CTRL_SHIFT = { control: true, shift: true };

const linux: KeyPolicyOptions = { isMac: false, exitChord: parseChord('Ctrl+Alt+Shift+Q', false) };
const mac: KeyPolicyOptions = { isMac: true, exitChord: parseChord('Ctrl+Alt+Shift+Q', true) };

const verdict = (input: KioskKeyInput, options = linux) => kioskKeyVerdict(input, options);
const reason = (input: KioskKeyInput, options = linux) => {
  const result = kioskKeyVerdict(input, options);
  return result.action === 'block' ? result.reason : result.action;
};

describe('blocked keys', () => {
  it.each([
    ['F5', press('F5')],
    ['Ctrl+R', press('r', CTRL)],
    ['Ctrl+Shift+R', press('R', CTRL_SHIFT)],
    ['Ctrl+F5', press('F5', CTRL)],
    ['Shift+F5', press('F5', { shift: true })],
    ['Cmd+R', press('r', CMD)],
    ['the browser refresh key', press('BrowserRefresh')],
  ])('reload: %s', (_name, input) => {
    expect(reason(input)).toBe('reload');
    expect(reason(input, mac)).toBe('reload');
  });

  it.each([
    ['Ctrl+W', press('w', CTRL)],
    ['Ctrl+Shift+W', press('W', CTRL_SHIFT)],
    ['Ctrl+F4', press('F4', CTRL)],
    ['Alt+F4', press('F4', { alt: true })],
    ['Ctrl+Q', press('q', CTRL)],
    ['Cmd+Q', press('q', CMD)],
    ['Cmd+W', press('w', CMD)],
    ['Alt+Space (the window menu)', press(' ', { alt: true }, 'Space')],
  ])('close: %s', (_name, input) => {
    expect(reason(input)).toBe('close');
  });

  it('close on macOS: Cmd+H hides and Cmd+M minimises', () => {
    expect(reason(press('h', CMD), mac)).toBe('close');
    expect(reason(press('m', CMD), mac)).toBe('close');
  });

  it.each([
    ['F12', press('F12')],
    ['Ctrl+Shift+I', press('I', CTRL_SHIFT)],
    ['Ctrl+Shift+J', press('J', CTRL_SHIFT)],
    ['Ctrl+Shift+C', press('C', CTRL_SHIFT)],
    ['Cmd+Alt+I', press('ˆ', { meta: true, alt: true }, 'KeyI')],
    ['Cmd+Alt+J', press('∆', { meta: true, alt: true }, 'KeyJ')],
  ])('devtools: %s', (_name, input) => {
    expect(reason(input)).toBe('devtools');
    expect(reason(input, mac)).toBe('devtools');
  });

  it.each([
    ['Ctrl+P', press('p', CTRL)],
    ['Ctrl+Shift+P', press('P', CTRL_SHIFT)],
    ['Cmd+P', press('p', CMD)],
    ['Ctrl+P on a layout where the key is elsewhere', press('p', CTRL, 'KeyR')],
  ])('print, though the reader offers it as a shortcut: %s', (_name, input) => {
    expect(reason(input)).toBe('print');
    expect(reason(input, mac)).toBe('print');
  });

  it('full screen: F11 and Ctrl+Cmd+F', () => {
    expect(reason(press('F11'))).toBe('fullscreen');
    expect(reason(press('f', { control: true, meta: true }), mac)).toBe('fullscreen');
  });

  it.each([
    ['Ctrl+N', press('n', CTRL)],
    ['Ctrl+T', press('t', CTRL)],
    ['Ctrl+O', press('o', CTRL)],
    ['Ctrl+S', press('s', CTRL)],
    ['Ctrl+U', press('u', CTRL)],
    ['the browser back key', press('BrowserBack')],
    ['the browser home key', press('BrowserHome')],
  ])('anything else that leaves: %s', (_name, input) => {
    expect(reason(input)).toBe('leave');
  });

  it('blocks the key release as well as the press', () => {
    expect(reason(press('r', { control: true, type: 'keyUp' }))).toBe('reload');
  });
});

describe('zoom', () => {
  it.each([
    ['Ctrl+=', press('=', CTRL, 'Equal')],
    ['Ctrl++ (Shift+=)', press('+', CTRL_SHIFT, 'Equal')],
    ['Ctrl+-', press('-', CTRL, 'Minus')],
    ['Ctrl+0', press('0', CTRL)],
    ['Ctrl+numpad +', press('+', CTRL, 'NumpadAdd')],
    ['Ctrl+numpad -', press('-', CTRL, 'NumpadSubtract')],
  ])("the reader's own text-size key %s reaches the page", (_name, input) => {
    expect(verdict(input)).toEqual({ action: 'allow' });
  });

  it("the same keys with Cmd reach the page on macOS, where they are the reader's", () => {
    expect(verdict(press('=', CMD, 'Equal'), mac)).toEqual({ action: 'allow' });
    expect(verdict(press('-', CMD, 'Minus'), mac)).toEqual({ action: 'allow' });
    expect(verdict(press('0', CMD), mac)).toEqual({ action: 'allow' });
  });

  it.each([
    ['Ctrl+Alt+=', press('=', { control: true, alt: true }, 'Equal')],
    ['Ctrl+Alt+-', press('-', { control: true, alt: true }, 'Minus')],
    ['Meta+= on Linux', press('=', CMD, 'Equal')],
    ['Ctrl+Cmd+0', press('0', { control: true, meta: true })],
  ])('other zoom chords, which are not the reader’s, are blocked: %s', (_name, input) => {
    expect(reason(input)).toBe('zoom');
  });
});

describe("the reader's shortcuts", () => {
  it.each(
    SHORTCUTS.filter((shortcut) => shortcut.command !== 'print').flatMap((shortcut) =>
      shortcut.bindings.map((binding) => [shortcut.command, binding] as const),
    ),
  )('%s reaches the page', (_command, binding) => {
    for (const isMac of [false, true]) {
      const key = binding.keys?.[0] ?? '';
      const code = binding.codes?.[0] ?? '';
      const input = press(
        key,
        {
          control: binding.primary && !isMac,
          meta: binding.primary && isMac,
          shift: binding.shift ?? false,
          alt: binding.alt ?? false,
        },
        code,
      );
      expect(kioskKeyVerdict(input, isMac ? mac : linux)).toEqual({ action: 'allow' });
    }
  });

  it('ordinary typing, Tab, Escape, Enter and the arrows reach the page', () => {
    for (const input of [
      press('a'),
      press('A', { shift: true }),
      press('5'),
      press('Tab', {}, 'Tab'),
      press('Escape'),
      press('Enter'),
      press('ArrowDown'),
      press('F1'),
    ]) {
      expect(verdict(input)).toEqual({ action: 'allow' });
    }
  });

  it('copy and paste (in the PIN field) reach the page', () => {
    expect(verdict(press('c', CTRL))).toEqual({ action: 'allow' });
    expect(verdict(press('v', CTRL))).toEqual({ action: 'allow' });
  });
});

describe('the administrator exit chord', () => {
  const chord = (modifiers: Modifiers = {}) => press('Q', { control: true, alt: true, shift: true, ...modifiers });

  it('asks for the PIN on the press, and keeps the release and repeats from the page', () => {
    expect(verdict(chord())).toEqual({ action: 'adminExit' });
    expect(verdict(chord({ type: 'keyUp' }))).toEqual({ action: 'block', reason: 'exit-chord' });
    expect(verdict(chord({ isAutoRepeat: true }))).toEqual({ action: 'block', reason: 'exit-chord' });
  });

  it('matches the physical key whatever Alt or the layout make it type', () => {
    expect(verdict(press('Œ', { control: true, alt: true, shift: true }, 'KeyQ'))).toEqual({ action: 'adminExit' });
    // AZERTY: the key marked Q is where QWERTY has A.
    expect(verdict(press('Q', { control: true, alt: true, shift: true }, 'KeyA'))).toEqual({ action: 'adminExit' });
  });

  it('needs exactly its modifiers', () => {
    expect(verdict(press('Q', { control: true, shift: true }))).not.toEqual({ action: 'adminExit' });
    expect(verdict(chord({ meta: true }))).not.toEqual({ action: 'adminExit' });
    expect(verdict(press('q', { control: true, alt: true }))).not.toEqual({ action: 'adminExit' });
  });

  it('follows the configured chord, CmdOrCtrl meaning Cmd on macOS, and digits from either row', () => {
    const cmdOrCtrl = (isMac: boolean): KeyPolicyOptions => ({
      isMac,
      exitChord: parseChord('CmdOrCtrl+Alt+9', isMac),
    });
    expect(kioskKeyVerdict(press('9', { control: true, alt: true }), cmdOrCtrl(false))).toEqual({
      action: 'adminExit',
    });
    expect(kioskKeyVerdict(press('9', { control: true, alt: true }, 'Numpad9'), cmdOrCtrl(false))).toEqual({
      action: 'adminExit',
    });
    expect(kioskKeyVerdict(press('9', { meta: true, alt: true }), cmdOrCtrl(true))).toEqual({ action: 'adminExit' });
    expect(kioskKeyVerdict(press('9', { control: true, alt: true }), cmdOrCtrl(true))).not.toEqual({
      action: 'adminExit',
    });
  });

  it('wins over a shortcut or a blocked key it shares keys with', () => {
    const options: KeyPolicyOptions = { isMac: false, exitChord: parseChord('Ctrl+Shift+R', false) };
    expect(kioskKeyVerdict(press('R', CTRL_SHIFT), options)).toEqual({ action: 'adminExit' });
  });

  it('does nothing without a chord', () => {
    const options: KeyPolicyOptions = { isMac: false, exitChord: null };
    expect(kioskKeyVerdict(press('G', { control: true, alt: true, shift: true }), options)).toEqual({
      action: 'allow',
    });
    // Still blocked for what it is: Ctrl+Q would quit.
    expect(kioskKeyVerdict(press('Q', { control: true, alt: true, shift: true }), options)).toEqual({
      action: 'block',
      reason: 'close',
    });
  });
});

describe('parseChord', () => {
  it('parses the default chord', () => {
    const defaultChord = KioskConfigSchema.entries.exitChord.default;
    expect(parseChord(defaultChord, false)).toEqual({ control: true, meta: false, shift: true, alt: true, key: 'Q' });
  });

  it('rejects what is not an accelerator of modifiers and one letter or digit', () => {
    for (const accelerator of ['Q', 'Ctrl+Alt+F4', 'Ctrl+Hyper+Q', 'Ctrl+Alt+q', ''])
      expect(parseChord(accelerator, false)).toBeNull();
  });
});
