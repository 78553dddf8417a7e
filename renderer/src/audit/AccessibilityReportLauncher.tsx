import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../components/Announcer';

interface ReportProps {
  documentId: string;
  onClose: () => void;
}

/** Says the report could not be loaded, and gives up. */
function LoadFailed({ onClose }: ReportProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  useEffect(() => {
    announce(t('report.loadFailed'));
    onClose();
  }, [announce, onClose, t]);
  return null;
}

// The report, and axe-core with it, load only when a report is asked for: none of it is in the main bundle.
const AccessibilityReport = lazy<ComponentType<ReportProps>>(() =>
  import('./AccessibilityReport').catch(() => ({ default: LoadFailed })),
);

/** The accessibility report while it is asked for (`open`), loaded on demand. */
export function AccessibilityReportLauncher({ open, ...props }: ReportProps & { open: boolean }) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <AccessibilityReport {...props} />
    </Suspense>
  );
}
