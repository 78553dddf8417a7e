import * as v from 'valibot';
import { CUSTOM_COLOR_NAMES, DEFAULT_CUSTOM_COLORS, type CustomColorName } from './colors';
import { CustomColorsSchema, parsePreferences, PreferencesSchema, type Preferences } from './preferences';

function isPreferenceName<T extends object>(name: string, entries: T): name is Extract<keyof T, string> {
  return Object.hasOwn(entries, name);
}

/** The address gives every value as text: numbers and yes-or-no answers are read as what the schema asks for. */
function addressValue(schema: v.GenericSchema, raw: string): unknown {
  const inner = schema.type === 'optional' ? (schema as v.OptionalSchema<v.GenericSchema, undefined>).wrapped : schema;
  const options = inner.type === 'picklist' ? (inner as v.PicklistSchema<v.PicklistOptions, undefined>).options : [];
  if (typeof options[0] === 'number' && raw.trim() !== '') return Number(raw);
  if (inner.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/**
 * The custom colours come one to a parameter, `?textColor=1f1b16&backgroundColor=fbf3df` (the `#` is optional,
 * as an address would otherwise need it written %23); any not given keeps the first preset's.
 */
const COLOR_PARAMETERS = new Map<string, CustomColorName>(CUSTOM_COLOR_NAMES.map((name) => [`${name}Color`, name]));

function customColorsFromAddress(parameters: URLSearchParams, ignored: string[]): Preferences['customColors'] {
  const given = [...parameters].filter(([name]) => COLOR_PARAMETERS.has(name));
  if (given.length === 0) return undefined;
  const colors: Record<string, string> = { ...DEFAULT_CUSTOM_COLORS };
  for (const [name, raw] of given)
    colors[COLOR_PARAMETERS.get(name) ?? name] = `#${raw.replace(/^#/, '')}`.toLowerCase();
  const result = v.safeParse(CustomColorsSchema, colors);
  if (result.success) return result.output;
  const names = given.map(([name, raw]) => `${name}=${raw}`).join('&');
  ignored.push(
    `Ignored ?${names}: ${result.issues.some((issue) => issue.type === 'check') ? 'a pair is under its minimum contrast' : 'not colours written rrggbb'}`,
  );
  return undefined;
}

interface AddressPreferences {
  preferences: Preferences;
  /** One message per parameter that was ignored, for the console. */
  ignored: string[];
}

/**
 * Preferences set in the address, for kiosk set-up and audits: `?theme=contrast-dark&textSize=200`. Each
 * parameter is checked on its own against the schema, so one bad value is ignored and the rest still apply.
 */
export function preferencesFromAddress(search: string): AddressPreferences {
  const entries = PreferencesSchema.entries;
  const preferences: Record<string, unknown> = {};
  const ignored: string[] = [];
  const parameters = new URLSearchParams(search);
  const customColors = customColorsFromAddress(parameters, ignored);
  if (customColors) preferences.customColors = customColors;
  for (const [name, raw] of parameters) {
    if (!isPreferenceName(name, entries)) continue;
    const result = v.safeParse(entries[name], addressValue(entries[name], raw));
    if (result.success && result.output !== undefined) preferences[name] = result.output;
    else ignored.push(`Ignored ?${name}=${raw}: not one of the accepted values`);
  }
  // Each value passed on its own, so together they pass too; parsing again gives them their type.
  return { preferences: parsePreferences(preferences) ?? {}, ignored };
}
