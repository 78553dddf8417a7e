/** Child processes the harness starts: each in a process group of its own, ended by its id, every wait bounded. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Started {
  name: string;
  child: ChildProcess;
  /**
   * Stops the process and everything it started in its group: SIGTERM to the group (or to the leader alone, for
   * a program that closes its own helpers, as a browser does), then SIGKILL to the group after `graceMs`.
   */
  stop(graceMs?: number, options?: { leaderOnly?: boolean }): Promise<void>;
}

export function start(name: string, command: string, args: readonly string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  if (child.pid === undefined) throw new Error(`${name} did not start (${command})`);
  const pid = child.pid;
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else
      child.once('exit', () => {
        resolveExit();
      });
  });
  return {
    name,
    child,
    async stop(graceMs = 3_000, { leaderOnly = false } = {}) {
      if (leaderOnly) signal(pid, 'SIGTERM');
      else signalGroup(pid, 'SIGTERM');
      const ended = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
      // The leader may have gone while others of its group linger (a browser's helpers): end them too.
      signalGroup(pid, 'SIGKILL');
      if (!ended) await Promise.race([exited, sleep(2_000)]);
    },
  };
}

function signalGroup(pid: number, name: NodeJS.Signals): void {
  signal(-pid, name);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Polls `condition` every `intervalMs` until it returns a value, or throws `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  condition: () => T | undefined | Promise<T | undefined>,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}
