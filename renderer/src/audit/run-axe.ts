/**
 * Runs axe-core on the page as it is. axe-core and its French texts are imported only here, on demand, so
 * they stay out of the main bundle and cost nothing until a report is asked for.
 */
import type { AxeResults, Locale, RuleMetadata } from 'axe-core';
import { AXE_TAGS, RULES_OFF_UNDER_FORCED_COLORS } from '../../../common/audit/axe-tags';
import type { Language } from '../../../common/languages';

export interface AxeRun {
  results: AxeResults;
  rules: RuleMetadata[];
}

type FailureMessage = (checks: string[]) => string;

/**
 * axe-core's French locale, made usable under the reader's Content-Security-Policy: its two "fix any / all
 * of" summaries are doT templates, which axe compiles with `new Function`, refused without 'unsafe-eval'.
 * The same text is produced here by plain functions.
 */
export function frenchLocale(
  locale: Locale & { failureSummaries?: Record<string, { failureMessage: string }> },
): Locale {
  const summary =
    (lead: string): FailureMessage =>
    (checks) =>
      `${lead}${checks.map((check) => `\n  ${check.split('\n').join('\n  ')}`).join('')}`;
  const leadOf = (kind: string) => locale.failureSummaries?.[kind]?.failureMessage.split('{{')[0] ?? '';
  return {
    ...locale,
    failureSummaries: {
      any: { failureMessage: summary(leadOf('any')) },
      none: { failureMessage: summary(leadOf('none')) },
    },
  } as Locale;
}

// axe refuses to run twice at once; React's development double effects would otherwise try.
let queue: Promise<unknown> = Promise.resolve();

/** Runs axe-core with the audit's tags, in the reader's language, on everything but `exclude`. */
export function runAxe(language: Language, exclude: string, forcedColors: boolean): Promise<AxeRun> {
  const run = queue.then(async (): Promise<AxeRun> => {
    const { default: axe } = await import('axe-core');
    axe.reset();
    if (language === 'fr') {
      const { default: french } = await import('axe-core/locales/fr.json');
      axe.configure({ locale: frenchLocale(french as unknown as Locale) });
    }
    const off = forcedColors ? RULES_OFF_UNDER_FORCED_COLORS : [];
    const rules = Object.fromEntries(off.map((rule) => [rule, { enabled: false }]));
    const results = await axe.run({ exclude: [exclude] }, { runOnly: { type: 'tag', values: AXE_TAGS }, rules });
    return { results, rules: axe.getRules(AXE_TAGS) };
  });
  queue = run.catch(() => undefined);
  return run;
}
