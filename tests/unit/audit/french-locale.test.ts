import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locale } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { frenchLocale } from '../../../renderer/src/audit/run-axe';

const require = createRequire(import.meta.url);
const french = JSON.parse(readFileSync(require.resolve('axe-core/locales/fr.json'), 'utf8')) as Locale;

describe('axe-core’s French locale, made usable under the CSP', () => {
  it('keeps no doT template, which axe would compile with new Function', () => {
    const locale = frenchLocale(french);
    expect(JSON.stringify(locale)).not.toMatch(/{{[~=]/);
  });

  it('writes the same "fix any / all of" summaries as the templates did', () => {
    const summaries = frenchLocale(french) as Locale & {
      failureSummaries: Record<string, { failureMessage: (checks: string[]) => string }>;
    };
    expect(summaries.failureSummaries.any?.failureMessage(['Le texte a un contraste insuffisant', 'a\nb'])).toBe(
      'Corriger l’un des éléments suivants\u00a0: \n  Le texte a un contraste insuffisant\n  a\n  b',
    );
    expect(summaries.failureSummaries.none?.failureMessage(['x'])).toBe(
      'Corriger tous les éléments suivants\u00a0: \n  x',
    );
  });
});
