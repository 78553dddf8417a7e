/** Reading a stylesheet's colour palettes and measuring contrast as WCAG does, for tests of highlight colours. */

/** Each palette's custom properties, from the `:root[data-palette='…']` rules of a stylesheet. */
export function palettes(css: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]*data-palette[^{}]*)\{([^}]*)\}/g)) {
    const properties = Object.fromEntries(
      [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()]),
    );
    for (const [, palette = ''] of selectors.matchAll(/data-palette='([\w-]+)'/g))
      found.set(palette, { ...found.get(palette), ...properties });
  }
  return found;
}

function luminance(hex: string): number {
  const channels = (hex.replace('#', '').match(/../g) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [red = 0, green = 0, blue = 0] = channels;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The body of a stylesheet's `@media (forced-colors: active)` block. */
export function forcedColoursRules(css: string): string {
  return /@media \(forced-colors: active\)\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
}
