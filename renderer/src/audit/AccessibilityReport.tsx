/**
 * The in-app accessibility report. axe-core runs first, with no dialog open: an open modal dialog makes the
 * rest of the page inert, and axe then skips it. The results are shown once the run is over.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditedState, AuditReport, Outcome } from '../../../common/audit/types';
import { useAnnounce } from '../shared/Announcer';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';
import { usePreferences } from '../preferences/PreferencesProvider';
import { ExportButtons } from './ExportButtons';
import { ReportContents } from './ReportContents';
import { findElement, revealElement } from './reveal-element';
import { runAxe, type AxeRun } from './run-axe';
import { viewReport } from './view-report';
import './accessibility-report.css';

/** Everything of the report's own: left out of what axe checks. */
const REPORT_CLASS = 'accessibility-report';

type Phase =
  { name: 'running' } | { name: 'shown'; run: AxeRun; report: AuditReport } | { name: 'failed'; message: string };

function useAuditedState(): () => AuditedState {
  const { reading, language } = usePreferences();
  return useCallback(() => {
    const root = document.documentElement;
    return {
      language,
      theme: reading.theme,
      ...(root.dataset.palette ? { palette: root.dataset.palette } : {}),
      textSize: reading.textSize,
      font: reading.font,
      mode: root.dataset.kiosk === 'true' ? 'kiosk' : 'normal',
      forcedColors: matchMedia('(forced-colors: active)').matches,
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, [language, reading]);
}

export function AccessibilityReport({ documentId, onClose }: DialogProps & { documentId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const auditedState = useAuditedState();
  const [phase, setPhase] = useState<Phase>({ name: 'running' });
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  // What to do once the dialog has closed and focus is back where it was.
  const afterClose = useRef<(() => void) | undefined>(undefined);

  const run = useCallback(() => {
    setPhase({ name: 'running' });
    setMessage('');
    announce(t('audit.running'));
    const state = auditedState();
    runAxe(state.language, `.${REPORT_CLASS}`, state.forcedColors).then(
      (result) => {
        const report = viewReport(result, state, documentId || 'reader');
        setPhase({ name: 'shown', run: result, report });
        const [findings = []] = report.cases.map((auditCase) => auditCase.findings);
        const count = (outcome: Outcome) => findings.filter((finding) => finding.outcome === outcome).length;
        setMessage(t('audit.done', { violations: count('failed'), review: count('cantTell') }));
        setOpen(true);
      },
      (error: unknown) => {
        setPhase({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
        setOpen(true);
      },
    );
  }, [announce, auditedState, documentId, t]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);

  const closeThen = (next: () => void) => {
    afterClose.current = next;
    setOpen(false);
  };

  const closed = () => {
    const next = afterClose.current;
    afterClose.current = undefined;
    if (next) next();
    else onClose();
  };

  const goTo = (target: string) => {
    const element = findElement(target);
    if (!element) {
      setMessage(t('audit.finding.notFound'));
      return;
    }
    closeThen(() => {
      revealElement(element);
      onClose();
    });
  };

  return (
    <div className={REPORT_CLASS}>
      {phase.name === 'running' && (
        <p className="audit-running" aria-hidden="true">
          {t('audit.running')}
        </p>
      )}
      <Dialog open={open} onClose={closed} title={t('audit.title')} className="audit-dialog">
        <p>{t('audit.intro')}</p>
        <p role="status" className="audit-status">
          {phase.name === 'failed' ? t('audit.error', { message: phase.message }) : message}
        </p>
        {phase.name === 'shown' && (
          <>
            <ReportContents report={phase.report} onGoTo={goTo} />
            <ExportButtons
              report={phase.report}
              raw={phase.run.results}
              onStarted={(file) => setMessage(t('audit.export.started', { file }))}
            />
          </>
        )}
        <p>
          <button type="button" onClick={() => closeThen(run)}>
            {t('audit.runAgain')}
          </button>
        </p>
      </Dialog>
    </div>
  );
}
