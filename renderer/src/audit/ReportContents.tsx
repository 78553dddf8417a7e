import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countByImpact, IMPACTS, type AuditReport, type Outcome } from '../../../common/audit/types';
import { formatDateTime, formatPercent } from '../../../common/format';
import { usePreferences } from '../preferences/PreferencesProvider';
import { FindingList } from './FindingList';

function Definition({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The report on one view: summary, the state audited, problems, items to review. */
export function ReportContents({ report, onGoTo }: { report: AuditReport; onGoTo: (target: string) => void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [auditCase] = report.cases;
  if (!auditCase) return null;
  const { findings, state } = auditCase;
  const having = (outcome: Outcome) => findings.filter((finding) => finding.outcome === outcome);
  const problems = having('failed');
  const review = having('cantTell');
  const impacts = countByImpact(findings);
  const date = formatDateTime(new Date(auditCase.date), language);

  return (
    <>
      <section aria-labelledby="audit-summary">
        <h3 id="audit-summary">{t('audit.summary.heading')}</h3>
        <dl className="audit-counts">
          <Definition term={t('audit.summary.violations')}>{problems.length}</Definition>
          <Definition term={t('audit.summary.review')}>{review.length}</Definition>
          <Definition term={t('audit.summary.passes')}>{having('passed').length}</Definition>
          <Definition term={t('audit.summary.inapplicable')}>{having('inapplicable').length}</Definition>
        </dl>
        <h4>{t('audit.summary.byImpact')}</h4>
        <dl className="audit-counts">
          {IMPACTS.map((impact) => (
            <Definition key={impact} term={t(`audit.impact.${impact}`)}>
              {impacts[impact]}
            </Definition>
          ))}
        </dl>
      </section>
      <section aria-labelledby="audit-state">
        <h3 id="audit-state">{t('audit.state.heading')}</h3>
        <dl>
          <Definition term={t('audit.state.page')}>{auditCase.title}</Definition>
          <Definition term={t('audit.state.language')}>{t(`language.${state.language}`)}</Definition>
          <Definition term={t('audit.state.theme')}>
            {t(`preferences.theme.options.${state.theme as 'system'}`)}
          </Definition>
          <Definition term={t('audit.state.textSize')}>{formatPercent(state.textSize, language)}</Definition>
          <Definition term={t('audit.state.font')}>
            {t(`preferences.font.options.${state.font as 'system'}`)}
          </Definition>
          <Definition term={t('audit.state.mode')}>{t(`audit.state.modes.${state.mode}`)}</Definition>
          <Definition term={t('audit.state.forcedColors')}>
            {state.forcedColors ? t('audit.state.yes') : t('audit.state.no')}
          </Definition>
          <Definition term={t('audit.state.date')}>{date}</Definition>
          <Definition term={t('audit.state.engine')}>{`${report.engine.name} ${report.engine.version}`}</Definition>
          <Definition term={t('audit.state.tags')}>
            <code>{report.engine.tags.join(' ')}</code>
          </Definition>
        </dl>
        {state.forcedColors && <p>{t('audit.state.forcedColorsNote')}</p>}
      </section>
      <section aria-labelledby="audit-problems">
        <h3 id="audit-problems">{t('audit.violations.heading')}</h3>
        {problems.length === 0 ? (
          <p>{t('audit.violations.none')}</p>
        ) : (
          <FindingList findings={problems} onGoTo={onGoTo} />
        )}
      </section>
      <section aria-labelledby="audit-review">
        <h3 id="audit-review">{t('audit.review.heading')}</h3>
        {review.length === 0 ? (
          <p>{t('audit.review.none')}</p>
        ) : (
          <>
            <p>{t('audit.review.intro')}</p>
            <FindingList findings={review} onGoTo={onGoTo} />
          </>
        )}
      </section>
    </>
  );
}
