import { createContext, useContext } from 'react';
import type { KioskConfig } from '../../../common/kiosk';
import type { KioskVoice } from './audio/kiosk-voice';

export interface Kiosk {
  config: KioskConfig;
  /** Ends the session: back to the start screen with the kiosk's defaults. */
  backToStart: () => void;
  /** The kiosk's voice while a visitor uses it audio-first, otherwise null. */
  voice: KioskVoice | null;
}

export const KioskContext = createContext<Kiosk | null>(null);

/** The kiosk when the reader runs as one, otherwise null. */
export function useKiosk(): Kiosk | null {
  return useContext(KioskContext);
}
