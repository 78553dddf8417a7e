/**
 * The conformance report as a self-contained HTML page in English or French, laid out as the VPAT 2.5
 * International Edition: product information, evaluation methods, scope, terms, then one table per chapter of
 * WCAG 2.2, Revised Section 508 and EN 301 549, each row with its level and remarks. Pure string building, so
 * `npm run acr` and the app's auditor mode write the same page.
 */
import { otherLanguage, type Language } from '../languages';
import { auditorNames, levelCounts, rowRemarks, type Acr, type AcrChapter } from './acr';
import { LOCALES } from '../format';
import { ACR_STRINGS, fill, formatDate } from './acr-strings';
import { codes, definition, escapeHtml, list, scrollingTable as table } from './html';
import { CONFORMANCE_LEVELS } from './conformance';
import { ACR_STYLES, REPORT_STYLES } from './report-styles';
import { STANDARDS, type Standard } from './standards';
import { criterionUrl } from './wcag22';

export interface AcrHtmlOptions {
  /** The same report in the other language. */
  otherLanguageHref?: string;
  /** The evidence written beside the page, by file name. */
  files?: { results?: string; earl?: string; openAcr?: string; audit?: string };
}

export function renderAcrHtml(acr: Acr, language: Language, options: AcrHtmlOptions = {}): string {
  const s = ACR_STRINGS[language];
  const r = s.report;
  const percent = (value: number) => new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(value / 100);
  const section = (id: string, heading: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${body}</section>`;

  const product = () => {
    const contact = acr.author.email
      ? `${escapeHtml(acr.author.name)} (<a href="mailto:${escapeHtml(acr.author.email)}">${escapeHtml(acr.author.email)}</a>)`
      : escapeHtml(acr.author.name);
    return section(
      'product',
      r.productHeading,
      `<dl>${definition(r.name, escapeHtml(`${acr.product.name} ${acr.product.version}`))}${definition(r.reportDate, escapeHtml(formatDate(acr.date, language)))}
      ${definition(r.description, escapeHtml(r.productDescription))}${definition(r.contact, contact)}${definition(r.notes, escapeHtml(r.notesText))}</dl>`,
    );
  };

  const methods = () => {
    const audit = acr.audit;
    const lines = [
      ...(audit
        ? [
            escapeHtml(
              fill(r.methodsAutomated, {
                engine: `${audit.engine.name} ${audit.engine.version}`,
                tags: audit.engine.tags.join(' '),
                cases: audit.cases.length,
              }),
            ),
          ]
        : []),
      escapeHtml(
        acr.records.length > 0
          ? fill(r.methodsManual, { count: acr.records.length, auditors: auditorNames(acr.records).join(', ') })
          : r.methodsNone,
      ),
    ];
    const technologies = [
      ...new Set(
        acr.records
          .flatMap((record) => [record.assistiveTechnology, record.platform])
          .filter((value) => value.trim() !== ''),
      ),
    ];
    return section(
      'methods',
      r.methodsHeading,
      `${list(lines)}${technologies.length > 0 ? `<h3>${escapeHtml(r.technologies)}</h3>${list(technologies.map(escapeHtml))}` : ''}`,
    );
  };

  const scope = () => {
    const audit = acr.audit;
    if (!audit) return '';
    const date = (iso: string) =>
      new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
    return section(
      'scope',
      r.scopeHeading,
      `<dl>${definition(r.documents, codes(audit.scope.documents))}${definition(r.languages, codes(audit.scope.languages))}
      ${definition(r.themes, codes(audit.scope.themes))}${definition(r.textSizes, escapeHtml(audit.scope.textSizes.map(percent).join(', ')))}
      ${definition(r.modes, codes(audit.scope.modes))}${definition(r.forcedColors, escapeHtml(audit.scope.forcedColors ? r.yes : r.no))}
      ${definition(r.engine, escapeHtml(`${audit.engine.name} ${audit.engine.version}`))}${definition(r.userAgent, escapeHtml(audit.userAgent))}
      ${definition(r.auditedOn, escapeHtml(`${date(audit.startedAt)} – ${date(audit.finishedAt)}`))}</dl>`,
    );
  };

  const standards = () =>
    section('standards', r.standardsHeading, list(STANDARDS.map((standard) => escapeHtml(r.standards[standard]))));

  const terms = () =>
    section(
      'terms',
      r.termsHeading,
      `<dl>${CONFORMANCE_LEVELS.map((level) => definition(s.levels[level], escapeHtml(r.terms[level]))).join('')}</dl>`,
    );

  const summary = () => {
    const counts = levelCounts(acr);
    const rows = CONFORMANCE_LEVELS.map(
      (level) => `<tr><th scope="row">${escapeHtml(s.levels[level])}</th><td>${counts[level]}</td></tr>`,
    ).join('');
    return section('summary', r.summaryHeading, table('summary-table', r.summaryCaption, [r.level, r.criteria], rows));
  };

  const chapterTable = ({ chapter, rows }: AcrChapter) => {
    const id = chapter.id.replace(/_/g, '-');
    const body = rows
      .map((row) => {
        const name = `${row.criterion.id} ${row.criterion.handle[language]}${row.criterion.level ? ` (${row.criterion.level})` : ''}`;
        const header =
          chapter.standard === 'wcag'
            ? `<a href="${criterionUrl(row.criterion.id)}">${escapeHtml(name)}</a>`
            : escapeHtml(name);
        const remarks = rowRemarks(row, language);
        return `<tr class="level-${row.level}"><th scope="row">${header}</th><td class="level">${escapeHtml(s.levels[row.level])}</td>
          <td>${remarks.length > 1 ? `<ul class="remarks">${remarks.map((remark) => `<li>${escapeHtml(remark)}</li>`).join('')}</ul>` : escapeHtml(remarks[0] ?? '')}</td></tr>`;
      })
      .join('');
    const note = chapter.id === 'success_criteria_level_aaa' ? r.aaaNote : chapter.note?.[language];
    // The table's scrolling region is named by its caption, so the chapter around it is not a region too.
    return `<div class="chapter"><h3 id="${id}">${escapeHtml(chapter.title[language])}</h3>${note ? `<p>${escapeHtml(note)}</p>` : ''}
      ${table(id, chapter.title[language], [r.criterion, r.level, r.remarks], body)}</div>`;
  };

  const standardReport = (standard: Standard) =>
    section(
      `report-${standard}`,
      r.reports[standard],
      acr.chapters
        .filter(({ chapter }) => chapter.standard === standard)
        .map(chapterTable)
        .join(''),
    );

  const evidence = () => {
    const files = options.files ?? {};
    const links = [
      files.results ? `<a href="${escapeHtml(files.results)}">${escapeHtml(r.evidenceResults)}</a>` : '',
      files.earl ? `<a href="${escapeHtml(files.earl)}">${escapeHtml(r.evidenceEarl)}</a>` : '',
      files.openAcr ? `<a href="${escapeHtml(files.openAcr)}">${escapeHtml(r.evidenceOpenAcr)}</a>` : '',
      files.audit ? `<a href="${escapeHtml(files.audit)}">${escapeHtml(r.evidenceAudit)}</a>` : '',
    ].filter((link) => link !== '');
    return links.length > 0 ? section('evidence', r.evidenceHeading, list(links)) : '';
  };

  const other = otherLanguage(language);
  // Offered in the other language, in that language's words (the Canadian convention).
  const languageLink = options.otherLanguageHref
    ? `<header><nav aria-label="${escapeHtml(r.languages)}"><a href="${escapeHtml(options.otherLanguageHref)}" hreflang="${other}" lang="${other}">${escapeHtml(ACR_STRINGS[other].report.readIn)}</a></nav></header>`
    : '';

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)}</title>
<style>${REPORT_STYLES}${ACR_STYLES}</style>
</head>
<body>
${languageLink}
<main>
<h1>${escapeHtml(r.title)}</h1>
<p>${escapeHtml(r.edition)}</p>
${product()}
${methods()}
${scope()}
${standards()}
${terms()}
${summary()}
${STANDARDS.map(standardReport).join('\n')}
${evidence()}
${section('disclaimer', r.disclaimerHeading, `<p>${escapeHtml(r.disclaimer)}</p>`)}
</main>
</body>
</html>
`;
}
