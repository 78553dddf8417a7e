/**
 * Colour contrast as WCAG defines it (relative luminance, then the ratio of the lighter to the darker plus 0.05),
 * and the reader's own colours with the guard that keeps them readable. Shared: the preferences schema refuses a
 * pair under its minimum wherever preferences cross a boundary, and the colours editor shows the same numbers.
 */

/** A colour as the native colour input gives it: `#rrggbb`, lower case. */
export const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** The reader's own colours, used by the "Custom" theme. */
export interface CustomColors {
  text: string;
  background: string;
  link: string;
  /** The focus ring around whatever has the keyboard. */
  focus: string;
  /** The background of the sentence being read aloud. */
  highlight: string;
}

export const CUSTOM_COLOR_NAMES = ['text', 'background', 'link', 'focus', 'highlight'] as const;
export type CustomColorName = (typeof CUSTOM_COLOR_NAMES)[number];

function channel(hex: string, offset: number): number {
  const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
  // WCAG 2.2's definition, threshold included (sRGB's own is 0.04045; no 8-bit value falls between the two).
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG's relative luminance of a `#rrggbb` colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
export function contrastRatio(first: string, second: string): number {
  return dimmedContrastRatio(first, second, 1);
}

/**
 * A luminance as the page dims it (visual-aids/visual-aids.css does the same sum on every colour): Y + 0.05 is
 * multiplied by the brightness, so the ratio of two dimmed colours is the ratio before, unless a colour would
 * have to be darker than black; it then stays black and the ratio falls.
 */
export function dimmedLuminance(luminance: number, brightness: number): number {
  return Math.max(0, brightness * (luminance + 0.05) - 0.05);
}

/** The contrast ratio of two colours once the page is dimmed to `brightness` (1 for full brightness). */
export function dimmedContrastRatio(first: string, second: string, brightness: number): number {
  const [lighter, darker] = [first, second]
    .map((color) => dimmedLuminance(relativeLuminance(color), brightness))
    .sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * What a pair must reach. Text: 4.5:1 (WCAG 1.4.3, AA), 7:1 the aim (1.4.6, AAA). Non-text, such as the focus
 * ring or the highlight against the page: 3:1 (1.4.11).
 */
export type PairKind = 'text' | 'non-text';
export const MINIMUM_RATIO: Readonly<Record<PairKind, number>> = { text: 4.5, 'non-text': 3 };
export const ENHANCED_RATIO = 7;

/** `AAA`: 7:1 or more; `AA`: meets the pair's minimum; `fail`: under it. */
export type ContrastLevel = 'AAA' | 'AA' | 'fail';

/**
 * The level a ratio reaches for a kind of pair. Ratios are compared as WCAG shows them, to two decimals, no
 * rounding up: 4.499:1 fails.
 */
export function contrastLevel(ratio: number, kind: PairKind): ContrastLevel {
  const shown = Math.floor(ratio * 100) / 100;
  if (shown < MINIMUM_RATIO[kind]) return 'fail';
  return kind === 'text' && shown >= ENHANCED_RATIO ? 'AAA' : 'AA';
}

/** The pairs the guard checks, in the order the editor shows them. */
export const CONTRAST_PAIRS = ['text', 'link', 'focus', 'highlight', 'highlightedText'] as const;
export type ContrastPair = (typeof CONTRAST_PAIRS)[number];

export interface PairContrast {
  pair: ContrastPair;
  kind: PairKind;
  foreground: string;
  background: string;
  ratio: number;
  level: ContrastLevel;
}

/**
 * The text inside the read-aloud highlight: the reader's text or background colour, whichever stands out more
 * against the highlight, so a pale highlight keeps dark text and a dark one light text.
 */
export function highlightedTextColor(colors: CustomColors): string {
  return contrastRatio(colors.text, colors.highlight) >= contrastRatio(colors.background, colors.highlight)
    ? colors.text
    : colors.background;
}

/** Every pair's ratio and level. */
export function customContrasts(colors: CustomColors): PairContrast[] {
  const pairs: Record<ContrastPair, [PairKind, string, string]> = {
    text: ['text', colors.text, colors.background],
    link: ['text', colors.link, colors.background],
    focus: ['non-text', colors.focus, colors.background],
    highlight: ['non-text', colors.highlight, colors.background],
    highlightedText: ['text', highlightedTextColor(colors), colors.highlight],
  };
  return CONTRAST_PAIRS.map((pair) => {
    const [kind, foreground, background] = pairs[pair];
    const ratio = contrastRatio(foreground, background);
    return { pair, kind, foreground, background, ratio, level: contrastLevel(ratio, kind) };
  });
}

/** True when every pair meets its minimum: only such colours can be saved. */
export function readableColors(colors: CustomColors): boolean {
  return customContrasts(colors).every((pair) => pair.level !== 'fail');
}

/**
 * Tested starting points, each with every pair at 7:1 or more where it is text. The first is what "Custom" shows
 * before the reader changes anything.
 */
export const COLOR_PRESETS = {
  cream: { text: '#1f1b16', background: '#fbf3df', link: '#153d7a', focus: '#153d7a', highlight: '#153d7a' },
  night: { text: '#e8dcc4', background: '#1b1a17', link: '#9fc3ff', focus: '#f0c674', highlight: '#f0c674' },
  yellowOnBlue: { text: '#ffff66', background: '#002266', link: '#ffffff', focus: '#ffffff', highlight: '#ffffff' },
  blueOnYellow: { text: '#00205b', background: '#fff6a8', link: '#5a0a0a', focus: '#00205b', highlight: '#00205b' },
  greenOnBlack: { text: '#7dff8a', background: '#000000', link: '#ffffff', focus: '#ffffff', highlight: '#7dff8a' },
} as const satisfies Record<string, CustomColors>;
export type ColorPreset = keyof typeof COLOR_PRESETS;
export const DEFAULT_CUSTOM_COLORS: CustomColors = COLOR_PRESETS.cream;
