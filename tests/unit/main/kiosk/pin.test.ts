import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { parseKioskConfig } from '../../../../common/kiosk-config';
import {
  checkAttempt,
  NO_ATTEMPTS,
  PIN_ATTEMPT_LIMITS,
  recordAttempt,
  type AttemptState,
} from '../../../../main/kiosk/attempt-limiter';
import { createExitGate } from '../../../../main/kiosk/exit-gate';
import { hashPin, verifyPin } from '../../../../main/kiosk/pin';

const SCRIPT = resolve(import.meta.dirname, '../../../../scripts/kiosk-hash-pin.mjs');
const run = promisify(execFile);

interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run kiosk:hash-pin` as an administrator would, the PIN on standard input. */
function hashWithScript(input: string): Promise<ScriptRun> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [SCRIPT], (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses others', async () => {
    const hash = await hashPin('2468');
    await expect(verifyPin('2468', hash)).resolves.toBe(true);
    await expect(verifyPin('2469', hash)).resolves.toBe(false);
    await expect(verifyPin('', hash)).resolves.toBe(false);
    await expect(verifyPin('24680', hash)).resolves.toBe(false);
  });

  it('salts each hash, so two kiosks with one PIN have different hashes', async () => {
    expect(await hashPin('2468')).not.toBe(await hashPin('2468'));
  });

  it('writes the format the kiosk configuration accepts', async () => {
    const hash = await hashPin('2468');
    expect(hash).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect(parseKioskConfig({ exitPinHash: hash }).ok).toBe(true);
  });

  it('refuses every PIN against a malformed hash', async () => {
    for (const hash of [
      '',
      '2468',
      `scrypt$${'0'.repeat(32)}$${'0'.repeat(127)}`,
      `bcrypt$${'0'.repeat(32)}$${'0'.repeat(128)}`,
    ]) {
      await expect(verifyPin('2468', hash)).resolves.toBe(false);
    }
  });
});

describe('npm run kiosk:hash-pin', () => {
  it('prints a hash that main verifies, read from standard input', async () => {
    const { code, stdout } = await hashWithScript('97531\n');
    expect(code).toBe(0);
    const hash = stdout.trim();
    expect(parseKioskConfig({ exitPinHash: hash }).ok).toBe(true);
    await expect(verifyPin('97531', hash)).resolves.toBe(true);
    await expect(verifyPin('97532', hash)).resolves.toBe(false);
  });

  it('takes the PIN as an argument too', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT, '8642']);
    await expect(verifyPin('8642', stdout.trim())).resolves.toBe(true);
  });

  it('refuses a PIN too short or too long, printing no hash', async () => {
    const short = await hashWithScript('12\n');
    expect(short).toMatchObject({ code: 1, stdout: '' });
    expect(short.stderr).toContain('at least 4');
    const long = await hashWithScript(`${'1'.repeat(65)}\n`);
    expect(long).toMatchObject({ code: 1, stdout: '' });
    expect(long.stderr).toContain('at most 64');
  });
});

describe('PIN attempt limiter', () => {
  const fail = (state: AttemptState, now: number) => recordAttempt(state, false, now);

  it('allows attempts until five wrong PINs in a row, then refuses for a minute', () => {
    expect(PIN_ATTEMPT_LIMITS).toEqual({ maxFailures: 5, lockoutMs: 60_000 });
    let state = NO_ATTEMPTS;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      state = fail(state, 1000);
      expect(checkAttempt(state, 1000)).toEqual({ allowed: true });
    }
    state = fail(state, 1000);
    expect(checkAttempt(state, 1000)).toEqual({ allowed: false, retryInMs: 60_000 });
    expect(checkAttempt(state, 60_999)).toEqual({ allowed: false, retryInMs: 1 });
    expect(checkAttempt(state, 61_000)).toEqual({ allowed: true });
  });

  it('gives a fresh count after the pause', () => {
    let state = NO_ATTEMPTS;
    for (let attempt = 0; attempt < 5; attempt += 1) state = fail(state, 0);
    state = fail(state, 61_000);
    expect(state.failures).toBe(1);
    expect(checkAttempt(state, 61_000)).toEqual({ allowed: true });
  });

  it('forgets the wrong PINs after a right one', () => {
    let state = NO_ATTEMPTS;
    for (let attempt = 0; attempt < 4; attempt += 1) state = fail(state, 0);
    state = recordAttempt(state, true, 0);
    expect(state).toEqual(NO_ATTEMPTS);
  });

  it('takes its limits as a parameter', () => {
    const state = recordAttempt(recordAttempt(NO_ATTEMPTS, false, 0, { maxFailures: 2, lockoutMs: 10 }), false, 0, {
      maxFailures: 2,
      lockoutMs: 10,
    });
    expect(checkAttempt(state, 9)).toEqual({ allowed: false, retryInMs: 1 });
  });
});

describe('the exit gate', () => {
  const HASH = 'hash-of-2468';
  const verify = vi.fn((pin: string, hash: string) => Promise.resolve(hash === HASH && pin === '2468'));

  function gate(pinHash: string | null = HASH) {
    let now = 0;
    const exit = vi.fn();
    const log = vi.fn();
    const request = createExitGate({ pinHash: pinHash ?? undefined, exit, log, verify, now: () => now });
    return { request, exit, log, advance: (ms: number) => (now += ms) };
  }

  it('exits on the right PIN, once', async () => {
    const { request, exit } = gate();
    await expect(request('1111')).resolves.toBe(false);
    expect(exit).not.toHaveBeenCalled();
    await expect(request('2468')).resolves.toBe(true);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('refuses even the right PIN, unchecked, during the pause after five wrong ones', async () => {
    const { request, exit, advance } = gate();
    for (let attempt = 0; attempt < 5; attempt += 1) await expect(request('0000')).resolves.toBe(false);
    verify.mockClear();
    await expect(request('2468')).resolves.toBe(false);
    expect(verify).not.toHaveBeenCalled();
    advance(60_000);
    await expect(request('2468')).resolves.toBe(true);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('checks attempts fired together one at a time, so a burst counts in full', async () => {
    const { request, exit } = gate();
    const answers = await Promise.all([...Array.from({ length: 5 }, () => request('0000')), request('2468')]);
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('never opens without a configured hash, and says why', async () => {
    const { request, exit, log } = gate(null);
    await expect(request('2468')).resolves.toBe(false);
    expect(exit).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no exitPinHash'));
  });

  it('logs wrong PINs without the PIN', async () => {
    const { request, log } = gate();
    await request('13579');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Wrong PIN'));
    expect(log.mock.calls.flat().join(' ')).not.toContain('13579');
  });

  it('verifies with the real scrypt check by default', async () => {
    const hash = await hashPin('2468');
    const exit = vi.fn();
    const request = createExitGate({ pinHash: hash, exit, log: () => undefined });
    await expect(request('2467')).resolves.toBe(false);
    await expect(request('2468')).resolves.toBe(true);
    expect(exit).toHaveBeenCalledOnce();
  });
});
