import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shared/dialogs/Dialog';
import { soundIdleWarning } from './alert-sound';

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

  useEffect(() => {
    soundIdleWarning(`${t('kiosk.idle.title')} ${t('kiosk.idle.body')}`, i18n.language);
    const started = Date.now();
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(timer);
        onTimeUp();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds, onTimeUp, t, i18n.language]);

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
