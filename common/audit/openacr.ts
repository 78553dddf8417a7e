/**
 * The report as OpenACR (GSA's machine-readable ACR, YAML), against the catalogue
 * `2.5-edition-wcag-2.2-508-eu-en`: chapter ids, criterion numbers and the conformance terms' ids are that
 * catalogue's. WCAG rows are reported for the "software" component (the desktop app and its web build share one
 * renderer); the other chapters have no components, which OpenACR writes as "none".
 */
import { stringify } from 'yaml';
import type { Language } from '../languages';
import { auditorNames, rowRemarks, type Acr } from './acr';
import { ACR_STRINGS, fill } from './acr-strings';

export const OPENACR_CATALOG = '2.5-edition-wcag-2.2-508-eu-en';

interface OpenAcrCriterion {
  num: string;
  components: { name: string; adherence: { level: string; notes: string } }[];
}

export function toOpenAcr(acr: Acr, language: Language): Record<string, unknown> {
  const s = ACR_STRINGS[language];
  const methods = [
    acr.audit
      ? fill(s.report.methodsAutomated, {
          engine: `${acr.audit.engine.name} ${acr.audit.engine.version}`,
          tags: acr.audit.engine.tags.join(' '),
          cases: acr.audit.cases.length,
        })
      : undefined,
    acr.records.length > 0
      ? fill(s.report.methodsManual, { count: acr.records.length, auditors: auditorNames(acr.records).join(', ') })
      : s.report.methodsNone,
  ].filter((line): line is string => line !== undefined);
  const chapters = Object.fromEntries(
    acr.chapters.map(({ chapter, rows }) => [
      chapter.id,
      {
        ...(chapter.note ? { notes: chapter.note[language] } : {}),
        criteria: rows.map((row): OpenAcrCriterion => ({
          num: row.criterion.id,
          components: [
            {
              name: chapter.standard === 'wcag' ? 'software' : 'none',
              adherence: { level: row.level, notes: rowRemarks(row, language).join('\n') },
            },
          ],
        })),
      },
    ]),
  );
  return {
    title: s.report.title,
    product: { name: acr.product.name, version: acr.product.version, description: s.report.productDescription },
    author: { name: acr.author.name, email: acr.author.email },
    report_date: acr.date.slice(0, 10),
    last_modified_date: acr.date.slice(0, 10),
    version: 1,
    notes: s.report.notesText,
    evaluation_methods_used: methods.join('\n'),
    legal_disclaimer: s.report.disclaimer,
    catalog: OPENACR_CATALOG,
    chapters,
  };
}

export function openAcrYaml(acr: Acr, language: Language): string {
  return stringify(toOpenAcr(acr, language), { lineWidth: 0 });
}
