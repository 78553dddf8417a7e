import { describe, expect, it } from 'vitest';
import { parseKioskConfig } from '../../../common/kiosk-config';
import { DEFAULT_KEY_MAP } from '../../../common/kiosk-audio';

describe('the kiosk keypad map (audio-first use)', () => {
  it('is off unless configured; turned on alone, it offers itself every 10 seconds, with the default keypad', () => {
    const off = parseKioskConfig({});
    expect(off.ok && off.config.audio).toBeUndefined();
    expect(parseKioskConfig({ audio: {} })).toMatchObject({ ok: true, config: { audio: { offerEverySeconds: 10 } } });
  });

  it('has a default keypad that the configuration would accept as written', () => {
    expect(parseKioskConfig({ audio: { keys: DEFAULT_KEY_MAP } })).toMatchObject({
      ok: true,
      config: { audio: { keys: DEFAULT_KEY_MAP } },
    });
  });

  it('gives the 12-key pad its usual layout: 8 2 4 6 to move around a raised 5 that acts', () => {
    expect([
      DEFAULT_KEY_MAP.Numpad8,
      DEFAULT_KEY_MAP.Numpad2,
      DEFAULT_KEY_MAP.Numpad4,
      DEFAULT_KEY_MAP.Numpad6,
    ]).toEqual(['up', 'down', 'left', 'right']);
    expect(DEFAULT_KEY_MAP.Numpad5).toBe('activate');
    expect(DEFAULT_KEY_MAP.Enter).toBe('activate');
    // 1 and 3, either side of 2: the paragraph before and after.
    expect([DEFAULT_KEY_MAP.Numpad1, DEFAULT_KEY_MAP.Numpad3]).toEqual(['previousParagraph', 'nextParagraph']);
  });

  it('takes keys for the paragraph before and after, and names a paragraph command it does not know', () => {
    const keys = { ...DEFAULT_KEY_MAP, PageUp: 'previousParagraph', PageDown: 'nextParagraph' };
    expect(parseKioskConfig({ audio: { keys } })).toMatchObject({ ok: true, config: { audio: { keys } } });
    const result = parseKioskConfig({ audio: { keys: { ...DEFAULT_KEY_MAP, PageDown: 'paragraph' } } });
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^audio\.keys\.PageDown: must be one of .*previousParagraph, nextParagraph/),
    ]);
  });

  it('takes a map of its own, from key codes to commands', () => {
    const keys = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'activate', Escape: 'back', KeyH: 'help', F2: 'repeat' };
    expect(parseKioskConfig({ audio: { keys, offerEverySeconds: 6 } })).toMatchObject({
      ok: true,
      config: { audio: { keys, offerEverySeconds: 6 } },
    });
  });

  it('names a key code it does not know', () => {
    const result = parseKioskConfig({
      audio: { keys: { ...DEFAULT_KEY_MAP, Numpad10: 'up', '5': 'activate' } },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        // A key name alone ("5") says which character, not which key: the number pad's 5 and the top row's differ.
        'audio.keys.5: is not a key code (write it as KeyboardEvent.code does, e.g. Numpad5)',
        'audio.keys.Numpad10: is not a key code (write it as KeyboardEvent.code does, e.g. Numpad5)',
      ],
    });
  });

  it('refuses a key the kiosk keeps for itself: it would never reach the page', () => {
    const result = parseKioskConfig({ audio: { keys: { ...DEFAULT_KEY_MAP, F5: 'repeat' } } });
    expect(result).toEqual({
      ok: false,
      errors: ['audio.keys.F5: is kept from the page by the kiosk (reload, full screen, developer tools)'],
    });
  });

  it('names a command it does not know', () => {
    const result = parseKioskConfig({ audio: { keys: { ...DEFAULT_KEY_MAP, Numpad3: 'exit' } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^audio\.keys\.Numpad3: must be one of up, down/),
    ]);
  });

  it('refuses a map that leaves a visitor stuck: no key to move, act, go back or ask for help', () => {
    const result = parseKioskConfig({ audio: { keys: { ArrowUp: 'up', ArrowDown: 'down', Enter: 'activate' } } });
    expect(result).toEqual({
      ok: false,
      errors: ['audio.keys: must give a key to each of up, down, activate, back, help'],
    });
  });

  it('refuses an offer repeated too often to hear the end of, or a setting it does not know', () => {
    const result = parseKioskConfig({ audio: { offerEverySeconds: 2, volume: 3 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^audio\.offerEverySeconds: /),
      'audio.volume: is not a kiosk setting',
    ]);
  });
});
