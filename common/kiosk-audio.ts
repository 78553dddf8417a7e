/**
 * Audio-first use of a kiosk: the commands of the visitor's keypad, the keys a clinic can give them, and the
 * default keypad. Read by the main process with the configuration file and by the kiosk's audio guide, which
 * is loaded only when it is on; never by the first screen.
 */
import * as v from 'valibot';
import { AUDIO_OFFER_SECONDS, seconds } from './kiosk';

/** What a key of the visitor's keypad does when the kiosk speaks (audio-first use). */
export const KEYPAD_COMMANDS = [
  'up',
  'down',
  'left',
  'right',
  'previousParagraph',
  'nextParagraph',
  'activate',
  'back',
  'help',
  'repeat',
  'volumeUp',
  'volumeDown',
  'faster',
  'slower',
] as const;
export type KeypadCommand = (typeof KEYPAD_COMMANDS)[number];
/** Without these a visitor could not get anywhere, so every key map has them. */
const ESSENTIAL_COMMANDS: KeypadCommand[] = ['up', 'down', 'activate', 'back', 'help'];

/**
 * The keys a key map can name, as `KeyboardEvent.code` spells them: where the key is, whatever Num Lock or the
 * keyboard layout make it type. USB keypads send these. A pattern rather than a list: this module is in the
 * first screen's script.
 */
/** Keys the desktop kiosk never lets through to the page (main/kiosk/key-policy.ts), so no keypad can use them. */
const KIOSK_KEYS = new Set(['F5', 'F11', 'F12']);

const KEY_CODE =
  /^(?:Numpad(?:\d|Add|Subtract|Multiply|Divide|Decimal|Enter|Equal|Comma)|Digit\d|F(?:[1-9]|1\d|2[0-4])|Key[A-Z]|Arrow(?:Up|Down|Left|Right)|Enter|Space|Escape|Backspace|Tab|Home|End|PageUp|PageDown|Insert|Delete|Help|AudioVolume(?:Up|Down)|MediaPlayPause|MediaTrack(?:Next|Previous))$/;

const KeyMapSchema = v.pipe(
  v.record(
    v.pipe(
      v.string(),
      v.regex(KEY_CODE, 'is not a key code (write it as KeyboardEvent.code does, e.g. Numpad5)'),
      v.check(
        (code) => !KIOSK_KEYS.has(code),
        'is kept from the page by the kiosk (reload, full screen, developer tools)',
      ),
    ),
    v.picklist(KEYPAD_COMMANDS, `must be one of ${KEYPAD_COMMANDS.join(', ')}`),
  ),
  v.check(
    (map) => ESSENTIAL_COMMANDS.every((command) => Object.values(map).includes(command)),
    `must give a key to each of ${ESSENTIAL_COMMANDS.join(', ')}`,
  ),
);

/**
 * A 12-key pad with a raised 5 (8, 2, 4 and 6 around it; 1 and 3 beside 2, for the paragraph before and after),
 * the arrows and Enter of an EZ-Access-style pad, and the keys of a full-size keyboard's number pad.
 */
export const DEFAULT_KEY_MAP: Readonly<Record<string, KeypadCommand>> = {
  Numpad8: 'up',
  ArrowUp: 'up',
  Numpad2: 'down',
  ArrowDown: 'down',
  Numpad4: 'left',
  ArrowLeft: 'left',
  Numpad6: 'right',
  ArrowRight: 'right',
  Numpad5: 'activate',
  Enter: 'activate',
  NumpadEnter: 'activate',
  Numpad7: 'back',
  Escape: 'back',
  Backspace: 'back',
  Numpad9: 'help',
  F1: 'help',
  Help: 'help',
  Numpad1: 'previousParagraph',
  Numpad3: 'nextParagraph',
  Numpad0: 'repeat',
  NumpadAdd: 'volumeUp',
  AudioVolumeUp: 'volumeUp',
  NumpadSubtract: 'volumeDown',
  AudioVolumeDown: 'volumeDown',
  NumpadMultiply: 'faster',
  NumpadDivide: 'slower',
};

/**
 * The start screen offers speech aloud every `offerEverySeconds`, any key takes the offer, and from then on the
 * kiosk speaks what it shows and the keypad moves through it (`keys`: `KeyboardEvent.code` to command; without
 * it, `DEFAULT_KEY_MAP`).
 */
export const KioskAudioSchema = v.strictObject({
  offerEverySeconds: v.optional(seconds(5, 120), AUDIO_OFFER_SECONDS),
  keys: v.optional(KeyMapSchema),
});

export type KioskAudio = v.InferOutput<typeof KioskAudioSchema>;
