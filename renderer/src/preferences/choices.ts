import type { TFunction } from 'i18next';
import type { Language } from '../../../common/languages';
import {
  BRIGHTNESSES,
  FONT_WEIGHTS,
  FONTS,
  LETTER_SPACINGS,
  LINE_HEIGHTS,
  LINE_LENGTHS,
  MOTIONS,
  PARAGRAPH_SPACINGS,
  READING_RULERS,
  SPEECH_EMPHASES,
  SPEECH_RATES,
  SPEECH_SKIPS,
  TEXT_SIZES,
  THEMES,
  WORD_SPACINGS,
  type Font,
  type FontWeight,
  type LineLength,
  type Motion,
  type ReadingPreferences,
  type ReadingRuler,
  type SpeechEmphasis,
  type SpeechSkip,
  type Theme,
} from '../../../common/preferences';
import { formatDecimal, formatPercent } from '../../../common/format';
import { installedVoices, voiceLabel } from '../speech/voices';

/** Preferences chosen from a short list; the custom colours have their own editor (visual-aids/). */
export type ChoiceKey = keyof ChoicePreferences;
type ChoicePreferences = Omit<ReadingPreferences, 'customColors'>;

/** The values each reading preference can take, in the order they are offered. */
export const CHOICES: { [K in keyof ChoicePreferences]: readonly ReadingPreferences[K][] } = {
  textSize: TEXT_SIZES,
  lineHeight: LINE_HEIGHTS,
  letterSpacing: LETTER_SPACINGS,
  wordSpacing: WORD_SPACINGS,
  paragraphSpacing: PARAGRAPH_SPACINGS,
  lineLength: LINE_LENGTHS,
  font: FONTS,
  theme: THEMES,
  motion: MOTIONS,
  speechRate: SPEECH_RATES,
  speechHighlight: [true, false],
  speechEmphasis: SPEECH_EMPHASES,
  speechSkip: SPEECH_SKIPS,
  focusMode: [false, true],
  fontWeight: FONT_WEIGHTS,
  brightness: BRIGHTNESSES,
  plainText: [false, true],
  hyphenation: [false, true],
  readingRuler: READING_RULERS,
  hideTableOfContents: [false, true],
  hideDocumentList: [false, true],
  hideDates: [false, true],
};

/** Yes-or-no preferences whose two answers are worded in `preferences.<key>.options`. */
const SWITCHES = [
  'focusMode',
  'plainText',
  'hyphenation',
  'hideTableOfContents',
  'hideDocumentList',
  'hideDates',
] as const satisfies readonly ChoiceKey[];
type Switch = (typeof SWITCHES)[number];

function isSwitch(key: ChoiceKey): key is Switch {
  return (SWITCHES as readonly string[]).includes(key);
}

type OptionKey =
  | `preferences.lineLength.options.${LineLength}`
  | `preferences.font.options.${Font}`
  | `preferences.theme.options.${Theme}`
  | `preferences.motion.options.${Motion}`
  | `preferences.fontWeight.options.${FontWeight}`
  | `preferences.readingRuler.options.${ReadingRuler}`;

/** The name of a preference: "Text size", « Interligne ». */
export function preferenceLabel(key: ChoiceKey, t: TFunction): string {
  if (isSpeechPreference(key)) return t(`speech.${key}.label`);
  const labelKey: `preferences.${ChoiceKey}.label` = `preferences.${key}.label`;
  return t(labelKey);
}

const SPACINGS = ['lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing'] as const;
type Spacing = (typeof SPACINGS)[number];

function isSpacing(key: ChoiceKey): key is Spacing {
  return (SPACINGS as readonly string[]).includes(key);
}

/** Read-aloud preferences keep their strings with the rest of read aloud's. */
const SPEECH_PREFERENCES = ['voice', 'speechRate', 'speechHighlight', 'speechEmphasis', 'speechSkip'] as const;
type SpeechPreference = (typeof SPEECH_PREFERENCES)[number];

function isSpeechPreference(key: ChoiceKey): key is SpeechPreference {
  return (SPEECH_PREFERENCES as readonly string[]).includes(key);
}

function describeVoice(uri: string | undefined, t: TFunction, language: Language): string {
  const voice = installedVoices().find((candidate) => candidate.voiceURI === uri);
  return voice ? voiceLabel(voice) : t('speech.voice.automatic', { language: t(`speech.voice.languages.${language}`) });
}

/** A preference's value as the reader sees it named: « 150 % », "Wider", "High contrast, light text on black". */
export function describeChoice<K extends ChoiceKey>(
  key: K,
  value: ReadingPreferences[K],
  t: TFunction,
  language: Language,
): string {
  if (key === 'textSize' || key === 'brightness') return formatPercent(value as number, language);
  if (key === 'speechRate') return t('speech.speechRate.value', { rate: formatDecimal(value as number, language) });
  if (key === 'speechHighlight') return t(`speech.speechHighlight.options.${value ? 'true' : 'false'}`);
  if (key === 'speechEmphasis') return t(`speech.speechEmphasis.options.${value as SpeechEmphasis}`);
  if (key === 'speechSkip') return t(`speech.speechSkip.options.${value as SpeechSkip}`);
  if (isSwitch(key)) {
    const answer: `preferences.${Switch}.options.${'true' | 'false'}` = `preferences.${key}.options.${value ? 'true' : 'false'}`;
    return t(answer);
  }
  if (key === 'voice') return describeVoice(value as string | undefined, t, language);
  if (isSpacing(key)) {
    const level = (CHOICES[key] as readonly number[]).indexOf(value as number);
    return t(`preferences.levels.${String(level) as '0' | '1' | '2' | '3'}`);
  }
  return t(`preferences.${key}.options.${String(value)}` as OptionKey);
}

/** What the live region says after a change: "Text size 150%", « Couleurs : Sombre ». */
export function announceChoice<K extends ChoiceKey>(
  key: K,
  value: ReadingPreferences[K],
  t: TFunction,
  language: Language,
): string {
  const described = describeChoice(key, value, t, language);
  if (key === 'textSize') return t('preferences.textSize.announce', { value: described });
  return t('preferences.announce', { name: preferenceLabel(key, t), value: described });
}

/** The next text size up or down, staying within the offered sizes. */
export function nextTextSize(
  current: ReadingPreferences['textSize'],
  direction: 1 | -1,
): ReadingPreferences['textSize'] {
  const index = TEXT_SIZES.indexOf(current);
  return TEXT_SIZES[Math.min(Math.max(index + direction, 0), TEXT_SIZES.length - 1)] ?? current;
}
