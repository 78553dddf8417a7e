/**
 * Audio-first use of the kiosk (EN 301 549 5.1.3): for a visitor who cannot see the screen, with headphones and
 * a keypad. The start screen offers it aloud in both languages; once taken, the kiosk says what it shows, each
 * control as the keypad's focus reaches it, each change, and reads the document, and any key stops what is
 * being said and is answered. Loaded only on a kiosk configured for it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskConfig } from '../../../../common/kiosk';
import type { KeypadCommand } from '../../../../common/kiosk-audio';
import { DEFAULT_KEY_MAP } from '../../../../common/kiosk-audio';
import { formatPercent } from '../../../../common/format';
import { LANGUAGES, isLanguage } from '../../../../common/languages';
import { SPEECH_RATES } from '../../../../common/preferences';
import { usePreference } from '../../preferences/PreferencesProvider';
import { usePreferenceActions } from '../../preferences/usePreferenceActions';
import { loadedSpeechEngine, loadSpeechEngine, speechSession } from '../../speech/speech-reader';
import { whenVoicesListed } from '../../speech/voices';
import { useKiosk } from '../KioskContext';
import { accessibleName, describe, languageOf, MOVABLE } from './describe';
import { keysFor } from './key-names';
import { DEFAULT_VOLUME, KioskVoice, type Spoken } from './kiosk-voice';

type Phase = 'start' | 'reading' | 'warning';
type Screen = 'start' | 'controls' | 'reading';
type Audio = NonNullable<KioskConfig['audio']>;

/** The help for each screen: which commands, said as what (kiosk.audio.help.*). */
const HELP: Record<Screen, [KeypadCommand[], string][]> = {
  start: [
    [['up', 'down'], 'start.move'],
    [['activate'], 'start.activate'],
  ],
  controls: [
    [['up', 'down'], 'controls.move'],
    [['activate'], 'controls.activate'],
    [['back'], 'controls.back'],
  ],
  reading: [
    [['left', 'right'], 'reading.sentence'],
    [['previousParagraph', 'nextParagraph'], 'reading.paragraph'],
    [['up', 'down'], 'reading.section'],
    [['activate'], 'reading.activate'],
    [['back'], 'reading.back'],
  ],
};
const COMMON_HELP: [KeypadCommand[], string][] = [
  [['repeat'], 'repeat'],
  [['volumeUp', 'volumeDown'], 'volume'],
  [['faster', 'slower'], 'speed'],
];

const reading = () => speechSession.getSnapshot().state !== 'idle';

/** Once the page has drawn what a key changed (React renders, then the browser paints). */
const afterRender = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

/** What the kiosk's voice speaks with: the visitor's speed and voice, and the key map's names for keys. */
const heard: { settings: { rate: number; voice: string | undefined }; keys: KioskVoice['keys'] } = {
  settings: { rate: 1, voice: undefined },
  keys: () => '',
};
/** One kiosk, one voice: it outlives the guide's renders, and each visitor's session. */
const voice = new KioskVoice(
  () => heard.settings,
  (commands, lng) => heard.keys(commands, lng),
);

/** The top open dialog, which keeps the keypad's focus as it keeps Tab's. */
function scope(): ParentNode {
  return [...document.querySelectorAll('dialog[open]')].at(-1) ?? document;
}

function movable(): HTMLElement[] {
  return [...scope().querySelectorAll<HTMLElement>(MOVABLE)].filter(
    (element) => element.checkVisibility() && !element.closest('[inert], [aria-hidden="true"]'),
  );
}

export function AudioGuide({
  audio,
  phase,
  session,
  onVoice,
}: {
  audio: Audio;
  phase: Phase;
  /** Counts the resets: each ends audio-first use, so that the next visitor is offered it afresh. */
  session: number;
  onVoice: (voice: KioskVoice | null) => void;
}) {
  const { t } = useTranslation();
  const speechRate = usePreference((preferences) => preferences.reading.speechRate);
  const chosenVoice = usePreference((preferences) => preferences.reading.voice);
  const { choose } = usePreferenceActions();
  const kiosk = useKiosk();
  const [on, setOn] = useState(false);
  const keyMap = audio.keys ?? DEFAULT_KEY_MAP;

  // The handlers below are added once; they read what is current through this.
  const latest = useRef({ on, phase, session, t, choose, kiosk, rate: speechRate });
  useLayoutEffect(() => {
    latest.current = { on, phase, session, t, choose, kiosk, rate: speechRate };
    heard.settings = { rate: speechRate, voice: chosenVoice };
    heard.keys = (commands, lng) => keysFor(keyMap, commands, t, lng);
  });

  useEffect(() => {
    onVoice(on ? voice : null);
  }, [on, onVoice]);

  // A reset forgets the visitor's volume and ends audio-first use with everything else.
  const [seenSession, setSeenSession] = useState(session);
  if (session !== seenSession) {
    setSeenSession(session);
    setOn(false);
  }
  useEffect(() => {
    voice.volume = DEFAULT_VOLUME;
    loadedSpeechEngine()?.setVolume(1);
  }, [session]);

  // The offer, in both languages, each in its own voice, said again every few seconds while nobody takes it.
  useEffect(() => {
    if (on || phase !== 'start') return;
    let timer = 0;
    let ended = false;
    const offers = (): Spoken[] =>
      LANGUAGES.map((lng) => ({ text: latest.current.t('kiosk.audio.offer', { lng }), lang: lng }));
    void whenVoicesListed().then(() => {
      if (ended) return;
      // After a reset, the next visitor first hears that the last one's session is over.
      const reset =
        latest.current.session > 0
          ? LANGUAGES.map((lng) => ({ text: latest.current.t('kiosk.reset', { lng }), lang: lng }))
          : [];
      voice.say([...reset, ...offers()]);
      timer = window.setInterval(() => {
        if (!voice.speaking) voice.say(offers());
      }, audio.offerEverySeconds * 1000);
    });
    return () => {
      ended = true;
      window.clearInterval(timer);
    };
  }, [audio.offerEverySeconds, on, phase]);

  useEffect(() => {
    let movingFocus = false;
    let announced = 0;
    let backOnce = false;
    /** The reading screen's keys, said once after the language is chosen. */
    let readingHint = false;

    const interfaceLanguage = () => languageOf(document.documentElement);
    const keys = (commands: KeypadCommand[], lng: string) => keysFor(keyMap, commands, latest.current.t, lng);

    const help = (screen: Screen): Spoken[] => {
      const { t } = latest.current;
      const languages = screen === 'start' ? LANGUAGES : [interfaceLanguage()];
      return languages.map((lng) => ({
        text: [...HELP[screen], ...COMMON_HELP]
          .map(([commands, phrase]) => {
            const named = keys(commands, lng);
            return named
              ? `${named}${lng === 'fr' ? '\u00a0' : ''}: ${t(`kiosk.audio.help.${phrase}` as 'kiosk.audio.help.repeat', { lng })}.`
              : '';
          })
          .filter(Boolean)
          .join(' '),
        lang: lng,
      }));
    };

    const screenHint = (): Spoken => {
      const lng = interfaceLanguage();
      return {
        text: latest.current.t('kiosk.audio.readingScreen', {
          lng,
          move: keys(['up', 'down'], lng),
          activate: keys(['activate'], lng),
          help: keys(['help'], lng),
        }),
        lang: lng,
      };
    };

    const focus = (element: HTMLElement) => {
      movingFocus = true;
      try {
        element.focus();
      } finally {
        movingFocus = false;
      }
    };

    const start = () => {
      latest.current.on = true;
      setOn(true);
      void loadSpeechEngine().then((engine) => engine.setVolume(voice.volume));
      const { t, phase: now } = latest.current;
      if (now === 'start') {
        const parts: Spoken[] = LANGUAGES.map((lng) => ({
          text: t('kiosk.audio.on', {
            lng,
            move: keys(['up', 'down'], lng),
            activate: keys(['activate'], lng),
            help: keys(['help'], lng),
          }),
          lang: lng,
        }));
        const first = movable()[0];
        if (first) {
          focus(first);
          parts.push(describe(first, null, t));
        }
        voice.say(parts);
      } else {
        const focused = document.activeElement;
        voice.say([screenHint(), ...(focused && focused !== document.body ? [describe(focused, null, t)] : [])]);
      }
    };

    const move = (direction: 1 | -1) => {
      const items = movable();
      const current = document.activeElement ?? document.body;
      const next =
        direction === 1
          ? (items.find((item) => current.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING) ?? items[0])
          : (items.findLast((item) => current.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_PRECEDING) ??
            items.at(-1));
      if (!next) return;
      focus(next);
      voice.say([describe(next, current, latest.current.t)]);
    };

    const activate = () => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || !element.matches(MOVABLE)) {
        move(1);
        return;
      }
      const announcedBefore = announced;
      // A language chosen on the start screen leads to the reading screen: its keys are said with its first focus.
      if (latest.current.phase === 'start') readingHint = true;
      element.click();
      // What changed is said by the status message it causes, or as focus moves (below); a control that
      // changed only its own state (pressed, expanded) is said again here.
      afterRender(() => {
        if (announced !== announcedBefore || reading() || !latest.current.on) return;
        if (document.activeElement !== element || !element.isConnected) return;
        if (element.hasAttribute('aria-pressed') || element.hasAttribute('aria-expanded')) {
          voice.say([describe(element, element, latest.current.t)]);
        }
      });
    };

    const back = (screen: Screen) => {
      const { t, kiosk: current } = latest.current;
      const dialog = [...document.querySelectorAll('dialog[open]')].at(-1);
      if (dialog instanceof HTMLDialogElement) {
        dialog.close();
        return;
      }
      if (screen === 'start' || !current) {
        voice.say(help(screen));
        return;
      }
      if (backOnce) {
        backOnce = false;
        current.backToStart();
        return;
      }
      backOnce = true;
      const lng = interfaceLanguage();
      voice.say([{ text: t('kiosk.audio.backAgain', { lng, back: keys(['back'], lng) }), lang: lng }]);
    };

    const changeRate = (direction: 1 | -1) => {
      const { rate, choose: set } = latest.current;
      const index = SPEECH_RATES.indexOf(rate);
      const next = SPEECH_RATES[Math.min(Math.max(index + direction, 0), SPEECH_RATES.length - 1)] ?? rate;
      set('speechRate', next);
      // The document goes on at the new speed from the start of its sentence, once the setting has reached it.
      if (reading()) requestAnimationFrame(() => loadedSpeechEngine()?.reader.repeatSentence());
    };

    const changeVolume = (direction: 1 | -1) => {
      const volume = voice.stepVolume(direction);
      const engine = loadedSpeechEngine();
      engine?.setVolume(volume);
      if (reading()) {
        engine?.reader.repeatSentence();
        return;
      }
      const lng = interfaceLanguage();
      voice.say([
        {
          text: latest.current.t('kiosk.audio.volume', {
            lng,
            percent: formatPercent(volume * 100, isLanguage(lng) ? lng : 'en'),
          }),
          lang: lng,
        },
      ]);
    };

    const readingCommand = (command: KeypadCommand): boolean => {
      const reader = loadedSpeechEngine()?.reader;
      if (!reader) return false;
      const paused = reader.getSnapshot().state === 'paused';
      const skip = (action: () => void) => {
        action();
        if (paused) reader.resume();
      };
      switch (command) {
        case 'left':
        case 'right':
          skip(() => reader.skipSentence(command === 'left' ? -1 : 1));
          return true;
        case 'previousParagraph':
        case 'nextParagraph':
          skip(() => reader.skipParagraph(command === 'previousParagraph' ? -1 : 1));
          return true;
        case 'up':
        case 'down':
          skip(() => reader.skipSection(command === 'up' ? -1 : 1));
          return true;
        case 'activate':
          if (paused) {
            reader.resume();
          } else {
            reader.pause();
            const lng = interfaceLanguage();
            voice.say([{ text: latest.current.t('speech.status.paused', { lng }), lang: lng }]);
          }
          return true;
        case 'back': {
          reader.stop();
          const lng = interfaceLanguage();
          voice.say([{ text: latest.current.t('speech.status.stopped', { lng }), lang: lng }]);
          // Then where focus is, as the controls are once reading has stopped.
          afterRender(() => {
            const focused = document.activeElement;
            if (focused && focused !== document.body) voice.append([describe(focused, focused, latest.current.t)]);
          });
          return true;
        }
        case 'repeat':
          reader.repeatSentence();
          return true;
        case 'help':
          reader.pause();
          voice.say(help('reading'));
          return true;
        default:
          return false;
      }
    };

    const run = (command: KeypadCommand) => {
      const { phase: now } = latest.current;
      const screen: Screen = now === 'start' ? 'start' : reading() ? 'reading' : 'controls';
      if (command !== 'back') backOnce = false;
      if (command === 'volumeUp' || command === 'volumeDown') {
        changeVolume(command === 'volumeUp' ? 1 : -1);
        return;
      }
      if (command === 'faster' || command === 'slower') {
        changeRate(command === 'faster' ? 1 : -1);
        return;
      }
      if (screen === 'reading' && readingCommand(command)) return;
      // Anything else stops what the kiosk is saying before it answers.
      voice.stop();
      // Away from the document, the paragraph keys move as the others do.
      if (command === 'up' || command === 'left' || command === 'previousParagraph') move(-1);
      else if (command === 'down' || command === 'right' || command === 'nextParagraph') move(1);
      else if (command === 'activate') activate();
      else if (command === 'back') back(screen);
      else if (command === 'help') voice.say(help(screen));
      else voice.repeat();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // The administrator's key chord and the system's own shortcuts are not the visitor's keypad.
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const command = keyMap[event.code];
      if (!latest.current.on) {
        // The offer: any key on the start screen takes it; elsewhere, a key of the keypad.
        if (latest.current.phase !== 'start' && !command) return;
        event.preventDefault();
        event.stopPropagation();
        start();
        return;
      }
      if (!command) {
        if (!reading()) voice.stop();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };

    /** Focus the page moves itself (a new screen, a dialog closing) is said as the keypad's is. */
    const onFocusIn = (event: FocusEvent) => {
      if (!latest.current.on || movingFocus || reading()) return;
      const target = event.target;
      // Controls and headings (a new screen's title); not a whole screen taking focus to start afresh.
      if (!(target instanceof Element) || !target.matches(`${MOVABLE}, h1, h2, h3, h4, h5, h6`)) return;
      // The idle warning says itself, with its countdown.
      if (target.closest('[role=alertdialog]')) return;
      const previous = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      const parts = [describe(target, previous, latest.current.t)];
      if (readingHint && latest.current.phase === 'reading') {
        readingHint = false;
        parts.push(screenHint());
      }
      voice.say(parts);
    };

    /** Status messages ("Text size: 175%") are said after whatever answered the key. */
    const observer = new MutationObserver((records) => {
      if (!latest.current.on || latest.current.phase === 'start' || reading()) return;
      const regions = new Set(
        records.flatMap((record) => {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const region = node?.closest('[aria-live]');
          return region ? [region] : [];
        }),
      );
      for (const region of regions) {
        const text = accessibleName(region);
        if (!text) continue;
        announced += 1;
        voice.append([{ text, lang: languageOf(region) }]);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });

    window.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, [keyMap]);

  return null;
}
