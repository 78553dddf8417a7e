/** Reading a stylesheet's colour palettes, for tests of highlight colours (contrast: common/colors.ts). */

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

/** The body of a stylesheet's `@media (forced-colors: active)` block. */
export function forcedColoursRules(css: string): string {
  return /@media \(forced-colors: active\)\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
}
