import * as v from 'valibot';
import { AUDIO_OFFER_SECONDS, DEFAULT_KIOSK_CONFIG, KioskConfigSchema, type KioskConfig } from '../../../common/kiosk';

/** The kiosk settings a browser kiosk takes from its address; the rest are the desktop's or follow the defaults. */
const TIMINGS = ['idleTimeoutSeconds', 'warningSeconds'] as const;

interface AddressKiosk {
  /** Null when the address does not ask for a kiosk. */
  config: KioskConfig | null;
  /** One message per setting that was ignored, for the console. */
  ignored: string[];
}

/**
 * A browser kiosk: `?kiosk=1`, with its idle timings and on-screen controls as in the desktop's configuration
 * file (`&idleTimeoutSeconds=60&warningSeconds=30&controls=textSize,brightness`), each checked against the same
 * schema and ignored if out of range. `&audio=1` turns on audio-first use with its default keypad.
 */
export function kioskFromAddress(search: string): AddressKiosk {
  const address = new URLSearchParams(search);
  if (address.get('kiosk') !== '1') return { config: null, ignored: [] };
  const config: KioskConfig = { ...DEFAULT_KIOSK_CONFIG };
  const ignored: string[] = [];
  for (const name of TIMINGS) {
    const raw = address.get(name);
    if (raw === null) continue;
    const result = v.safeParse(KioskConfigSchema.entries[name], raw.trim() === '' ? raw : Number(raw));
    if (result.success) config[name] = result.output;
    else ignored.push(`Ignored ?${name}=${raw}: ${result.issues[0].message}`);
  }
  const controls = address.get('controls');
  if (controls !== null) {
    const result = v.safeParse(KioskConfigSchema.entries.controls, controls.split(','));
    if (result.success) config.controls = result.output;
    else ignored.push(`Ignored ?controls=${controls}: ${result.issues[0].message}`);
  }
  const audio = address.get('audio');
  if (audio === '1') config.audio = { offerEverySeconds: AUDIO_OFFER_SECONDS };
  else if (audio !== null) ignored.push(`Ignored ?audio=${audio}: must be 1`);
  return { config, ignored };
}
