/**
 * The administrator PIN, stored only as an scrypt hash: `scrypt$<salt, 32 hex>$<key, 128 hex>`, the format
 * `npm run kiosk:hash-pin` (scripts/kiosk-hash-pin.mjs) writes and `KioskConfigSchema` accepts. The parameters
 * are fixed here and in the script; a test hashes with the script and verifies here, so they cannot drift.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8, p = 1: about 32 MiB and a tenth of a second per guess. */
const PIN_SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const satisfies ScryptOptions;
const PIN_SALT_BYTES = 16;
const PIN_KEY_BYTES = 64;

const HASH_FORMAT = /^scrypt\$([0-9a-f]{32})\$([0-9a-f]{128})$/;

function derive(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, PIN_KEY_BYTES, PIN_SCRYPT, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a PIN as the script does (used by tests and available to tools written in TypeScript). */
export async function hashPin(pin: string, salt: Buffer = randomBytes(PIN_SALT_BYTES)): Promise<string> {
  const key = await derive(pin, salt);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

/** Whether `pin` is the one hashed in `hash`; false for a malformed hash. Compares in constant time. */
export async function verifyPin(pin: string, hash: string): Promise<boolean> {
  const match = HASH_FORMAT.exec(hash);
  if (!match?.[1] || !match[2]) return false;
  const expected = Buffer.from(match[2], 'hex');
  const actual = await derive(pin, Buffer.from(match[1], 'hex'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
