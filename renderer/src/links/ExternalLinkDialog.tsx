import { useTranslation } from 'react-i18next';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { bridge } from '../bridge';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';
import { QrCode } from './QrCode';

/**
 * Asks before a link takes the reader out of the app, naming the destination. Only https addresses can be
 * opened, in the system's browser. A kiosk shows the address and a QR code instead.
 */
export function ExternalLinkDialog({ address, kiosk, onClose }: DialogProps & { address: string; kiosk: boolean }) {
  const { t } = useTranslation();
  const allowed = isAllowedExternalUrl(address);
  const host = allowed ? new URL(address).hostname : '';

  const open = () => {
    if (allowed) {
      bridge.openExternal(address).catch((error: unknown) => console.error(error));
    }
    onClose();
  };

  return (
    <Dialog open onClose={onClose} title={t('links.title')} role="alertdialog" className="link-dialog">
      {allowed && kiosk ? (
        // A kiosk never leaves the reader: the address goes with the reader, on their phone.
        <>
          <p>{t('kiosk.qr.scan')}</p>
          <QrCode address={address} alt={t('kiosk.qr.alt', { address })} />
          <p>
            {t('links.address')} <span className="address">{address}</span>
          </p>
        </>
      ) : allowed ? (
        <>
          <p>{t('links.body', { host })}</p>
          <p>
            {t('links.address')} <span className="address">{address}</span>
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={open}>
              {t('links.open', { host })}
            </button>
            <button type="button" onClick={onClose}>
              {t('links.stay')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('links.refused', { address })}</p>
      )}
    </Dialog>
  );
}
