import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '../../common/languages';
import {
  positionFor,
  START_POSITION,
  withPlace,
  type Position,
  type SavedPlace,
  type SavedPositions,
} from '../../common/positions';
import { bridge, inBrowser } from './bridge';
import { FIND_INPUT_ID, FindBar } from './reading/find/FindBar';
import { blockOf } from './reading/find/find-in-page';
import { PlaceCommands, PlaceStatus, useDescribePlace } from './reading/place/PlaceControls';
import { currentPosition, goToPosition, positionOf, sectionTitle } from './reading/place/position-in-page';
import { usePlaceHistory, type Place } from './reading/place/usePlaceHistory';
import { useCurrentSection, useKeepPosition } from './reading/place/useReadingPlace';
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
import type { LibraryIndexStore } from './documents/library-index-store';
import { useLibraryIndex } from './documents/useLibraryIndex';
import { useDocument } from './documents/useDocument';
import { isLanguageLoaded, loadLanguage } from './i18n';
import { useKiosk } from './kiosk/KioskContext';
import { useDialogs } from './shared/dialogs/DialogHost';
import { versionFor } from './reading/library';
import { usePreferenceActions } from './preferences/usePreferenceActions';
import { usePageTitle, usePreference } from './preferences/PreferencesProvider';
import { currentSectionPath, focusElement, sectionHeading } from './reading/reading-position';
import { focusWithoutTabStop } from './shared/focus-without-tab-stop';
import { trackReadersChoice } from './speech/reading-start';
import { speechSupported, stopSpeech } from './speech/speech-reader';
import { useTextSelected } from './speech/text-selected';
import { useReadAloudActions } from './speech/useReadAloud';
import { ReadingRuler } from './visual-aids/ReadingRuler';
import { MarkCommands, type MarkCommand } from './reading/marks/mark-commands';
import { MARK_COMMANDS } from '../../common/shortcuts';
import type { MarkCommandHandlers } from './reading/marks/MarksLayer';

// The marks (their anchoring library, their styles and strings) load once the first screen is up.
const MarksLayer = lazy(() => import('./reading/marks/MarksLayer').then((module) => ({ default: module.MarksLayer })));
// "Read selection" beside the selected text loads the first time text is selected.
const ReadSelectionButton = lazy(() =>
  import('./speech/ReadSelectionButton').then((module) => ({ default: module.ReadSelectionButton })),
);

const noSubscription = () => () => undefined;
/** False while the page is drawn ahead of time and while that drawing is taken over, true from then on. */
const useRunning = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

interface AppProps {
  /** The start of the index, then the whole of it once the first screen is drawn. */
  library: LibraryIndexStore;
  /** The bodies, loaded as documents are opened; the first one shown is already there. */
  documents: DocumentStore;
  initialDocumentId: string;
  /** The saved preferences could not be used: say so, once. */
  preferencesReset: boolean;
  /** Move focus to the document's title once shown (a kiosk reader who just chose a language). */
  focusTitleOnMount?: boolean;
  /** Where the reader was in each document; empty in a kiosk, which keeps nothing. */
  savedPositions: SavedPositions;
}

export function App({
  library,
  documents,
  initialDocumentId,
  preferencesReset,
  focusTitleOnMount = false,
  savedPositions,
}: AppProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Each on its own: the reader re-renders for these, not for every preference (a theme, a text size).
  const language = usePreference((preferences) => preferences.language);
  const setLanguage = usePreference((preferences) => preferences.setLanguage);
  const focusModeChosen = usePreference((preferences) => preferences.reading.focusMode);
  const hydrating = usePreference((preferences) => preferences.hydrating);
  const [documentId, setDocumentId] = useState(initialDocumentId);
  // Where focus goes once the next render is on screen: the first of these sections that exists (innermost
  // first), else the document title. Undefined when focus should stay where it is.
  const pendingFocus = useRef<string[] | undefined>(focusTitleOnMount ? [] : undefined);
  const kiosk = useKiosk();
  const index = useLibraryIndex(library);

  const entry = index.documents.find((candidate) => candidate.id === documentId) ?? index.documents[0];
  const summary = entry && versionFor(entry, language);
  const loaded = useDocument(documents, entry?.id, summary?.lang ?? language);
  const shown = loaded?.status === 'ok' ? loaded.document : undefined;
  const otherVersion = entry?.versions[otherLanguage(summary?.lang ?? language)];

  // The reader's place: kept as they read (never in a kiosk), restored when a document is opened again.
  const positions = useRef(savedPositions);
  const savedPositionOf = (id: string): Position | undefined => {
    const candidate = index.documents.find((document) => document.id === id);
    const version = candidate && versionFor(candidate, language);
    return version && positionFor(positions.current, id, version.lang);
  };
  // Where the reader is taken once the next render is on screen, with what to announce.
  const [openedAt] = useState(() =>
    kiosk || !entry || !summary ? undefined : positionFor(savedPositions, entry.id, summary.lang),
  );
  const pendingPlace = useRef<{ position: Position; restored: boolean } | undefined>(
    openedAt && { position: openedAt, restored: true },
  );
  const savePlace = useCallback((place: SavedPlace) => {
    positions.current = withPlace(positions.current, place);
    bridge.savePosition(place).catch((error: unknown) => console.error('Could not keep the reading position', error));
  }, []);
  useKeepPosition({
    documentId: entry?.id ?? '',
    language: summary?.lang ?? language,
    enabled: !kiosk,
    save: savePlace,
  });
  const documentKey = `${entry?.id ?? ''}:${summary?.lang ?? language}`;
  const currentSection = useCurrentSection(documentKey);

  usePageTitle(summary?.title);

  // The other language, strings and body, is fetched once this one is shown, so switching is immediate.
  useEffect(() => {
    if (!entry || !otherVersion || loaded === undefined) return;
    void loadLanguage(otherLanguage(language));
    void documents.load(entry.id, otherVersion.lang);
  }, [documents, entry, otherVersion, loaded, language]);

  useEffect(() => {
    const place = pendingPlace.current;
    if (place) {
      pendingPlace.current = undefined;
      pendingFocus.current = undefined;
      goToPosition(place.position);
      const section = sectionTitle(place.position);
      if (place.restored && section) announce(t('place.restored', { section }));
      return;
    }
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
    // Only a change of document or language moves the reader; the announcement's wording follows them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language, documentId]);

  const showPlace = useCallback(
    (place: Place) => {
      if (place.documentId === (entry?.id ?? '')) {
        goToPosition(place.position);
      } else {
        const show = () => {
          pendingPlace.current = { position: place.position, restored: false };
          setDocumentId(place.documentId);
        };
        const open = (entries: typeof index.documents) => {
          const target = entries.find((candidate) => candidate.id === place.documentId);
          const lang = target && versionFor(target, language).lang;
          // The document shown stays until the next one has arrived: no empty page in between.
          if (lang && !documents.peek(place.documentId, lang)) void documents.load(place.documentId, lang).then(show);
          else show();
        };
        // A document further down than the start of the index: once the whole index is here.
        if (index.complete || index.documents.some((candidate) => candidate.id === place.documentId)) {
          open(index.documents);
        } else {
          void library.complete().then((whole) => open(whole.documents));
        }
      }
    },
    [entry?.id, index, library, documents, language],
  );
  const placeHistory = usePlaceHistory({
    documentId: entry?.id ?? '',
    show: showPlace,
    useBrowserHistory: inBrowser && !kiosk,
  });
  const jumpToSection = useCallback(
    (sectionId: string) =>
      placeHistory.jump({ documentId: entry?.id ?? '', position: { section: sectionId, paragraph: 0 } }),
    [placeHistory, entry?.id],
  );

  const [findOpen, setFindOpen] = useState(false);
  // Where the reader was when they opened the find field, and what had focus: Back returns there.
  const beforeFind = useRef<{ place: Place; focus: Element | null } | undefined>(undefined);
  const openFind = useCallback(() => {
    if (findOpen) {
      document.getElementById(FIND_INPUT_ID)?.focus();
      return;
    }
    beforeFind.current = {
      place: { documentId: entry?.id ?? '', position: currentPosition() },
      focus: document.activeElement,
    };
    setFindOpen(true);
  }, [findOpen, entry?.id]);
  const closeFind = useCallback(
    (match: Range | undefined) => {
      setFindOpen(false);
      const before = beforeFind.current;
      const block = match && blockOf(match);
      if (!block) {
        // Back where it was; if that was the Find button, the Tools panel holding it has closed since: its button.
        const focus = before?.focus?.isConnected ? before.focus : document.querySelector('.tools-button');
        if (focus instanceof HTMLElement) focus.focus();
        return;
      }
      const arrival: Place = { documentId: entry?.id ?? '', position: positionOf(block) };
      if (before) placeHistory.recordArrival(before.place, arrival);
      goToPosition(arrival.position);
      // The match itself is selected, so the reader sees it, and reading or copying starts there.
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(match);
    },
    [entry?.id, placeHistory],
  );

  // The marks' commands run once the marks are here; one asked for before then waits for them.
  const markHandlers = useRef<MarkCommandHandlers | undefined>(undefined);
  const waitingMarkCommands = useRef<MarkCommand[]>([]);
  const runMarkCommand = useCallback((command: MarkCommand) => {
    const handlers = markHandlers.current;
    if (handlers) handlers[command]();
    else waitingMarkCommands.current.push(command);
  }, []);
  const running = useRunning();
  // A kiosk keeps nothing of a reader: no mark is offered there.
  const marksOffered = running && !kiosk && shown !== undefined;
  const goToMarkPlace = useCallback(
    (position: Position) => placeHistory.jump({ documentId: entry?.id ?? '', position }),
    [placeHistory, entry?.id],
  );

  const describePlace = useDescribePlace(language);
  const whereAmI = useCallback(() => announce(t('place.whereAmI', describePlace())), [announce, describePlace, t]);

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
  const textSelected = useTextSelected();
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
      focusMode: kiosk ? undefined : () => choose('focusMode', !focusModeChosen),
      speechPlayPause: readAloud.playPause,
      speechStop: readAloud.stop,
      speechPreviousSentence: readAloud.previousSentence,
      speechNextSentence: readAloud.nextSentence,
      speechPreviousSection: readAloud.previousSection,
      speechNextSection: readAloud.nextSection,
      speechSkipList: readAloud.skipList,
      speechReadSelection: readAloud.readSelection,
      findInDocument: openFind,
      // With nowhere to go, the keys are left to the browser (whose own history may go further back).
      goBack: placeHistory.canGoBack ? placeHistory.back : undefined,
      goForward: placeHistory.canGoForward ? placeHistory.forward : undefined,
      whereAmI,
      ...(marksOffered && Object.fromEntries(MARK_COMMANDS.map((command) => [command, () => runMarkCommand(command)]))),
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
      focusModeChosen,
      openFind,
      placeHistory,
      whereAmI,
      marksOffered,
      runMarkCommand,
    ],
  );
  useShortcuts(commands, { actOnEarlyKeys: !hydrating });
  useHostEvents(commands, { choose, switchLanguage });

  // Opening a document is a jump too: Back returns to the one before, and the document opens where it was left.
  const openDocument = useCallback(
    (id: string) => placeHistory.jump({ documentId: id, position: savedPositionOf(id) ?? START_POSITION }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [placeHistory, language],
  );

  const focusMode = focusModeChosen && !kiosk;
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
        placeCommands={
          !kiosk &&
          shown && (
            <>
              {/* Before the place's row, which stays the last: Up on Tools opens the panel on Find. */}
              {marksOffered && <MarkCommands run={runMarkCommand} />}
              <PlaceCommands
                canGoBack={placeHistory.canGoBack}
                canGoForward={placeHistory.canGoForward}
                onBack={placeHistory.back}
                onForward={placeHistory.forward}
                onFind={openFind}
              />
            </>
          )
        }
      />
      {findOpen && <FindBar documentKey={documentKey} onClose={closeFind} />}
      <div className="layout">
        {/* Where there is no room beside the text, the contents wait above it, folded. */}
        {shown && !focusMode && (
          <TableOfContents sections={shown.sections} form="folded" currentId={currentSection} onJump={jumpToSection} />
        )}
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
            {shown && (
              <TableOfContents
                sections={shown.sections}
                form="beside"
                currentId={currentSection}
                onJump={jumpToSection}
              />
            )}
            <DocumentList index={index} currentId={entry.id} language={language} onOpen={openDocument} />
          </div>
        )}
      </div>
      {summary && !focusMode && (
        <DocumentFooter shown={summary} other={otherVersion} language={language}>
          {!kiosk && <PlaceStatus language={language} documentKey={documentKey} />}
        </DocumentFooter>
      )}
      {marksOffered && entry && summary && (
        <Suspense fallback={null}>
          <MarksLayer
            documentId={entry.id}
            language={summary.lang}
            documentKey={documentKey}
            commandsRef={markHandlers}
            waitingRef={waitingMarkCommands}
            goTo={goToMarkPlace}
          />
        </Suspense>
      )}
      {textSelected && speechSupported && (
        <Suspense fallback={null}>
          <ReadSelectionButton onRead={readAloud.readSelection} />
        </Suspense>
      )}
      <ReadingRuler />
    </div>
  );
}
