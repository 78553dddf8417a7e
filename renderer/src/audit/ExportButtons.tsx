import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AxeResults } from 'axe-core';
import { toEarl } from '../../../common/audit/earl';
import type { AuditReport } from '../../../common/audit/types';
import { resources } from '../i18n';
import { usePreferences } from '../preferences/PreferencesProvider';
import { downloadText } from './download';
import { renderHtmlReport } from './html-report';

interface Export {
  label: string;
  fileName: string;
  type: string;
  text: () => string;
}

/** The three exports auditors keep as evidence: axe's raw JSON, a report for people, EARL for tools. */
export function ExportButtons({
  report,
  raw,
  onStarted,
}: {
  report: AuditReport;
  raw: AxeResults;
  onStarted: (file: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const container = useRef<HTMLDivElement>(null);
  const stamp = report.startedAt.slice(0, 19).replace(/:/g, '-');

  const exports: Export[] = [
    {
      label: t('audit.export.json'),
      fileName: `lisible-axe-${stamp}.json`,
      type: 'application/json',
      text: () => JSON.stringify(raw, null, 2),
    },
    {
      label: t('audit.export.html'),
      fileName: `lisible-accessibility-report-${language}-${stamp}.html`,
      type: 'text/html',
      text: () => renderHtmlReport(report, { language, strings: resources[language].translation.audit }),
    },
    {
      label: t('audit.export.earl'),
      fileName: `lisible-earl-${stamp}.jsonld`,
      type: 'application/ld+json',
      text: () => JSON.stringify(toEarl(report), null, 2),
    },
  ];

  const save = (item: Export) => {
    // Inside the dialog: the rest of the page is inert while it is open.
    downloadText(item.fileName, item.text(), item.type, container.current ?? undefined);
    onStarted(item.fileName);
  };

  return (
    <section aria-labelledby="audit-export">
      <h3 id="audit-export">{t('audit.export.heading')}</h3>
      <div className="audit-export" ref={container}>
        {exports.map((item) => (
          <button key={item.label} type="button" onClick={() => save(item)}>
            {item.label}
          </button>
        ))}
      </div>
    </section>
  );
}
