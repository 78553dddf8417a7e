import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedExternalUrl } from '../../../common/external-url';
import { bridge } from '../bridge';
import { Dialog } from '../components/Dialog';
import { useKiosk } from '../kiosk/KioskContext';
import { QrCode } from '../kiosk/QrCode';

type OpenExternal = (address: string) => void;

const ExternalLinkContext = createContext<OpenExternal>(() => undefined);

/** Asks before a link takes the reader out of the app. */
export function useOpenExternal(): OpenExternal {
  return useContext(ExternalLinkContext);
}

/**
 * Links in the content never navigate the reader away. Choosing one opens a confirmation naming the
 * destination; only https addresses can be opened, in the system's browser. A kiosk shows the address and a
 * QR code instead.
 */
export function ExternalLinkProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<string | null>(null);
  const close = useCallback(() => setAddress(null), []);
  const kiosk = useKiosk();
  const allowed = address !== null && isAllowedExternalUrl(address);
  const host = allowed ? new URL(address).hostname : '';

  const open = () => {
    if (allowed) {
      bridge.openExternal(address).catch((error: unknown) => console.error(error));
    }
    setAddress(null);
  };

  return (
    <ExternalLinkContext.Provider value={setAddress}>
      {children}
      <Dialog open={address !== null} onClose={close} title={t('links.title')} role="alertdialog" className="link-dialog">
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
              <button type="button" onClick={close}>
                {t('links.stay')}
              </button>
            </div>
          </>
        ) : (
          <p>{t('links.refused', { address })}</p>
        )}
      </Dialog>
    </ExternalLinkContext.Provider>
  );
}
