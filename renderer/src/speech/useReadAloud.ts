/**
 * Read aloud as the reader controls it, from the on-screen controls and the keyboard alike: each action is
 * applied and, where it changes what is heard, announced in the interface language.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../common/languages';
import { useAnnounce } from '../shared/Announcer';
import { usePreference } from '../preferences/PreferencesProvider';
import { setSpeechProblem, useSpeechProblem } from './speech-problem';
import {
  configureSpeech,
  loadedSpeechEngine,
  loadSpeechEngine,
  speechSession,
  speechSupported,
  stopCount,
} from './speech-reader';
import { baseLanguage, chooseVoice, installedVoices, whenVoicesListed } from './voices';
import type { Reading, SpeechEngine } from './engine';

/** One start at a time: a second press while the voices are still being listed does nothing. */
let starting = false;

/** What is being read, and why nothing can be, if nothing can. */
export function useReadAloudState() {
  const snapshot = useSyncExternalStore(speechSession.subscribe, speechSession.getSnapshot, speechSession.getSnapshot);
  const problem = useSpeechProblem();
  return { snapshot, problem };
}

/** The reader's actions; they change only with the interface language, so shortcuts are not re-bound as reading goes on. */
export function useReadAloudActions() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Each setting on its own, so that the reader (which holds these actions) re-renders for none of the others.
  const rate = usePreference((preferences) => preferences.reading.speechRate);
  const voice = usePreference((preferences) => preferences.reading.voice);
  const highlight = usePreference((preferences) => preferences.reading.speechHighlight);
  const skip = usePreference((preferences) => preferences.reading.speechSkip);

  useEffect(() => {
    configureSpeech({ rate, voice, highlight, skip });
  }, [rate, voice, highlight, skip]);

  /** Reads what `choose` picks from the page's sentences (all, from a starting one; or the selection's). */
  const start = useCallback(
    async (choose: (engine: SpeechEngine, root: Element) => Reading | undefined) => {
      const root = document.querySelector('main');
      if (!speechSupported) {
        setSpeechProblem({ kind: 'unsupported' });
        announce(t('speech.noVoice.unsupported'));
        return;
      }
      if (!root || starting) return;
      starting = true;
      try {
        const stopsBefore = stopCount();
        // Loaded once, on the first request: a few milliseconds, after which the page is read as it then is.
        const engine = await loadSpeechEngine();
        if (stopCount() !== stopsBefore || !root.isConnected) return;
        // What to read is decided as the reader asked, before waiting for the voices.
        const chosen = choose(engine, root);
        if (!chosen) {
          announce(t('speech.status.noSelection'));
          return;
        }
        const { sentences, index } = chosen;
        // Some engines list their voices only seconds after the page asks (speech-dispatcher on Linux).
        if (installedVoices().length === 0) announce(t('speech.status.loadingVoices'));
        const voices = await whenVoicesListed();
        // The language or the document changed while waiting: what was collected is no longer on the page.
        if (stopCount() !== stopsBefore || !sentences[index]?.block.isConnected) return;
        const languages = [
          ...new Set(
            sentences.slice(index).flatMap((sentence) => sentence.parts.map((part) => baseLanguage(part.lang))),
          ),
        ];
        const voiceless = languages.filter((language) => !chooseVoice(voices, language, undefined));
        const named = voiceless.filter(isLanguage);
        setSpeechProblem(named.length > 0 ? { kind: 'noVoice', languages: named } : undefined);
        const notice = named.map((language) => t(`speech.noVoice.${language}`)).join(' ');
        if (voiceless.length === languages.length) {
          announce(notice);
          return;
        }
        engine.reader.play(sentences, index);
        announce(notice || t('speech.status.reading'));
      } finally {
        starting = false;
      }
    },
    [announce, t],
  );

  return useMemo(
    () => ({
      playPause: () => {
        const reader = loadedSpeechEngine()?.reader;
        const state = reader?.getSnapshot().state ?? 'idle';
        if (!reader || state === 'idle') {
          void start((engine, root) => engine.fromChosenPlace(root));
        } else if (state === 'playing') {
          reader.pause();
          announce(t('speech.status.paused'));
        } else {
          reader.resume();
          announce(t('speech.status.reading'));
        }
      },
      /** Reads the selection aloud, whatever was being read. */
      readSelection: () => {
        loadedSpeechEngine()?.reader.stop();
        void start((engine, root) => engine.fromSelection(root));
      },
      stop: () => {
        const reader = loadedSpeechEngine()?.reader;
        if (!reader || reader.getSnapshot().state === 'idle') return;
        reader.stop();
        announce(t('speech.status.stopped'));
      },
      previousSentence: () => loadedSpeechEngine()?.reader.skipSentence(-1),
      nextSentence: () => loadedSpeechEngine()?.reader.skipSentence(1),
      previousSection: () => loadedSpeechEngine()?.reader.skipSection(-1),
      nextSection: () => loadedSpeechEngine()?.reader.skipSection(1),
      /** Out of the list being read, or announced, to what follows it. */
      skipList: () => {
        const reader = loadedSpeechEngine()?.reader;
        if (!reader || reader.getSnapshot().state === 'idle') return;
        if (!reader.skipList()) announce(t('speech.status.notInList'));
      },
    }),
    [announce, start, t],
  );
}
