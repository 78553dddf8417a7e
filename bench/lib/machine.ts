/** The machine and software a run was made on, for the results file and the README. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string | undefined;
  commit: string | undefined;
  date: string;
  /** 1-minute load averages when the run started and when it ended: other work on the machine skews figures. */
  loadAverage: { start: number; end: number };
}

const loadAtStart = loadavg()[0] ?? 0;

export function machineInfo(chromiumVersion: string | undefined): MachineInfo {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    commit: gitCommit(),
    date: new Date().toISOString(),
    loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
  };
}

function gitCommit(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return undefined;
  }
}
