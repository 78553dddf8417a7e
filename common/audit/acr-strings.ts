/**
 * The strings of the manual checks and of the conformance report, in both languages, and the few helpers that
 * fill them. They live beside the audit code because the report is also written outside the app
 * (`npm run acr`); the app's auditor mode reads the same files.
 */
import type { Language } from '../languages';
import { LOCALES } from '../format';
import en from '../locales/en/conformance.json';
import fr from '../locales/fr/conformance.json';
import { manualCheck, wcagCriterionOf } from './manual-checks';
import { criterion } from './wcag22';

export type AcrStrings = typeof en;
export const ACR_STRINGS: Record<Language, AcrStrings> = { en, fr };

export interface CheckTexts {
  title?: string;
  steps: string;
  expect: string;
  where: string;
}

export function checkTexts(id: string, language: Language): CheckTexts | undefined {
  return (ACR_STRINGS[language].checks as Partial<Record<string, CheckTexts>>)[id];
}

/** A check's name for people: "1.4.3 Contrast (Minimum)" for WCAG checks, its own title for the others. */
export function checkTitle(id: string, language: Language): string {
  const check = manualCheck(id);
  const wcag = check ? wcagCriterionOf(check) : undefined;
  if (wcag) return `${wcag} ${criterion(wcag)?.title[language] ?? ''}`;
  return checkTexts(id, language)?.title ?? id;
}

/** Fills `{{name}}` placeholders, as i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name] ?? ''));
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));
}
