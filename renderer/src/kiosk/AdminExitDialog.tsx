import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';

/** Desktop kiosk: after the administrator's key chord, the PIN is the only way out. */
export function AdminExitDialog({ onClose }: DialogProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const pinId = useId();
  const errorId = useId();

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void bridge.requestKioskExit(pin).then((accepted) => {
      setPin('');
      setWrong(!accepted);
    });
  };

  return (
    <Dialog open onClose={onClose} title={t('kiosk.admin.title')}>
      <form onSubmit={submit}>
        <label htmlFor={pinId}>{t('kiosk.admin.pin')}</label>
        <input
          id={pinId}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          aria-invalid={wrong}
          aria-describedby={wrong ? errorId : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
        {wrong && (
          <p id={errorId} role="alert">
            {t('kiosk.admin.wrong')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit">{t('kiosk.admin.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
