/**
 * The one way out of a kiosk: the administrator's PIN, checked against the configured hash, with guesses
 * limited (`attempt-limiter.ts`) and checked one at a time, so a page firing many requests at once gains
 * nothing. Free of Electron: `exit` is given, and so are the clock and the log.
 */
import {
  checkAttempt,
  NO_ATTEMPTS,
  PIN_ATTEMPT_LIMITS,
  recordAttempt,
  type AttemptLimits,
  type AttemptState,
} from './attempt-limiter';
import { verifyPin } from './pin';

export interface ExitGateOptions {
  /** `exitPinHash` from the configuration; without one, nothing opens the gate. */
  pinHash: string | undefined;
  /** Ends the app; called once, after the right PIN. */
  exit: () => void;
  log: (message: string) => void;
  now?: () => number;
  verify?: (pin: string, hash: string) => Promise<boolean>;
  limits?: AttemptLimits;
}

export function createExitGate({
  pinHash,
  exit,
  log,
  now = Date.now,
  verify = verifyPin,
  limits = PIN_ATTEMPT_LIMITS,
}: ExitGateOptions): (pin: string) => Promise<boolean> {
  let state: AttemptState = NO_ATTEMPTS;
  let queue: Promise<unknown> = Promise.resolve();

  const attempt = async (pin: string): Promise<boolean> => {
    if (pinHash === undefined) {
      log(
        '[kiosk] Exit refused: no exitPinHash is configured, so the kiosk can only be ended by the operating system.',
      );
      return false;
    }
    const check = checkAttempt(state, now());
    if (!check.allowed) {
      log(
        `[kiosk] Exit refused without checking: too many wrong PINs; try again in ${Math.ceil(check.retryInMs / 1000)} s.`,
      );
      return false;
    }
    let correct = false;
    try {
      correct = await verify(pin, pinHash);
    } catch (error) {
      log(`[kiosk] Could not check the PIN: ${error instanceof Error ? error.message : String(error)}`);
    }
    state = recordAttempt(state, correct, now(), limits);
    if (!correct) {
      const locked = !checkAttempt(state, now()).allowed;
      log(
        locked
          ? `[kiosk] Wrong PIN; ${limits.maxFailures} in a row, so attempts are refused for ${Math.round(limits.lockoutMs / 1000)} s.`
          : `[kiosk] Wrong PIN (${state.failures} of ${limits.maxFailures} before a pause).`,
      );
      return false;
    }
    log('[kiosk] Right PIN: leaving kiosk mode.');
    exit();
    return true;
  };

  return (pin) => {
    const result = queue.then(() => attempt(pin));
    queue = result.catch(() => undefined);
    return result;
  };
}
