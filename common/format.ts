import type { Language } from './languages';

/**
 * How both processes write numbers and dates: one locale per reader language (Canadian English and French), one
 * formatter per kind of value.
 */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-CA', fr: 'fr-CA' };

/** Formats an ISO date (YYYY-MM-DD) the way the language writes it: "June 18, 2025", « 18 juin 2025 ». */
export function formatLongDate(isoDate: string, language: Language): string {
  // Parsed and formatted in UTC so the calendar date never shifts with the reader's time zone.
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "150%" in English, « 150 % » in French (Intl puts in the no-break space French typography asks for). */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(value / 100);
}

/** A number as the language writes it: "1.5", « 1,5 ». */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A moment as the language writes it, date and time: "June 18, 2025, 2:05:09 p.m.", « 18 juin 2025, 14 h 05 min 09 s ». */
export function formatDateTime(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'medium' }).format(moment);
}
