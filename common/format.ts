import { isLanguage, type Language } from './languages';

/**
 * How both processes write numbers and dates: one locale per reader language (Canadian English and French), one
 * formatter per kind of value.
 */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-CA', fr: 'fr-CA' };

/**
 * One formatter per language and kind, made when first asked for and kept: a language switch re-renders every
 * date and percentage on the page. Making one takes about a millisecond, except the page's first number or date
 * formatter, which sets up what they all share (see `prepareFirstScreenFormats`).
 */
function perLanguage<F>(make: (locale: string) => F): (language: Language) => F {
  const made = new Map<Language, F>();
  return (language) => {
    let formatter = made.get(language);
    if (formatter === undefined) made.set(language, (formatter = make(LOCALES[language])));
    return formatter;
  };
}

const longDates = perLanguage((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const percents = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'percent' }));
const decimals = perLanguage((locale) => new Intl.NumberFormat(locale));
const dateTimes = perLanguage((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }));

/**
 * Makes the formatters the reader's first screen uses: its document's date and its text size. The first `Intl`
 * number or date formatter a page makes costs 35–45 ms on a two-core machine (measured in Chromium; the next ones
 * about 1 ms), so the page makes them while the reader's script is still on its way rather than in the reader's
 * first render, which the reader's first click waits for.
 */
export function prepareFirstScreenFormats(pageLanguage: string): void {
  const language = isLanguage(pageLanguage) ? pageLanguage : 'en';
  longDates(language);
  percents(language);
}

/** Formats an ISO date (YYYY-MM-DD) the way the language writes it: "June 18, 2025", « 18 juin 2025 ». */
export function formatLongDate(isoDate: string, language: Language): string {
  // Parsed and formatted in UTC so the calendar date never shifts with the reader's time zone.
  return longDates(language).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "150%" in English, « 150 % » in French (Intl puts in the no-break space French typography asks for). */
export function formatPercent(value: number, language: Language): string {
  return percents(language).format(value / 100);
}

/** A number as the language writes it: "1.5", « 1,5 ». */
export function formatDecimal(value: number, language: Language): string {
  return decimals(language).format(value);
}

/** A moment as the language writes it, date and time: "June 18, 2025, 2:05:09 p.m.", « 18 juin 2025, 14 h 05 min 09 s ». */
export function formatDateTime(moment: Date, language: Language): string {
  return dateTimes(language).format(moment);
}
