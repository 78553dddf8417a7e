import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shared/dialogs/Dialog';
import { soundIdleWarning } from './alert-sound';
import { useKiosk } from './KioskContext';

/** How often the countdown is said aloud to a visitor using the kiosk audio-first. */
const SAY_EVERY_SECONDS = 10;

/**
 * "Are you still reading?": an alert dialog that takes focus, is announced and sounded, counts down, and offers
 * one large action to keep reading (WCAG 2.2.1: at least 20 seconds, one simple action to extend).
 */
export function IdleWarning({
  seconds,
  onKeepReading,
  onTimeUp,
}: {
  seconds: number;
  onKeepReading: () => void;
  onTimeUp: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [left, setLeft] = useState(seconds);
  const voice = useKiosk()?.voice;

  useEffect(() => {
    const lng = i18n.language;
    // Audio-first, the warning says how to answer it and how long is left ("Press 5 or Enter to keep reading").
    const secondsLeft = (count: number) =>
      voice ? t('kiosk.audio.secondsLeft', { seconds: count, activate: voice.keys(['activate'], lng) }) : '';
    const say = voice ? (text: string, lang: string) => voice.say([{ text, lang }]) : undefined;
    soundIdleWarning(`${t('kiosk.idle.title')} ${t('kiosk.idle.body')} ${secondsLeft(seconds)}`.trim(), lng, say);
    const started = Date.now();
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (say && remaining > 0 && remaining % SAY_EVERY_SECONDS === 0) say(secondsLeft(remaining), lng);
      if (remaining === 0) {
        window.clearInterval(timer);
        onTimeUp();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds, onTimeUp, t, i18n.language, voice]);

  return (
    <Dialog
      open
      onClose={onKeepReading}
      title={t('kiosk.idle.title')}
      role="alertdialog"
      className="idle-warning"
      describedBy="idle-warning-body"
      hideClose
    >
      <p id="idle-warning-body">{t('kiosk.idle.body')}</p>
      <p className="countdown" aria-hidden="true">
        {t('kiosk.idle.countdown', { seconds: left })}
      </p>
      <button type="button" className="keep-reading" onClick={onKeepReading}>
        {t('kiosk.idle.keepReading')}
      </button>
    </Dialog>
  );
}
