/**
 * Kiosk mode settings: those of its screens and window, which a browser kiosk also takes from its address. The
 * configuration file as a whole, audio-first use with it, is checked by kiosk-config.ts.
 */
import * as v from 'valibot';
import type { KioskAudio } from './kiosk-audio';
import { BRIGHTNESSES, CustomColorsSchema, TEXT_SIZES, THEMES } from './preferences';

/** The on-screen controls a kiosk can offer; `brightness` (a "dim the screen" switch) only where configured. */
export const KIOSK_CONTROLS = ['textSize', 'contrast', 'language', 'readAloud', 'backToStart', 'brightness'] as const;
const DEFAULT_CONTROLS: (typeof KIOSK_CONTROLS)[number][] = [
  'textSize',
  'contrast',
  'language',
  'readAloud',
  'backToStart',
];

export const seconds = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** Every setting of the kiosk's screens and window; the file may also hold `audio` (kiosk-config.ts). */
export const KioskConfigSchema = v.strictObject({
  /** Seconds without input before the "are you still there?" warning. */
  idleTimeoutSeconds: v.optional(seconds(30, 3600), 120),
  /** Seconds the warning counts down before the reset; WCAG 2.2.1 asks for at least 20. */
  warningSeconds: v.optional(seconds(20, 300), 30),
  /** The language the kiosk opens in, or `ask` for the bilingual start screen. */
  language: v.optional(v.picklist(['ask', 'en', 'fr']), 'ask'),
  textSize: v.optional(v.picklist(TEXT_SIZES), 150),
  theme: v.optional(v.picklist(THEMES), 'light'),
  /** The colours of the `custom` theme, held to the same contrast guard as a reader's own. */
  customColors: v.optional(CustomColorsSchema),
  /** The brightness every reader starts with, in percent. */
  brightness: v.optional(v.picklist(BRIGHTNESSES), 100),
  /** The on-screen controls offered; all but `brightness` by default. */
  controls: v.optional(v.pipe(v.array(v.picklist(KIOSK_CONTROLS)), v.minLength(1)), [...DEFAULT_CONTROLS]),
  /** Desktop only: the key chord that asks for the administrator PIN, as an Electron accelerator. */
  exitChord: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(?:(?:Ctrl|Alt|Shift|Cmd|CmdOrCtrl)\+){2,}[A-Z0-9]$/,
        'must be at least two modifiers and a letter or digit, e.g. Ctrl+Alt+Shift+Q',
      ),
    ),
    'Ctrl+Alt+Shift+Q',
  ),
  /** Desktop only: scrypt hash of the administrator PIN (`scrypt$<salt hex>$<key hex>`), never the PIN itself. */
  exitPinHash: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/, 'must be a hash made with `npm run kiosk:hash-pin`'),
    ),
  ),
  /** Desktop only: keep the display from sleeping. */
  keepDisplayAwake: v.optional(v.boolean(), true),
});

/**
 * The whole configuration; audio-first use (`audio`) is checked by kiosk-config.ts with the rest of the file,
 * and kept out of this module, which the first screen's script holds.
 */
export type KioskConfig = v.InferOutput<typeof KioskConfigSchema> & { audio?: KioskAudio | undefined };

/** How often the start screen offers audio-first use, unless configured. */
export const AUDIO_OFFER_SECONDS = 10;

/** The settings a browser kiosk (`?kiosk=1`) runs with. */
export const DEFAULT_KIOSK_CONFIG: KioskConfig = v.parse(KioskConfigSchema, {});
