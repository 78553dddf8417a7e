import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadAloudActions, useReadAloudState } from './useReadAloud';
import { useAnnounce } from '../shared/Announcer';
import { SpeechProblemNotice } from './SpeechProblemNotice';
import { SpeechSettingsGroup } from './SpeechSettingsGroup';

/** The controls that act on what is being read, in the order they are offered. */
const WHILE_READING = ['stop', 'previousSentence', 'nextSentence', 'previousSection', 'nextSection'] as const;

/**
 * Read aloud's on-screen controls. Each is a native button with its action as its name, 44 px high like every
 * button here; those that act on a reading under way say they are unavailable until one starts.
 */
export function SpeechControls() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const speech = useReadAloudActions();
  const { snapshot, problem } = useReadAloudState();
  const { state, ended } = snapshot;
  const idle = state === 'idle';
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId();

  // Reaching the end is the one change the reader did not ask for: say so.
  const lastEnded = useRef(ended);
  useEffect(() => {
    if (ended === 'finished' && lastEnded.current !== 'finished') announce(t('speech.status.finished'));
    lastEnded.current = ended;
  }, [announce, ended, t]);

  const whileReading = (action: () => void) => () => {
    if (!idle) action();
  };
  const playLabel = state === 'playing' ? 'pause' : state === 'paused' ? 'resume' : 'play';

  return (
    <div className="speech-controls" role="group" aria-label={t('speech.controls.label')}>
      <button type="button" className="speech-play" onClick={speech.playPause}>
        {t(`speech.controls.${playLabel}`)}
      </button>
      {WHILE_READING.map((action) => (
        <button key={action} type="button" onClick={whileReading(speech[action])} aria-disabled={idle}>
          {t(`speech.controls.${action}`)}
        </button>
      ))}
      <button
        type="button"
        aria-expanded={settingsOpen}
        aria-controls={settingsId}
        onClick={() => setSettingsOpen(!settingsOpen)}
      >
        {t('speech.controls.settings')}
      </button>
      <div id={settingsId} className="speech-settings" hidden={!settingsOpen}>
        {settingsOpen && <SpeechSettingsGroup />}
      </div>
      {problem && <SpeechProblemNotice problem={problem} />}
    </div>
  );
}
