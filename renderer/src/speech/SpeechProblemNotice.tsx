import { useTranslation } from 'react-i18next';
import type { SpeechProblem } from './speech-problem';

/** Why nothing is heard, and how to add a voice on each system the reader runs on. */
export function SpeechProblemNotice({ problem }: { problem: SpeechProblem }) {
  const { t } = useTranslation();
  if (problem.kind === 'unsupported') {
    return (
      <div className="speech-problem">
        <p>{t('speech.noVoice.unsupported')}</p>
      </div>
    );
  }
  return (
    <div className="speech-problem">
      {problem.languages.map((language) => (
        <p key={language}>{t(`speech.noVoice.${language}`)}</p>
      ))}
      <p>{t('speech.noVoice.howTo')}</p>
      <ul>
        <li>{t('speech.noVoice.windows')}</li>
        <li>{t('speech.noVoice.macos')}</li>
        <li>{t('speech.noVoice.linux')}</li>
      </ul>
      <p>{t('speech.noVoice.then')}</p>
    </div>
  );
}
