import { useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEECH_RATES, type ReadingPreferences } from '../../../common/preferences';
import { describeChoice } from '../preferences/choices';
import { usePreferenceActions } from '../preferences/usePreferenceActions';
import { usePreferences } from '../preferences/PreferencesProvider';
import { previewVoice, stopPreview, voicePreview } from './voice-preview';
import { chooseVoice, installedVoices, subscribeToVoices, voiceLabel, voicesFor } from './voices';

/**
 * The voice, among those installed for the interface language, and the speed. Native selects: a machine can
 * have hundreds of voices, which a list of radio buttons would bury.
 */
export function SpeechSettingsGroup() {
  return (
    <>
      <VoiceSetting />
      <RateSetting />
    </>
  );
}

/** The voice alone: the reading preferences offer it before any reading starts. */
export function VoiceSetting() {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { choose } = usePreferenceActions();
  const voices = voicesFor(useSyncExternalStore(subscribeToVoices, installedVoices), language);
  const voiceId = useId();
  // A voice chosen for the other language, or no longer installed, reads as "automatic" here.
  const chosen = voices.some((voice) => voice.voiceURI === reading.voice) ? reading.voice : '';
  // The voice the choice gives: the one chosen, or the one "automatic" picks.
  const heard = chooseVoice(voices, language, chosen);
  const previewing = useSyncExternalStore(voicePreview.subscribe, voicePreview.getSnapshot);
  // A voice heard from a dialog or panel stops as it closes.
  useEffect(() => stopPreview, []);
  return (
    <div className="speech-setting">
      <label htmlFor={voiceId}>{t('speech.voice.label')}</label>
      <select id={voiceId} value={chosen} onChange={(event) => choose('voice', event.target.value || undefined)}>
        <option value="">{describeChoice('voice', undefined, t, language)}</option>
        {voices.map((voice) => (
          <option key={voice.voiceURI} value={voice.voiceURI}>
            {voiceLabel(voice)}
          </option>
        ))}
      </select>
      {heard && (
        <button
          type="button"
          className="voice-preview"
          onClick={() =>
            previewing === heard.voiceURI
              ? stopPreview()
              : previewVoice(heard, t('speech.voice.sample', { lng: language }), reading.speechRate)
          }
        >
          {t(previewing === heard.voiceURI ? 'speech.voice.stopListening' : 'speech.voice.listen', {
            voice: voiceLabel(heard),
          })}
        </button>
      )}
    </div>
  );
}

function RateSetting() {
  const { t } = useTranslation();
  const { reading, language } = usePreferences();
  const { choose } = usePreferenceActions();
  const rateId = useId();
  return (
    <div className="speech-setting">
      <label htmlFor={rateId}>{t('speech.speechRate.label')}</label>
      <select
        id={rateId}
        value={reading.speechRate}
        onChange={(event) => choose('speechRate', Number(event.target.value) as ReadingPreferences['speechRate'])}
      >
        {SPEECH_RATES.map((rate) => (
          <option key={rate} value={rate}>
            {describeChoice('speechRate', rate, t, language)}
          </option>
        ))}
      </select>
    </div>
  );
}
