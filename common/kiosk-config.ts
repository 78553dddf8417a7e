/**
 * A kiosk's configuration file as a whole: the screens' settings (kiosk.ts) and audio-first use
 * (kiosk-audio.ts). A clinic's IT staff write it as JSON; every field is checked, and each problem names the
 * field, so the kiosk never starts half-configured.
 */
import * as v from 'valibot';
import { KioskAudioSchema } from './kiosk-audio';
import { KioskConfigSchema, type KioskConfig } from './kiosk';

const KioskFileSchema = v.strictObject({
  ...KioskConfigSchema.entries,
  audio: v.optional(KioskAudioSchema),
});

type KioskConfigResult = { ok: true; config: KioskConfig } | { ok: false; errors: string[] };

/** Validates a kiosk configuration; each error names the field and the problem. */
export function parseKioskConfig(value: unknown): KioskConfigResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['configuration: must be a JSON object of settings'] };
  }
  const result = v.safeParse(KioskFileSchema, value);
  if (result.success) return { ok: true, config: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const field = v.getDotPath(issue) ?? 'configuration';
      return issue.type === 'strict_object' ? `${field}: is not a kiosk setting` : `${field}: ${issue.message}`;
    }),
  };
}
