/**
 * Limits PIN guesses: after `maxFailures` wrong PINs in a row, every attempt is refused, unchecked, for
 * `lockoutMs`; then the count starts again. Pure (state in, state out), so it is tested without waiting.
 */

export interface AttemptLimits {
  maxFailures: number;
  lockoutMs: number;
}

export const PIN_ATTEMPT_LIMITS: AttemptLimits = { maxFailures: 5, lockoutMs: 60_000 };

export interface AttemptState {
  /** Wrong PINs since the last right one or the last lockout. */
  failures: number;
  /** Until when (ms since the epoch) attempts are refused; 0 when not locked. */
  lockedUntil: number;
}

export const NO_ATTEMPTS: AttemptState = { failures: 0, lockedUntil: 0 };

export type AttemptCheck = { allowed: true } | { allowed: false; retryInMs: number };

export function checkAttempt(state: AttemptState, now: number): AttemptCheck {
  return now < state.lockedUntil ? { allowed: false, retryInMs: state.lockedUntil - now } : { allowed: true };
}

/** The state after a checked attempt; only call it for attempts `checkAttempt` allowed. */
export function recordAttempt(
  state: AttemptState,
  correct: boolean,
  now: number,
  limits: AttemptLimits = PIN_ATTEMPT_LIMITS,
): AttemptState {
  if (correct) return NO_ATTEMPTS;
  const failures = state.failures + 1;
  if (failures >= limits.maxFailures) return { failures: 0, lockedUntil: now + limits.lockoutMs };
  return { failures, lockedUntil: 0 };
}
