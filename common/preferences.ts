/**
 * The reader's preferences. One schema validates them wherever they cross a boundary: the IPC bridge, the
 * settings file on disk, the browser's localStorage and the address (`?textSize=200&theme=contrast-dark`).
 * Each preference is a short list of choices, so every value a reader can pick has been tested.
 */
import * as v from 'valibot';
import { CUSTOM_COLOR_NAMES, DEFAULT_CUSTOM_COLORS, HEX_COLOR, readableColors, type CustomColors } from './colors';
import { LANGUAGES } from './languages';

/** Text size in percent of the default. WCAG 1.4.4 asks for 200%; low-vision readers need up to 400%. */
export const TEXT_SIZES = [100, 125, 150, 175, 200, 250, 300, 400] as const;
/** Line height, from comfortable to beyond WCAG 1.4.12's 1.5. */
export const LINE_HEIGHTS = [1.5, 1.8, 2, 2.5] as const;
/** Letter spacing in em; 0.12 is WCAG 1.4.12's value. */
export const LETTER_SPACINGS = [0, 0.06, 0.12, 0.2] as const;
/** Word spacing in em; 0.16 is WCAG 1.4.12's value. */
export const WORD_SPACINGS = [0, 0.08, 0.16, 0.32] as const;
/** Space after a paragraph in em; 2 is WCAG 1.4.12's value. */
export const PARAGRAPH_SPACINGS = [1, 1.5, 2, 3] as const;
export const LINE_LENGTHS = ['narrow', 'medium', 'wide'] as const;
export const FONTS = ['system', 'atkinson', 'opendyslexic'] as const;
export const THEMES = ['system', 'light', 'dark', 'contrast-dark', 'contrast-light', 'custom'] as const;
/** The body text's weight. The bundled fonts have normal and bold only; the choices say so (renderer/src/preferences). */
export const FONT_WEIGHTS = ['normal', 'medium', 'bold'] as const;
/**
 * Brightness in percent: dims the whole page for light-sensitive readers. It stops at 60%, the lowest at which
 * every built-in theme keeps 7:1 (the dark theme's links would fall under it; tests/unit/renderer/visual-aids).
 */
export const BRIGHTNESSES = [100, 90, 80, 70, 60] as const;
export const MOTIONS = ['system', 'reduce', 'allow'] as const;
/** Read-aloud speed, as a multiple of the voice's normal rate. */
/**
 * The reading ruler: a bar under the line being read, or a window of 1, 3 or 5 lines with the rest dimmed. It
 * follows the arrow keys, focus, a click, and the sentence being read aloud.
 */
export const READING_RULERS = ['off', 'ruler', 'window-1', 'window-3', 'window-5'] as const;
/** How the sentence being read aloud stands out (the word, where the voice reports words, takes the other). */
export const SPEECH_EMPHASES = ['background', 'underline'] as const;
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3] as const;
/**
 * What read aloud leaves out (DAISY: "skip content"), each choice skipping what the one before it does and
 * more: nothing; the "Related" section; also every list of links; also every list.
 */
export const SPEECH_SKIPS = ['nothing', 'related', 'linkLists', 'lists'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineLength = (typeof LINE_LENGTHS)[number];
export type Font = (typeof FONTS)[number];
export type Theme = (typeof THEMES)[number];
export type Motion = (typeof MOTIONS)[number];
export type FontWeight = (typeof FONT_WEIGHTS)[number];
export type Brightness = (typeof BRIGHTNESSES)[number];
export type SpeechEmphasis = (typeof SPEECH_EMPHASES)[number];
export type SpeechSkip = (typeof SPEECH_SKIPS)[number];
export type ReadingRuler = (typeof READING_RULERS)[number];

const hexColor = v.pipe(v.string(), v.regex(HEX_COLOR, 'must be a colour written #rrggbb'));

/**
 * The "Custom" theme's colours. A set with any pair under its minimum contrast (common/colors.ts) is refused
 * here, so it can be neither saved nor loaded, whoever sends it.
 */
export const CustomColorsSchema = v.pipe(
  v.strictObject(
    Object.fromEntries(CUSTOM_COLOR_NAMES.map((name) => [name, hexColor])) as Record<
      keyof CustomColors,
      typeof hexColor
    >,
  ),
  v.check(readableColors, 'a pair of these colours is under its minimum contrast'),
);

export const ReadingPreferencesSchema = v.object({
  textSize: v.picklist(TEXT_SIZES),
  lineHeight: v.picklist(LINE_HEIGHTS),
  letterSpacing: v.picklist(LETTER_SPACINGS),
  wordSpacing: v.picklist(WORD_SPACINGS),
  paragraphSpacing: v.picklist(PARAGRAPH_SPACINGS),
  lineLength: v.picklist(LINE_LENGTHS),
  font: v.picklist(FONTS),
  theme: v.picklist(THEMES),
  motion: v.picklist(MOTIONS),
  /** The read-aloud voice's `voiceURI`; absent, the reader picks one for each passage's language. */
  voice: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
  speechRate: v.picklist(SPEECH_RATES),
  speechHighlight: v.boolean(),
  speechEmphasis: v.picklist(SPEECH_EMPHASES),
  speechSkip: v.picklist(SPEECH_SKIPS),
  /** DAISY's "less distraction mode": the text alone, with one way back. */
  focusMode: v.boolean(),
  customColors: CustomColorsSchema,
  fontWeight: v.picklist(FONT_WEIGHTS),
  brightness: v.picklist(BRIGHTNESSES),
  /** The document's text without bold, italics or underlines (links keep theirs). */
  plainText: v.boolean(),
  /** Words broken at line ends, by the rules of the document's language. */
  hyphenation: v.boolean(),
  readingRuler: v.picklist(READING_RULERS),
  hideTableOfContents: v.boolean(),
  hideDocumentList: v.boolean(),
  /** The footer's "last updated" dates. */
  hideDates: v.boolean(),
});

export type ReadingPreferences = v.InferOutput<typeof ReadingPreferencesSchema>;

export const DEFAULT_READING_PREFERENCES: ReadingPreferences = {
  textSize: 100,
  lineHeight: 1.5,
  letterSpacing: 0,
  wordSpacing: 0,
  paragraphSpacing: 1,
  lineLength: 'medium',
  font: 'system',
  theme: 'system',
  motion: 'system',
  voice: undefined,
  speechRate: 1,
  speechHighlight: true,
  speechEmphasis: 'background',
  speechSkip: 'nothing',
  focusMode: false,
  customColors: DEFAULT_CUSTOM_COLORS,
  fontWeight: 'normal',
  brightness: 100,
  plainText: false,
  hyphenation: false,
  readingRuler: 'off',
  hideTableOfContents: false,
  hideDocumentList: false,
  hideDates: false,
};

export const PreferencesSchema = v.strictObject({
  /** Absent until the reader chooses: the first run follows the system language. */
  language: v.optional(v.picklist(LANGUAGES)),
  ...v.partial(ReadingPreferencesSchema).entries,
});

/** What is saved: only what the reader chose; anything absent takes its default. */
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {};

/** Returns the preferences if the value is valid, otherwise `undefined`. */
export function parsePreferences(value: unknown): Preferences | undefined {
  const result = v.safeParse(PreferencesSchema, value);
  return result.success ? result.output : undefined;
}

/** The saved preferences with a default for everything the reader has not chosen. */
export function readingPreferences(preferences: Preferences): ReadingPreferences {
  const chosen = Object.entries(preferences).filter(
    ([key, value]) => value !== undefined && key in DEFAULT_READING_PREFERENCES,
  );
  return { ...DEFAULT_READING_PREFERENCES, ...(Object.fromEntries(chosen) as Partial<ReadingPreferences>) };
}
