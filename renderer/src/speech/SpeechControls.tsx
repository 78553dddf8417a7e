import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { controlForKey, controlsIn } from '../shared/arrow-keys';
import { useAnnounce } from '../shared/Announcer';
import { listOf } from './queue-state';
import { useReadAloudActions, useReadAloudState } from './useReadAloud';
import { SpeechProblemNotice } from './SpeechProblemNotice';
import { SpeechSettingsGroup } from './SpeechSettingsGroup';

/**
 * Read aloud's on-screen controls: one button while nothing is read, the whole transport while reading. They
 * form a toolbar, one Tab stop whose buttons the arrow keys, Home and End move between, so that each is within
 * three key presses (seven buttons at most: Right from the first, or End and Left) and the Tab walk to the
 * document stays short. Each is a native button named by its action.
 */
export function SpeechControls() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const speech = useReadAloudActions();
  const { snapshot, problem } = useReadAloudState();
  const { state, ended } = snapshot;
  const idle = state === 'idle';
  const inList = listOf(snapshot.sentence) !== undefined;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();
  const toolbar = useRef<HTMLDivElement>(null);
  // The one button of the toolbar in the Tab order: the last one used.
  const [current, setCurrent] = useState(0);
  const hadFocus = useRef(false);

  // Reaching the end is the one change the reader did not ask for: say so.
  const lastEnded = useRef(ended);
  useEffect(() => {
    if (ended === 'finished' && lastEnded.current !== 'finished') announce(t('speech.status.finished'));
    lastEnded.current = ended;
  }, [announce, ended, t]);

  // When reading stops, the transport goes, its settings with it.
  const [wasIdle, setWasIdle] = useState(idle);
  if (idle !== wasIdle) {
    setWasIdle(idle);
    if (idle) {
      setCurrent(0);
      setSettingsOpen(false);
    }
  }
  // Focus on a button that goes (the transport as reading stops; "Next section" and "Skip list" as reading
  // enters and leaves a list) stays in the toolbar: on the play button, or on the button that took its place.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!hadFocus.current || (focused && focused !== document.body)) return;
    const controls = controlsIn(toolbar.current);
    controls[idle ? 0 : Math.min(current, controls.length - 1)]?.focus();
  }, [idle, inList, current]);

  const playLabel = state === 'playing' ? 'pause' : state === 'paused' ? 'resume' : 'play';
  const transport = [
    { label: t('speech.controls.stop'), action: speech.stop },
    { label: t('speech.controls.previousSentence'), action: speech.previousSentence },
    { label: t('speech.controls.nextSentence'), action: speech.nextSentence },
    { label: t('speech.controls.previousSection'), action: speech.previousSection },
    // While a list is read (and only then: elsewhere it would do nothing), "Skip list" takes the place of "Next
    // section": out of the list is the nearer way on, and the toolbar stays at seven buttons, each within three
    // presses. Next section is still Alt+Shift+., the menu's and the media keys' "next track".
    inList
      ? { label: t('speech.controls.skipList'), action: speech.skipList }
      : { label: t('speech.controls.nextSection'), action: speech.nextSection },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = controlForKey(controlsIn(toolbar.current), document.activeElement, event.key, 'horizontal');
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };
  const stop = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    onFocus: () => setCurrent(index),
  });

  return (
    <div className="speech-controls" role="group" aria-label={t('speech.controls.label')}>
      <div
        ref={toolbar}
        role="toolbar"
        className="speech-toolbar"
        onKeyDown={onKeyDown}
        onFocus={() => (hadFocus.current = true)}
        onBlur={(event) => {
          const left = event.target;
          // A button taken off the page (the transport, as reading stops) loses focus too: that is not leaving.
          queueMicrotask(() => {
            if (left.isConnected && !toolbar.current?.contains(document.activeElement)) hadFocus.current = false;
          });
        }}
      >
        <button type="button" className="speech-play" onClick={speech.playPause} {...stop(0)}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            {state === 'playing' ? <path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z" /> : <path d="M3 1.5v13L14.5 8z" />}
          </svg>
          <span className="speech-play-label">{t(`speech.controls.${playLabel}`)}</span>
        </button>
        {!idle && (
          <>
            {transport.map(({ label, action }, index) => (
              <button key={label} type="button" onClick={action} {...stop(index + 1)}>
                {label}
              </button>
            ))}
            <button
              type="button"
              aria-expanded={settingsOpen}
              aria-controls={settingsId}
              onClick={() => setSettingsOpen(!settingsOpen)}
              {...stop(transport.length + 1)}
            >
              {t('speech.controls.settings')}
            </button>
          </>
        )}
      </div>
      <div id={settingsId} className="speech-settings" hidden={!settingsOpen}>
        {settingsOpen && <SpeechSettingsGroup />}
      </div>
      {problem && <SpeechProblemNotice problem={problem} />}
    </div>
  );
}
