import { describe, expect, it } from 'vitest';
import {
  COLOR_PRESETS,
  contrastLevel,
  contrastRatio,
  customContrasts,
  DEFAULT_CUSTOM_COLORS,
  dimmedContrastRatio,
  highlightedTextColor,
  readableColors,
  relativeLuminance,
} from '../../../common/colors';
import { parsePreferences } from '../../../common/preferences';
import { preferencesFromAddress } from '../../../common/preferences-from-address';

describe('contrast by WCAG’s relative luminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#808080', 0.2158605],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
  ])('gives %s a luminance of %f', (color, luminance) => {
    expect(relativeLuminance(color)).toBeCloseTo(luminance, 6);
  });

  // Known pairs: black on white is the maximum; #767676 is the lightest grey to pass 4.5:1 on white, #777777 the
  // darkest to fail; #595959 the lightest to reach 7:1; pure red on white is just under 4:1.
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#ffffff', 7],
    ['#ff0000', '#ffffff', 4],
  ])('gives %s on %s a ratio of %f:1, in either order', (foreground, background, ratio) => {
    expect(contrastRatio(foreground, background)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(background, foreground)).toBe(contrastRatio(foreground, background));
  });

  it('names the level as WCAG shows the ratio, never rounding up', () => {
    expect(contrastLevel(contrastRatio('#767676', '#ffffff'), 'text')).toBe('AA');
    expect(contrastLevel(contrastRatio('#777777', '#ffffff'), 'text')).toBe('fail');
    expect(contrastLevel(4.4999, 'text')).toBe('fail');
    expect(contrastLevel(7, 'text')).toBe('AAA');
    expect(contrastLevel(3, 'non-text')).toBe('AA');
    expect(contrastLevel(2.99, 'non-text')).toBe('fail');
  });
});

describe('the custom colours’ guard', () => {
  it.each(Object.entries(COLOR_PRESETS))('passes every pair of the %s preset at AAA for text', (_name, colors) => {
    for (const pair of customContrasts(colors)) expect(pair.ratio).toBeGreaterThanOrEqual(7);
  });

  it('refuses a link too pale for the background, a focus ring too faint, and text lost in the highlight', () => {
    expect(readableColors({ ...DEFAULT_CUSTOM_COLORS, link: '#777777', background: '#ffffff' })).toBe(false);
    expect(readableColors({ ...DEFAULT_CUSTOM_COLORS, focus: '#e0d8c4' })).toBe(false);
    // A mid grey highlight: neither the text nor the background colour reaches 4.5:1 inside it.
    expect(readableColors({ ...DEFAULT_CUSTOM_COLORS, highlight: '#777777' })).toBe(false);
    expect(readableColors({ ...DEFAULT_CUSTOM_COLORS, text: '#767676', background: '#ffffff' })).toBe(true);
  });

  it('writes the highlighted text in whichever of the text and background colours stands out more', () => {
    expect(highlightedTextColor({ ...DEFAULT_CUSTOM_COLORS, highlight: '#ffe066' })).toBe(DEFAULT_CUSTOM_COLORS.text);
    expect(highlightedTextColor({ ...DEFAULT_CUSTOM_COLORS, highlight: '#153d7a' })).toBe(
      DEFAULT_CUSTOM_COLORS.background,
    );
  });

  it('is part of the schema: colours under the minimum are never saved nor loaded', () => {
    expect(parsePreferences({ theme: 'custom', customColors: COLOR_PRESETS.night })).toEqual({
      theme: 'custom',
      customColors: COLOR_PRESETS.night,
    });
    expect(parsePreferences({ customColors: { ...COLOR_PRESETS.night, text: '#333333' } })).toBeUndefined();
    expect(parsePreferences({ customColors: { ...COLOR_PRESETS.night, text: 'red' } })).toBeUndefined();
    expect(parsePreferences({ customColors: { ...COLOR_PRESETS.night, extra: '#000000' } })).toBeUndefined();
  });

  it('comes from the address one colour to a parameter, refused whole when a pair fails', () => {
    expect(
      preferencesFromAddress(
        '?theme=custom&textColor=ffff66&backgroundColor=%23002266&linkColor=FFFFFF&focusColor=ffffff&highlightColor=ffffff',
      ),
    ).toEqual({ preferences: { theme: 'custom', customColors: COLOR_PRESETS.yellowOnBlue }, ignored: [] });
    const refused = preferencesFromAddress('?theme=custom&linkColor=999999');
    expect(refused.preferences).toEqual({ theme: 'custom' });
    expect(refused.ignored).toEqual(['Ignored ?linkColor=999999: a pair is under its minimum contrast']);
  });
});

describe('dimming', () => {
  it('keeps the ratio of two colours exactly while neither would go darker than black', () => {
    for (const brightness of [0.9, 0.7, 0.5]) {
      expect(dimmedContrastRatio('#ffffff', '#808080', brightness)).toBeCloseTo(contrastRatio('#ffffff', '#808080'));
    }
  });

  it('keeps black black, so the ratio falls only for pairs with a very dark colour', () => {
    expect(dimmedContrastRatio('#ffffff', '#000000', 0.4)).toBeCloseTo((0.4 * 1.05) / 0.05, 6);
  });
});
