/**
 * The text of the two seed pages (tests/fixtures/seeds/about-us.{en,fr}.txt, scraped from ontariohealth.ca),
 * for tests that check the reader shows every sentence of them: unit tests compare with the loaded document,
 * end-to-end tests with the page's visible text. Compare `seedLines(lang)` with `normaliseText(whatTheReaderShows)`
 * by substring: normalising both sides makes the check indifferent to layout and French typography but not to
 * a single changed word.
 *
 * Dependency-free (node:fs only) so both Vitest and Playwright can import it.
 */
import { readFileSync } from 'node:fs';

export type SeedLanguage = 'en' | 'fr';

/**
 * Collapses all whitespace (including U+00A0 and U+202F) to one space, removes a space before `: ; ! ?`,
 * turns typographic apostrophes into `'` and trims. "Notre vision\u00a0: Ensemble" → "Notre vision: Ensemble".
 */
export function normaliseText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ (?=[:;!?])/g, '')
    .replace(/[’‘]/g, "'")
    .trim();
}

const UPDATED_LINE = /^(?:Last Updated|Dernière mise à jour)\s*:/i;

/** The seed's non-empty lines, scraping artefacts removed: a lone "-", leading "- " / "• " bullets. */
function rawLines(lang: SeedLanguage): string[] {
  const text = readFileSync(new URL(`../fixtures/seeds/about-us.${lang}.txt`, import.meta.url), 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => normaliseText(line.replace(/^\s*[-•](?:\s+|$)/, '')))
    .filter((line) => line !== '');
}

/** The seed page's title (its first line), normalised. */
export function seedTitle(lang: SeedLanguage): string {
  const [title] = rawLines(lang);
  if (title === undefined) throw new Error(`the ${lang} seed is empty`);
  return title;
}

/** The seed's "Last Updated: …" / "Dernière mise à jour: …" line, normalised. */
export function seedUpdatedLine(lang: SeedLanguage): string {
  const line = rawLines(lang).find((candidate) => UPDATED_LINE.test(candidate));
  if (line === undefined) throw new Error(`the ${lang} seed has no last-updated line`);
  return line;
}

/** Every text line of the seed except its title and last-updated line, each normalised. */
export function seedLines(lang: SeedLanguage): string[] {
  return rawLines(lang)
    .slice(1)
    .filter((line) => !UPDATED_LINE.test(line));
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
};

/** The last-updated date of the seed as ISO 8601 (YYYY-MM-DD), read from "June 18, 2025" or "28 mars 2023". */
export function seedUpdatedDate(lang: SeedLanguage): string {
  const date = seedUpdatedLine(lang).replace(UPDATED_LINE, '').trim();
  const match = /^(?:(\p{L}+) (\d{1,2}),|(\d{1,2}) (\p{L}+)) (\d{4})$/u.exec(date);
  const month = MONTHS[(match?.[1] ?? match?.[4] ?? '').toLowerCase()];
  const day = match?.[2] ?? match?.[3];
  if (!match || month === undefined || day === undefined) throw new Error(`cannot read the date "${date}"`);
  return `${match[5]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
