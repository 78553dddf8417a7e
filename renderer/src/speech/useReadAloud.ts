/**
 * Read aloud as the reader controls it, from the on-screen controls and the keyboard alike: each action is
 * applied and, where it changes what is heard, announced in the interface language.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../common/languages';
import { useAnnounce } from '../shared/Announcer';
import { usePreferences } from '../preferences/PreferencesProvider';
import { IDLE } from './reader-queue';
import { startingSentence } from './reading-start';
import { collectSentences } from './segment';
import { setSpeechProblem, useSpeechProblem } from './speech-problem';
import { configureSpeech, speechReader, stopCount } from './speech-reader';
import { baseLanguage, chooseVoice, installedVoices, whenVoicesListed } from './voices';

const idle = () => IDLE;
const noSubscription = () => () => undefined;

/** One start at a time: a second press while the voices are still being listed does nothing. */
let starting = false;

/** What is being read, and why nothing can be, if nothing can. */
export function useReadAloudState() {
  const snapshot = useSyncExternalStore(speechReader?.subscribe ?? noSubscription, speechReader?.getSnapshot ?? idle);
  const problem = useSpeechProblem();
  return { snapshot, problem };
}

/** The reader's actions; they change only with the interface language, so shortcuts are not re-bound as reading goes on. */
export function useReadAloudActions() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { reading } = usePreferences();

  useEffect(() => {
    configureSpeech({ rate: reading.speechRate, voice: reading.voice, highlight: reading.speechHighlight });
  }, [reading.speechRate, reading.voice, reading.speechHighlight]);

  const start = useCallback(async () => {
    const root = document.querySelector('main');
    if (!speechReader) {
      setSpeechProblem({ kind: 'unsupported' });
      announce(t('speech.noVoice.unsupported'));
      return;
    }
    if (!root || starting) return;
    starting = true;
    try {
      // Where to start is decided as the reader asked, before waiting for the voices.
      const sentences = collectSentences(root);
      const index = startingSentence(sentences, root);
      const stopsBefore = stopCount();
      // Some engines list their voices only seconds after the page asks (speech-dispatcher on Linux).
      if (installedVoices().length === 0) announce(t('speech.status.loadingVoices'));
      const voices = await whenVoicesListed();
      // The language or the document changed while waiting: what was collected is no longer on the page.
      if (stopCount() !== stopsBefore || !sentences[index]?.block.isConnected) return;
      const languages = [
        ...new Set(sentences.slice(index).flatMap((sentence) => sentence.parts.map((part) => baseLanguage(part.lang)))),
      ];
      const voiceless = languages.filter((language) => !chooseVoice(voices, language, undefined));
      const named = voiceless.filter(isLanguage);
      setSpeechProblem(named.length > 0 ? { kind: 'noVoice', languages: named } : undefined);
      const notice = named.map((language) => t(`speech.noVoice.${language}`)).join(' ');
      if (voiceless.length === languages.length) {
        announce(notice);
        return;
      }
      speechReader.play(sentences, index);
      announce(notice || t('speech.status.reading'));
    } finally {
      starting = false;
    }
  }, [announce, t]);

  return useMemo(
    () => ({
      playPause: () => {
        const state = speechReader?.getSnapshot().state ?? 'idle';
        if (!speechReader || state === 'idle') {
          void start();
        } else if (state === 'playing') {
          speechReader.pause();
          announce(t('speech.status.paused'));
        } else {
          speechReader.resume();
          announce(t('speech.status.reading'));
        }
      },
      stop: () => {
        if (!speechReader || speechReader.getSnapshot().state === 'idle') return;
        speechReader.stop();
        announce(t('speech.status.stopped'));
      },
      previousSentence: () => speechReader?.skipSentence(-1),
      nextSentence: () => speechReader?.skipSentence(1),
      previousSection: () => speechReader?.skipSection(-1),
      nextSection: () => speechReader?.skipSection(1),
    }),
    [announce, start, t],
  );
}
