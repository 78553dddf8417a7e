/**
 * The audit as a self-contained HTML page for people, in English or French: the same page whether the app
 * exports the view on screen or `npm run audit` writes the whole matrix. Pure string building, so it runs in
 * the page and in Node alike.
 */
import { compareCriteria, criterion, criterionUrl } from '../../../common/audit/wcag22';
import { statusCounts, wcagMatrix, MATRIX_STATUSES, type MatrixRow } from '../../../common/audit/matrix';
import {
  IMPACTS,
  type AuditCase,
  type AuditReport,
  type Finding,
  type FindingNode,
  type Impact,
  type Outcome,
} from '../../../common/audit/types';
import type { Language } from '../../../common/languages';
import type enAudit from '../../../common/locales/en/audit.json';
import { REPORT_STYLES } from './report-styles';

export type AuditStrings = typeof enAudit;

export interface HtmlReportOptions {
  language: Language;
  strings: AuditStrings;
  /** A rule's help in the report's language (axe-core's own French texts for French). */
  ruleHelp?: (finding: Finding) => string | undefined;
  /** The same report in the other language, and that language's strings to offer it in. */
  otherLanguage?: { href: string; strings: AuditStrings };
  /** The machine-readable files written beside the page. */
  files?: { results: string; earl: string; matrix: string };
}

const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };
const OUTCOME_RANK: Record<Outcome, number> = { failed: 0, cantTell: 1, passed: 2, inapplicable: 3 };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Fills `{{name}}` placeholders, as i18next does, escaping the values. */
function fill(template: string, values: Record<string, string | number>): string {
  return escapeHtml(template).replace(/{{(\w+)}}/g, (_, name: string) => escapeHtml(String(values[name] ?? '')));
}

interface ElementOccurrence {
  node: FindingNode;
  cases: string[];
}

interface RuleGroup {
  finding: Finding;
  elements: Map<string, ElementOccurrence>;
  cases: Set<string>;
}

/** Findings with one outcome, grouped by rule across page states, then by element. */
function groupByRule(cases: readonly AuditCase[], outcome: Outcome): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const auditCase of cases) {
    for (const finding of auditCase.findings.filter((candidate) => candidate.outcome === outcome)) {
      const group: RuleGroup = groups.get(finding.id) ?? { finding, elements: new Map(), cases: new Set() };
      group.cases.add(auditCase.id);
      for (const node of finding.nodes) {
        const key = node.target ?? node.summary ?? '';
        const occurrence: ElementOccurrence = group.elements.get(key) ?? { node, cases: [] };
        occurrence.cases.push(auditCase.id);
        group.elements.set(key, occurrence);
      }
      groups.set(finding.id, group);
    }
  }
  const severity = (group: RuleGroup) => IMPACTS.indexOf(group.finding.impact ?? 'minor');
  return [...groups.values()].sort((a, b) => severity(a) - severity(b) || a.finding.id.localeCompare(b.finding.id));
}

/** Each rule's worst outcome across all page states. */
function worstOutcomes(cases: readonly AuditCase[]): Map<string, Finding> {
  const worst = new Map<string, Finding>();
  for (const finding of cases.flatMap((auditCase) => auditCase.findings)) {
    const current = worst.get(finding.id);
    if (!current || OUTCOME_RANK[finding.outcome] < OUTCOME_RANK[current.outcome]) worst.set(finding.id, finding);
  }
  return worst;
}

export function renderHtmlReport(report: AuditReport, options: HtmlReportOptions): string {
  const { language, strings: s } = options;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  const percent = (value: number) => new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(value / 100);
  const help = (finding: Finding) =>
    finding.source === 'lisible'
      ? ((s.checks as Partial<Record<string, string>>)[finding.id] ?? finding.help)
      : (options.ruleHelp?.(finding) ?? finding.help);
  const total = report.cases.length;
  const rules = [...worstOutcomes(report.cases).values()];
  const failures = report.cases.reduce(
    (sum, auditCase) => sum + auditCase.findings.filter((finding) => finding.outcome === 'failed').length,
    0,
  );
  const matrix = wcagMatrix(report.cases);

  // French puts a no-break space before a colon.
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const codes = (values: readonly (string | number)[]) =>
    values.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(', ');
  const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const definition = (term: string, value: string) => `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>`;
  const criteriaLinks = (ids: readonly string[]) =>
    ids.length === 0
      ? escapeHtml(s.finding.bestPractice)
      : ids
          .map(
            (id) => `<a href="${criterionUrl(id)}">${escapeHtml(`${id} ${criterion(id)?.title[language] ?? ''}`)}</a>`,
          )
          .join(', ');
  const actLinks = (ids: readonly string[]) =>
    ids.length === 0
      ? escapeHtml(s.finding.actNone)
      : ids
          .map((id) => `<a href="https://act-rules.github.io/rules/${escapeHtml(id)}">${escapeHtml(id)}</a>`)
          .join(', ');
  const impactName = (impact: Impact | undefined) => escapeHtml(impact ? s.impact[impact] : s.impact.none);

  const summary = () => {
    const counts = Object.fromEntries(
      IMPACTS.map((impact) => [
        impact,
        rules.filter((rule) => rule.outcome === 'failed' && rule.impact === impact).length,
      ]),
    );
    const byOutcome = (outcome: Outcome) => rules.filter((rule) => rule.outcome === outcome).length;
    const statuses = statusCounts(matrix);
    return `<section aria-labelledby="summary"><h2 id="summary">${escapeHtml(s.summary.heading)}</h2>
      <p class="verdict">${failures === 0 ? escapeHtml(s.html.verdictPass) : fill(s.html.verdictFail, { count: failures })}</p>
      <dl class="counts">
        ${definition(s.summary.violations, String(byOutcome('failed')))}
        ${definition(s.summary.review, String(byOutcome('cantTell')))}
        ${definition(s.summary.passes, String(byOutcome('passed')))}
        ${definition(s.summary.inapplicable, String(byOutcome('inapplicable')))}
      </dl>
      <h3>${escapeHtml(s.summary.byImpact)}</h3>
      <dl class="counts">${IMPACTS.map((impact) => definition(s.impact[impact], String(counts[impact] ?? 0))).join('')}</dl>
      <h3>${escapeHtml(s.matrix.heading)}</h3>
      <dl class="counts">${MATRIX_STATUSES.map((status) => definition(s.matrix.statuses[status], String(statuses[status]))).join('')}</dl>
    </section>`;
  };

  const scope = () => {
    const checks = [
      ...new Set(
        report.cases.flatMap((auditCase) => auditCase.findings.filter((finding) => finding.source === 'lisible')),
      ),
    ];
    const checkIds = [...new Map(checks.map((finding) => [finding.id, finding])).values()];
    return `<section aria-labelledby="scope"><h2 id="scope">${escapeHtml(s.html.scope)}</h2><dl>
      ${definition(s.html.documents, codes(report.scope.documents))}
      ${definition(s.html.languages, codes(report.scope.languages))}
      ${definition(s.html.themes, codes(report.scope.themes))}
      ${definition(s.html.textSizes, escapeHtml(report.scope.textSizes.map(percent).join(', ')))}
      ${definition(s.html.modes, escapeHtml(report.scope.modes.map((mode) => s.state.modes[mode]).join(', ')))}
      ${definition(s.html.forcedColors, escapeHtml(report.scope.forcedColors ? s.state.yes : s.state.no))}
      ${definition(s.html.cases, String(total))}
      ${definition(s.state.engine, escapeHtml(`${report.engine.name} ${report.engine.version}`))}
      ${definition(s.state.tags, `<code>${escapeHtml(report.engine.tags.join(' '))}</code>`)}
      ${definition(s.html.userAgent, escapeHtml(report.userAgent))}
      ${checkIds.length > 0 ? definition(s.html.checks, list(checkIds.map((finding) => `<code>${escapeHtml(finding.id)}</code>${colon}${escapeHtml(help(finding))}`))) : ''}
    </dl>${report.scope.forcedColors ? `<p>${escapeHtml(s.state.forcedColorsNote)}</p>` : ''}</section>`;
  };

  const matrixTable = () => {
    const row = (entry: MatrixRow) => {
      const evidence = [...entry.failed, ...entry.review, ...entry.passed];
      return `<tr class="status-${entry.status}"><th scope="row"><a href="${criterionUrl(entry.criterion)}">${escapeHtml(entry.criterion)}</a> ${escapeHtml(criterion(entry.criterion)?.title[language] ?? '')}</th>
        <td>${entry.level}</td><td>${escapeHtml(s.matrix.statuses[entry.status])}</td>
        <td>${evidence.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ')}</td></tr>`;
    };
    return `<section aria-labelledby="matrix"><h2 id="matrix">${escapeHtml(s.matrix.heading)}</h2><p>${escapeHtml(s.matrix.intro)}</p>
      <div class="table" role="region" aria-labelledby="matrix-caption" tabindex="0"><table>
      <caption id="matrix-caption">${escapeHtml(s.matrix.caption)}</caption>
      <thead><tr><th scope="col">${escapeHtml(s.matrix.criterion)}</th><th scope="col">${escapeHtml(s.matrix.level)}</th><th scope="col">${escapeHtml(s.matrix.status)}</th><th scope="col">${escapeHtml(s.matrix.evidence)}</th></tr></thead>
      <tbody>${[...matrix]
        .sort((a, b) => compareCriteria(a.criterion, b.criterion))
        .map(row)
        .join('')}</tbody></table></div></section>`;
  };

  const ruleSection = (group: RuleGroup, headingId: string) => {
    const { finding } = group;
    const elements = [...group.elements.values()].map(({ node, cases }) => {
      const where =
        total > 1
          ? `<p>${fill(s.html.foundIn, { count: cases.length, total })} ${cases.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}</p>`
          : '';
      const review = node.needsReview ? `<p><strong>${escapeHtml(s.review.heading)}</strong></p>` : '';
      return `${node.target ? `<code>${escapeHtml(node.target)}</code>` : ''}${review}${node.html ? `<pre><code>${escapeHtml(node.html)}</code></pre>` : ''}${node.summary ? `<pre class="summary">${escapeHtml(node.summary)}</pre>` : ''}${where}`;
    });
    const learnMore = finding.helpUrl
      ? `<p><a href="${escapeHtml(finding.helpUrl)}">${fill(s.finding.learnMore, { rule: finding.id })}</a></p>`
      : '';
    return `<section aria-labelledby="${headingId}"><h3 id="${headingId}"><code>${escapeHtml(finding.id)}</code>${colon}${escapeHtml(help(finding))}</h3>
      <dl>${definition(s.finding.impact, impactName(finding.impact))}${definition(s.finding.criteria, criteriaLinks(finding.criteria))}${definition(s.finding.act, actLinks(finding.actIds))}</dl>
      ${learnMore}${total > 1 ? `<p>${fill(s.html.foundIn, { count: group.cases.size, total })}</p>` : ''}
      ${elements.length > 0 ? `<h4>${escapeHtml(s.finding.elements)}</h4>${list(elements)}` : ''}</section>`;
  };

  const findingsSection = (id: string, heading: string, intro: string | undefined, none: string, outcome: Outcome) => {
    const groups = groupByRule(report.cases, outcome);
    return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(heading)}</h2>${intro && groups.length > 0 ? `<p>${escapeHtml(intro)}</p>` : ''}
      ${groups.length === 0 ? `<p>${escapeHtml(none)}</p>` : groups.map((group, index) => ruleSection(group, `${id}-${index}`)).join('')}</section>`;
  };

  const states = () => {
    const count = (auditCase: AuditCase, outcome: Outcome) =>
      auditCase.findings.filter((finding) => finding.outcome === outcome).length;
    const rows = report.cases.map(
      (
        auditCase,
      ) => `<tr><th scope="row"><code>${escapeHtml(auditCase.id)}</code></th><td>${codes([auditCase.state.language])}</td><td>${codes([auditCase.state.theme])}</td>
        <td>${escapeHtml(percent(auditCase.state.textSize))}</td><td>${escapeHtml(s.state.modes[auditCase.state.mode])}</td>
        <td>${escapeHtml(auditCase.state.forcedColors ? s.state.yes : s.state.no)}</td>
        <td>${count(auditCase, 'failed')}</td><td>${count(auditCase, 'cantTell')}</td><td>${count(auditCase, 'passed')}</td>
        <td>${(auditCase.mismatches ?? []).map((mismatch) => fill(s.html.mismatch, { ...mismatch, property: s.state[mismatch.property] })).join('<br>')}</td></tr>`,
    );
    const header = [
      s.html.state,
      s.state.language,
      s.state.theme,
      s.state.textSize,
      s.state.mode,
      s.state.forcedColors,
      s.summary.violations,
      s.summary.review,
      s.summary.passes,
      s.html.mismatches,
    ];
    return `<section aria-labelledby="states"><h2 id="states">${escapeHtml(s.html.states)}</h2>
      <div class="table" role="region" aria-labelledby="states-caption" tabindex="0"><table><caption id="states-caption">${escapeHtml(s.html.statesCaption)}</caption>
      <thead><tr>${header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
  };

  const files = options.files
    ? `<section aria-labelledby="files"><h2 id="files">${escapeHtml(s.html.files)}</h2>${list([
        `<a href="${escapeHtml(options.files.results)}">${escapeHtml(s.html.resultsFile)}</a>`,
        `<a href="${escapeHtml(options.files.earl)}">${escapeHtml(s.html.earlFile)}</a>`,
        `<a href="${escapeHtml(options.files.matrix)}">${escapeHtml(s.html.matrixFile)}</a>`,
      ])}</section>`
    : '';
  const other = language === 'en' ? 'fr' : 'en';
  // Offered in the other language, in that language's words (the Canadian convention).
  const languageLink = options.otherLanguage
    ? `<header><nav aria-label="${escapeHtml(s.state.language)}"><a href="${escapeHtml(options.otherLanguage.href)}" hreflang="${other}" lang="${other}">${escapeHtml(options.otherLanguage.strings.html.readIn)}</a></nav></header>`
    : '';

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.html.title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
${languageLink}
<main>
<h1>${escapeHtml(s.html.title)}</h1>
<p>${fill(s.html.generated, { started: date(report.startedAt), finished: date(report.finishedAt), engine: `${report.engine.name} ${report.engine.version}` })}</p>
${summary()}
${scope()}
${findingsSection('violations', s.violations.heading, undefined, s.violations.none, 'failed')}
${findingsSection('review', s.review.heading, s.review.intro, s.review.none, 'cantTell')}
${matrixTable()}
${states()}
${files}
</main>
</body>
</html>
`;
}
