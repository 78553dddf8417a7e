import * as v from 'valibot';
import { parsePreferences, PreferencesSchema, type Preferences } from './preferences';

function isPreferenceName<T extends object>(name: string, entries: T): name is Extract<keyof T, string> {
  return Object.hasOwn(entries, name);
}

/** Preferences whose values are numbers in the schema; the address gives every value as text. */
const NUMERIC = new Set(['textSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing', 'speechRate']);
const BOOLEAN = new Set(['speechHighlight', 'focusMode']);

function addressValue(name: string, raw: string): unknown {
  if (NUMERIC.has(name) && raw.trim() !== '') return Number(raw);
  if (BOOLEAN.has(name) && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
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
  for (const [name, raw] of new URLSearchParams(search)) {
    if (!isPreferenceName(name, entries)) continue;
    const result = v.safeParse(entries[name], addressValue(name, raw));
    if (result.success && result.output !== undefined) preferences[name] = result.output;
    else ignored.push(`Ignored ?${name}=${raw}: not one of the accepted values`);
  }
  // Each value passed on its own, so together they pass too; parsing again gives them their type.
  return { preferences: parsePreferences(preferences) ?? {}, ignored };
}
