/**
 * Every dialog of the reader, by name. Each loads the first time it opens (see `lazyDialog`); the dialog host
 * (`shared/dialogs/DialogHost.tsx`) mounts the open ones, and any component opens one with `useDialogs()`.
 */
import { lazyDialog } from './shared/dialogs/lazy-dialog';

export const DIALOGS = {
  preferences: lazyDialog(() => import('./preferences/PreferencesDialog').then((module) => module.PreferencesDialog)),
  shortcuts: lazyDialog(() => import('./shortcuts/ShortcutsDialog').then((module) => module.ShortcutsDialog)),
  // The report, and axe-core with it, load only when a report is asked for: none of it is in the main bundle.
  accessibilityReport: lazyDialog(
    () => import('./audit/AccessibilityReport').then((module) => module.AccessibilityReport),
    (t) => t('report.loadFailed'),
  ),
  // The auditor's guided checks, opened from the report.
  manualChecks: lazyDialog(() => import('./audit/ManualChecks').then((module) => module.ManualChecks)),
  // The reader's marks: the list, and what is written or chosen about one.
  marks: lazyDialog(() => import('./reading/marks/MarksPanel').then((module) => module.MarksPanel)),
  markEditor: lazyDialog(() => import('./reading/marks/MarkEditor').then((module) => module.MarkEditor)),
  externalLink: lazyDialog(() => import('./links/ExternalLinkDialog').then((module) => module.ExternalLinkDialog)),
  kioskAdminExit: lazyDialog(() => import('./kiosk/AdminExitDialog').then((module) => module.AdminExitDialog)),
};

export type DialogName = keyof typeof DIALOGS;
