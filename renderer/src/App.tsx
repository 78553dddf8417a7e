import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Library } from '../../common/document';
import { otherLanguage, type Language } from '../../common/languages';
import { useAnnounce } from './shared/Announcer';
import { DocumentFooter } from './reading/DocumentFooter';
import { DocumentList } from './reading/DocumentList';
import { DocumentView } from './reading/DocumentView';
import { SiteHeader } from './header/SiteHeader';
import { MAIN_HEADING_ID, SkipLink } from './reading/SkipLink';
import { TableOfContents } from './reading/TableOfContents';
import { useHostEvents } from './shortcuts/useHostEvents';
import { useShortcuts } from './shortcuts/useShortcuts';
import { useKiosk } from './kiosk/KioskContext';
import { useDialogs } from './shared/dialogs/DialogHost';
import { versionFor } from './reading/library';
import { usePreferenceActions } from './preferences/usePreferenceActions';
import { usePreferences } from './preferences/PreferencesProvider';
import { currentSectionPath, focusElement, sectionHeading } from './reading/reading-position';
import { stopSpeech } from './speech/speech-reader';
import { useReadAloudActions } from './speech/useReadAloud';


interface AppProps {
  library: Library;
  initialDocumentId: string;
  /** The saved preferences could not be used: say so, once. */
  preferencesReset: boolean;
  /** Move focus to the document's title once shown (a kiosk reader who just chose a language). */
  focusTitleOnMount?: boolean;
}

export function App({ library, initialDocumentId, preferencesReset, focusTitleOnMount = false }: AppProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { language, setLanguage } = usePreferences();
  const [documentId, setDocumentId] = useState(initialDocumentId);
  // Where focus goes once the next render is on screen: the first of these sections that exists (innermost
  // first), else the document title. Undefined when focus should stay where it is.
  const pendingFocus = useRef<string[] | undefined>(focusTitleOnMount ? [] : undefined);
  const kiosk = useKiosk();

  const entry = library.documents.find((candidate) => candidate.id === documentId) ?? library.documents[0];
  const shown = entry && versionFor(entry, language);
  const otherVersion = entry?.versions[otherLanguage(shown?.lang ?? language)];

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.title = shown ? `${shown.title} — ${t('app.name')}` : t('app.name');
  }, [language, shown, t]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    const section = target.map(sectionHeading).find((heading) => heading !== null);
    if (section) {
      focusElement(section);
    } else {
      // The top of the document: the title, with the page scrolled all the way up.
      document.getElementById(MAIN_HEADING_ID)?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  }, [language, documentId]);

  const switchLanguage = useCallback(
    (next: Language) => {
      pendingFocus.current = currentSectionPath();
      setLanguage(next);
      void i18n.changeLanguage(next).then(() => announce(t('language.switched', { lng: next })));
    },
    [announce, i18n, setLanguage, t],
  );

  const dialogs = useDialogs();
  const documentIdShown = entry?.id ?? '';
  // The report audits the page, so no other dialog may be open (a modal dialog makes the page inert).
  const openReport = useCallback(
    () => dialogs.open('accessibilityReport', { documentId: documentIdShown }, { alone: true }),
    [dialogs, documentIdShown],
  );
  const openPreferences = useCallback(() => dialogs.open('preferences', { onOpenReport: openReport }), [dialogs, openReport]);
  const { choose, stepTextSize, resetTextSize } = usePreferenceActions();
  const readAloud = useReadAloudActions();
  // What was being read is no longer on the page.
  useEffect(() => stopSpeech, [language, documentId]);
  const commands = useMemo(
    () => ({
      textSizeIncrease: () => stepTextSize(1),
      textSizeDecrease: () => stepTextSize(-1),
      textSizeReset: resetTextSize,
      // A kiosk offers its own large controls, not the full panel.
      openPreferences: kiosk ? undefined : openPreferences,
      showShortcuts: () => dialogs.open('shortcuts', {}),
      // A kiosk has no printer to offer.
      print: kiosk ? undefined : () => window.print(),
      accessibilityReport: openReport,
      switchLanguage: () => switchLanguage(otherLanguage(language)),
      speechPlayPause: readAloud.playPause,
      speechStop: readAloud.stop,
      speechPreviousSentence: readAloud.previousSentence,
      speechNextSentence: readAloud.nextSentence,
      speechPreviousSection: readAloud.previousSection,
      speechNextSection: readAloud.nextSection,
    }),
    [stepTextSize, resetTextSize, switchLanguage, language, kiosk, openPreferences, openReport, dialogs, readAloud],
  );
  useShortcuts(commands);
  useHostEvents(commands, { choose, switchLanguage });

  const openDocument = useCallback((id: string) => {
    pendingFocus.current = [];
    setDocumentId(id);
  }, []);

  return (
    <>
      <SkipLink />
      <SiteHeader language={language} onSwitchLanguage={switchLanguage} onOpenPreferences={openPreferences} />
      <div className="layout">
        {shown && (
          <aside className="sidebar">
            <DocumentList entries={library.documents} currentId={shown.id} language={language} onOpen={openDocument} />
            <TableOfContents sections={shown.sections} />
          </aside>
        )}
        <main className="document">
          {preferencesReset && <p className="note">{t('preferences.problem')}</p>}
          {library.errors.length > 0 && <p className="note">{t('app.contentErrors', { count: library.errors.length })}</p>}
          {shown ? <DocumentView document={shown} language={language} /> : <p>{t('app.loadFailed')}</p>}
        </main>
      </div>
      {shown && <DocumentFooter shown={shown} other={otherVersion} language={language} />}
    </>
  );
}
