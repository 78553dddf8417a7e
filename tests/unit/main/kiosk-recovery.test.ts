import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  isOwnKill,
  OWN_KILL_GRACE_MS,
  RECOVERY_LIMITS,
  recoveryLogLine,
} from '../../../main/kiosk/recovery-limiter';

const MINUTE = 60_000;

describe('decideRecovery', () => {
  it('reloads up to three times in five minutes, then relaunches', () => {
    expect(RECOVERY_LIMITS).toEqual({ maxReloads: 3, windowMs: 5 * MINUTE });
    let reloads: number[] = [];
    for (const now of [0, MINUTE, 2 * MINUTE]) {
      const decision = decideRecovery(reloads, now);
      expect(decision.action).toBe('reload');
      if (decision.action === 'reload') reloads = decision.reloads;
    }
    expect(reloads).toEqual([0, MINUTE, 2 * MINUTE]);
    expect(decideRecovery(reloads, 3 * MINUTE)).toEqual({ action: 'relaunch' });
  });

  it('forgets reloads older than five minutes', () => {
    const decision = decideRecovery([0, MINUTE, 2 * MINUTE], 5 * MINUTE);
    expect(decision).toEqual({ action: 'reload', reloads: [MINUTE, 2 * MINUTE, 5 * MINUTE] });
  });

  it('reloads a crash a day for ever', () => {
    let reloads: number[] = [];
    for (let day = 0; day < 30; day += 1) {
      const decision = decideRecovery(reloads, day * 24 * 60 * MINUTE);
      expect(decision.action).toBe('reload');
      if (decision.action === 'reload') reloads = decision.reloads;
    }
  });

  it('takes its limits as a parameter', () => {
    expect(decideRecovery([0], 1, { maxReloads: 1, windowMs: 10 })).toEqual({ action: 'relaunch' });
    expect(decideRecovery([0], 10, { maxReloads: 1, windowMs: 10 })).toEqual({ action: 'reload', reloads: [10] });
  });
});

describe('isOwnKill', () => {
  it("takes a 'killed' exit soon after recovery killed a hung renderer as recovery's own", () => {
    expect(isOwnKill('killed', 1000, 1500)).toBe(true);
    expect(isOwnKill('crashed', 1000, 1500)).toBe(false);
    expect(isOwnKill('killed', null, 1500)).toBe(false);
    expect(isOwnKill('killed', 1000, 1000 + OWN_KILL_GRACE_MS)).toBe(false);
  });
});

describe('recoveryLogLine', () => {
  it('says when, why and what is done', () => {
    const now = Date.UTC(2025, 0, 2, 3, 4, 5);
    expect(recoveryLogLine(now, 'the page has stopped responding', { action: 'reload', reloads: [now] })).toBe(
      '[kiosk] 2025-01-02T03:04:05.000Z the page has stopped responding: reloading the reader (1 of 3 reloads allowed in 5 minutes)',
    );
    expect(recoveryLogLine(now, "the page's renderer is gone (crashed, exit code 11)", { action: 'relaunch' })).toBe(
      "[kiosk] 2025-01-02T03:04:05.000Z the page's renderer is gone (crashed, exit code 11): 3 reloads in 5 minutes already; relaunching Lisible",
    );
  });
});
