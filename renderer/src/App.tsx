import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryIndex } from '../../common/document';
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
import type { DocumentStore } from './documents/document-store';
import { useDocument } from './documents/useDocument';
import { isLanguageLoaded, loadLanguage } from './i18n';
import { useKiosk } from './kiosk/KioskContext';
import { useDialogs } from './shared/dialogs/DialogHost';
import { versionFor } from './reading/library';
import { usePreferenceActions } from './preferences/usePreferenceActions';
import { usePageTitle, usePreferences } from './preferences/PreferencesProvider';
import { currentSectionPath, focusElement, focusWithoutTabStop, sectionHeading } from './reading/reading-position';
import { trackReadersChoice } from './speech/reading-start';
import { stopSpeech } from './speech/speech-reader';
import { useReadAloudActions } from './speech/useReadAloud';
import { ReadingRuler } from './visual-aids/ReadingRuler';

interface AppProps {
  index: LibraryIndex;
  /** The bodies, loaded as documents are opened; the first one shown is already there. */
  documents: DocumentStore;
  initialDocumentId: string;
  /** The saved preferences could not be used: say so, once. */
  preferencesReset: boolean;
  /** Move focus to the document's title once shown (a kiosk reader who just chose a language). */
  focusTitleOnMount?: boolean;
}

export function App({ index, documents, initialDocumentId, preferencesReset, focusTitleOnMount = false }: AppProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { language, setLanguage, reading } = usePreferences();
  const [documentId, setDocumentId] = useState(initialDocumentId);
  // Where focus goes once the next render is on screen: the first of these sections that exists (innermost
  // first), else the document title. Undefined when focus should stay where it is.
  const pendingFocus = useRef<string[] | undefined>(focusTitleOnMount ? [] : undefined);
  const kiosk = useKiosk();

  const entry = index.documents.find((candidate) => candidate.id === documentId) ?? index.documents[0];
  const summary = entry && versionFor(entry, language);
  const loaded = useDocument(documents, entry?.id, summary?.lang ?? language);
  const shown = loaded?.status === 'ok' ? loaded.document : undefined;
  const otherVersion = entry?.versions[otherLanguage(summary?.lang ?? language)];

  usePageTitle(summary?.title);

  // The other language, strings and body, is fetched once this one is shown, so switching is immediate.
  useEffect(() => {
    if (!entry || !otherVersion || loaded === undefined) return;
    void loadLanguage(otherLanguage(language));
    void documents.load(entry.id, otherVersion.lang);
  }, [documents, entry, otherVersion, loaded, language]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    const section = target.map(sectionHeading).find((heading) => heading !== null);
    if (section) {
      focusElement(section);
    } else {
      // The top of the document: the title, with the page scrolled all the way up.
      const title = document.getElementById(MAIN_HEADING_ID);
      if (title) focusWithoutTabStop(title);
      window.scrollTo({ top: 0 });
    }
  }, [language, documentId]);

  const switchLanguage = useCallback(
    (next: Language) => {
      const focusPath = currentSectionPath();
      const show = () => {
        pendingFocus.current = focusPath;
        setLanguage(next);
        announce(t('language.switched', { lng: next }));
      };
      // Both are normally here already (fetched once the first screen was up); if not, the page stays as it is
      // until they are.
      const target = entry && versionFor(entry, next);
      const body = target && !documents.peek(entry.id, target.lang) ? documents.load(entry.id, target.lang) : undefined;
      const strings = isLanguageLoaded(next) ? undefined : loadLanguage(next);
      if (body || strings) void Promise.all([body, strings]).then(show);
      else show();
    },
    [announce, setLanguage, t, entry, documents],
  );

  const dialogs = useDialogs();
  const documentIdShown = entry?.id ?? '';
  // The report audits the page, so no other dialog may be open (a modal dialog makes the page inert).
  const openReport = useCallback(
    () => dialogs.open('accessibilityReport', { documentId: documentIdShown }, { alone: true }),
    [dialogs, documentIdShown],
  );
  const openPreferences = useCallback(
    () => dialogs.open('preferences', { onOpenReport: openReport }),
    [dialogs, openReport],
  );
  const { choose, stepTextSize, resetTextSize } = usePreferenceActions();
  const readAloud = useReadAloudActions();
  // What was being read is no longer on the page.
  useEffect(() => stopSpeech, [language, documentId]);
  // Read aloud starts where the reader last clicked, selected or moved focus in the text.
  useEffect(trackReadersChoice, []);
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
      // A kiosk is reset for each reader, and keeps its own controls in view.
      focusMode: kiosk ? undefined : () => choose('focusMode', !reading.focusMode),
      speechPlayPause: readAloud.playPause,
      speechStop: readAloud.stop,
      speechPreviousSentence: readAloud.previousSentence,
      speechNextSentence: readAloud.nextSentence,
      speechPreviousSection: readAloud.previousSection,
      speechNextSection: readAloud.nextSection,
    }),
    [
      stepTextSize,
      resetTextSize,
      switchLanguage,
      language,
      kiosk,
      openPreferences,
      openReport,
      dialogs,
      readAloud,
      choose,
      reading.focusMode,
    ],
  );
  useShortcuts(commands);
  useHostEvents(commands, { choose, switchLanguage });

  const openDocument = useCallback(
    (id: string) => {
      const show = () => {
        pendingFocus.current = [];
        setDocumentId(id);
      };
      const target = index.documents.find((candidate) => candidate.id === id);
      const lang = target && versionFor(target, language).lang;
      // The document shown stays until the next one has arrived: no empty page in between.
      if (lang && !documents.peek(id, lang)) void documents.load(id, lang).then(show);
      else show();
    },
    [index, documents, language],
  );

  const focusMode = reading.focusMode && !kiosk;
  return (
    <div className="reader">
      <SkipLink />
      <SiteHeader
        language={language}
        focusMode={focusMode}
        onSwitchLanguage={switchLanguage}
        onOpenPreferences={openPreferences}
        onShowShortcuts={() => dialogs.open('shortcuts', {})}
        onFocusMode={(on) => choose('focusMode', on)}
      />
      <div className="layout">
        {/* Where there is no room beside the text, the contents wait above it, folded. */}
        {shown && !focusMode && <TableOfContents sections={shown.sections} form="folded" />}
        <main className="document">
          {preferencesReset && <p className="note">{t('preferences.problem')}</p>}
          {index.errors.length > 0 && <p className="note">{t('app.contentErrors', { count: index.errors.length })}</p>}
          {summary ? (
            <DocumentView summary={summary} loaded={loaded} language={language} />
          ) : (
            <p>{t('app.loadFailed')}</p>
          )}
        </main>
        {entry && !focusMode && (
          <div className="sidebar">
            {shown && <TableOfContents sections={shown.sections} form="beside" />}
            <DocumentList entries={index.documents} currentId={entry.id} language={language} onOpen={openDocument} />
          </div>
        )}
      </div>
      {summary && !focusMode && <DocumentFooter shown={summary} other={otherVersion} language={language} />}
      <ReadingRuler />
    </div>
  );
}
