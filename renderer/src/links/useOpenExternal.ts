import { useCallback } from 'react';
import { useKiosk } from '../kiosk/KioskContext';
import { useDialogs } from '../shared/dialogs/DialogHost';

/**
 * Links in the content never navigate the reader away: choosing one asks first, in the external-link dialog,
 * which names the destination (a kiosk shows the address and a QR code instead).
 */
export function useOpenExternal(): (address: string) => void {
  const dialogs = useDialogs();
  const kiosk = useKiosk() !== null;
  return useCallback((address: string) => dialogs.open('externalLink', { address, kiosk }), [dialogs, kiosk]);
}
