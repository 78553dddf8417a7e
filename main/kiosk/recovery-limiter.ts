/**
 * Crash recovery: when the page's renderer crashes or hangs, the window reloads, at most `maxReloads` times in
 * `windowMs`; one more failure in that time relaunches the whole app. Pure, so it is tested without a crash.
 */

export interface RecoveryLimits {
  maxReloads: number;
  windowMs: number;
}

export const RECOVERY_LIMITS: RecoveryLimits = { maxReloads: 3, windowMs: 5 * 60_000 };

export type RecoveryDecision =
  /** `reloads`: the reload times now on record, this one included. */
  { action: 'reload'; reloads: number[] } | { action: 'relaunch' };

/** `reloads`: the times (ms) of earlier reloads; those older than the window no longer count. */
export function decideRecovery(
  reloads: readonly number[],
  now: number,
  limits: RecoveryLimits = RECOVERY_LIMITS,
): RecoveryDecision {
  const recent = reloads.filter((time) => now - time < limits.windowMs);
  if (recent.length >= limits.maxReloads) return { action: 'relaunch' };
  return { action: 'reload', reloads: [...recent, now] };
}

/** How long after killing a hung renderer its `killed` exit is taken as ours, not as a new failure. */
export const OWN_KILL_GRACE_MS = 10_000;

/** Whether a renderer exit is the one recovery caused by killing a hung renderer. */
export function isOwnKill(reason: string, killedAt: number | null, now: number): boolean {
  return reason === 'killed' && killedAt !== null && now - killedAt < OWN_KILL_GRACE_MS;
}

/** One log line per recovery step, with the time and the reason. */
export function recoveryLogLine(
  now: number,
  what: string,
  decision: RecoveryDecision,
  limits: RecoveryLimits = RECOVERY_LIMITS,
): string {
  const when = new Date(now).toISOString();
  const minutes = Math.round(limits.windowMs / 60_000);
  return decision.action === 'reload'
    ? `[kiosk] ${when} ${what}: reloading the reader (${decision.reloads.length} of ${limits.maxReloads} reloads allowed in ${minutes} minutes)`
    : `[kiosk] ${when} ${what}: ${limits.maxReloads} reloads in ${minutes} minutes already; relaunching Lisible`;
}
