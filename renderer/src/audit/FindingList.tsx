import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../common/audit/types';
import { criterion, criterionUrl } from '../../../common/audit/wcag22';
import { usePreferences } from '../preferences/PreferencesProvider';

/** One rule's result: what it asks, its WCAG criteria and ACT rules, and each element with a way to go to it. */
function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo: (target: string) => void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const id = useId();
  return (
    <li className="audit-finding">
      <h4>
        <code>{finding.id}</code> {finding.help}
      </h4>
      <dl>
        <div>
          <dt>{t('audit.finding.impact')}</dt>
          <dd>{t(`audit.impact.${finding.impact ?? 'none'}`)}</dd>
        </div>
        <div>
          <dt>{t('audit.finding.criteria')}</dt>
          <dd>
            {finding.criteria.length === 0
              ? t('audit.finding.bestPractice')
              : finding.criteria.map((sc, index) => (
                  <span key={sc}>
                    {index > 0 && ', '}
                    <a href={criterionUrl(sc)}>{`${sc} ${criterion(sc)?.title[language] ?? ''}`}</a>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('audit.finding.act')}</dt>
          <dd>
            {finding.actIds.length === 0
              ? t('audit.finding.actNone')
              : finding.actIds.map((act, index) => (
                  <span key={act}>
                    {index > 0 && ', '}
                    <a href={`https://act-rules.github.io/rules/${act}`}>{act}</a>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      {finding.helpUrl && (
        <p>
          <a href={finding.helpUrl}>{t('audit.finding.learnMore', { rule: finding.id })}</a>
        </p>
      )}
      {finding.nodes.length > 0 && (
        <>
          <h5>{t('audit.finding.elements')}</h5>
          <ol className="audit-elements">
            {finding.nodes.map((node, index) => (
              <li key={`${node.target ?? ''}${String(index)}`}>
                {node.target && <code id={`${id}-${String(index)}`}>{node.target}</code>}
                {node.needsReview && <p>{t('audit.review.heading')}</p>}
                {node.summary && <p className="audit-summary">{node.summary}</p>}
                {node.target && (
                  <button
                    type="button"
                    aria-describedby={`${id}-${String(index)}`}
                    onClick={() => onGoTo(node.target ?? '')}
                  >
                    {t('audit.finding.goTo')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
}

export function FindingList({ findings, onGoTo }: { findings: Finding[]; onGoTo: (target: string) => void }) {
  return (
    <ol className="audit-findings">
      {findings.map((finding) => (
        <FindingItem key={finding.id} finding={finding} onGoTo={onGoTo} />
      ))}
    </ol>
  );
}
