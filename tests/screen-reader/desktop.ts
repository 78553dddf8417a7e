/**
 * A private desktop with a screen reader, as a blind reader on Linux has it: an X display (Xvfb), a D-Bus
 * session bus, the AT-SPI accessibility bus, GNOME Orca speaking through speech-dispatcher and espeak-ng (into
 * ALSA's null device), and the reader's browser build
 * served on a free port. Nothing of it is shared with the machine's own session: its own display, buses,
 * runtime folder (so its own speech-dispatcher) and Orca settings. Orca allows one instance per user, so
 * `startDesktop` refuses to start while another Orca of this user runs, and never replaces it.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Readable } from 'node:stream';
import { freePort } from '../../scripts/free-port.mjs';
import { start, waitFor, type Started } from './processes';
import { OrcaSpeech } from './orca-speech';
import { SpeechDispatcherLog } from './speech-dispatcher-log';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const ORCA = '/usr/bin/orca';
const PYTHON = '/usr/bin/python3';
const AT_SPI_BUS_LAUNCHER = '/usr/libexec/at-spi-bus-launcher';
export const SCREEN = { width: 1280, height: 800 };

/**
 * Why the scenarios cannot run here, or undefined when they can. The programs come from Debian's packages
 * `orca xvfb dbus-x11 xdotool at-spi2-core speech-dispatcher-espeak-ng` (see .ci/run).
 */
export function missingScreenReader(): string | undefined {
  const programs = [
    ORCA,
    PYTHON,
    AT_SPI_BUS_LAUNCHER,
    '/usr/bin/Xvfb',
    '/usr/bin/dbus-daemon',
    '/usr/bin/xdotool',
    '/usr/bin/speech-dispatcher',
  ];
  const missing = programs.filter((program) => !existsSync(program));
  if (missing.length > 0)
    return `GNOME Orca and its desktop are not installed here (missing ${missing.join(', ')}); .ci/run installs them`;
  if (!existsSync(join(ROOT, 'out/web/index.html')))
    return 'the browser build is missing: run `npm run build:web` first';
  return undefined;
}

/** Orca's preferences for the tests: a screen reader as a user has it, minus what only adds noise or time. */
const ORCA_SETTINGS = {
  // Silent key echo and no braille display to look for; the page summary on load, but no automatic say-all,
  // so each scenario starts from the same quiet point; the fastest voice, so a say-all takes seconds.
  enableKeyEcho: false,
  enableBraille: false,
  enableTutorialMessages: false,
  sayAllOnLoad: false,
  pageSummaryOnLoad: true,
  voices: {
    default: { established: false, rate: 99 },
    uppercase: { 'average-pitch': 7.0 },
    hyperlink: { established: false },
    system: { established: false },
  },
};

export interface Desktop {
  /** The environment every program on this desktop runs in. */
  env: NodeJS.ProcessEnv;
  /** Where the reader's browser build is served. */
  baseURL: string;
  /** A fresh folder for one browser profile. */
  profileDir(): string;
  speech: OrcaSpeech;
  /** What every client of the desktop's speech-dispatcher asked it to say: Orca, and a page reading aloud. */
  dispatched: SpeechDispatcherLog;
  stop(): Promise<void>;
}

/** Starts the desktop; when it stops, Orca's whole debug log is kept in `keepLogIn`, if given. */
export async function startDesktop(keepLogIn?: string): Promise<Desktop> {
  const others = otherOrcas();
  if (others.length > 0)
    throw new Error(
      `another Orca of this user is running (pid ${others.join(', ')}); Orca allows one per user, so these tests wait for it to end`,
    );

  const dir = mkdtempSync(join(tmpdir(), 'lisible-screen-reader-'));
  const runtimeDir = join(dir, 'runtime');
  mkdirSync(runtimeDir, { mode: 0o700 });
  const started: Started[] = [];
  let profiles = 0;
  const logPath = join(dir, 'orca-debug.log');
  const dispatchedPath = join(dir, 'speech-dispatcher-protocol.log');
  const stop = async () => {
    for (const process of started.reverse()) await process.stop();
    if (keepLogIn && existsSync(logPath)) {
      mkdirSync(keepLogIn, { recursive: true });
      copyFileSync(logPath, join(keepLogIn, `orca-debug-${process.env.TEST_WORKER_INDEX ?? 'main'}.log`));
    }
    stopSpeechDispatcher(runtimeDir);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const base = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) =>
          !/^(DISPLAY|WAYLAND_DISPLAY|DBUS_SESSION_BUS_ADDRESS|AT_SPI_BUS_ADDRESS|NO_AT_BRIDGE|XDG_RUNTIME_DIR|LANGUAGE|LC_\w+)$/.test(
            name,
          ),
      ),
    );
    // speech-dispatcher refuses to start under a locale that is not generated (and Orca then says nothing):
    // C.UTF-8 always is.
    const env: NodeJS.ProcessEnv = { ...base, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', XDG_RUNTIME_DIR: runtimeDir };

    const xvfb = start(
      'Xvfb',
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'],
      { env, stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
    );
    started.push(xvfb);
    env.DISPLAY = `:${await firstLine(xvfb.child.stdio[3] as Readable, 'Xvfb to choose a display', 15_000)}`;

    const bus = start(
      'D-Bus',
      'dbus-daemon',
      ['--session', '--nofork', '--print-address=1', `--address=unix:dir=${dir}`],
      { env, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    started.push(bus);
    env.DBUS_SESSION_BUS_ADDRESS = await firstLine(bus.child.stdout as Readable, 'the D-Bus session bus', 10_000);

    started.push(start('AT-SPI bus', AT_SPI_BUS_LAUNCHER, ['--launch-immediately'], { env }));
    await waitFor(
      'the AT-SPI bus',
      15_000,
      async () => {
        try {
          await run(
            'dbus-send',
            ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'],
            { env, timeout: 2_000 },
          );
          return true;
        } catch {
          return undefined;
        }
      },
      200,
    );

    const port = await freePort();
    started.push(
      start('web server', process.execPath, [join(ROOT, 'scripts/serve-web.mjs'), '--port', String(port)], {
        env,
        cwd: ROOT,
      }),
    );
    const baseURL = `http://127.0.0.1:${port}/`;
    await waitFor(
      'the web server',
      30_000,
      async () => ((await fetch(baseURL).catch(() => undefined))?.ok ? true : undefined),
      200,
    );

    // espeak-ng through speech-dispatcher, fast (as practised screen-reader users listen) and into ALSA's null
    // device, which takes the sound as fast as it is made: a say-all of the page takes seconds, not minutes.
    env.XDG_CONFIG_HOME = join(dir, 'config');
    writeSpeechDispatcherConfig(join(env.XDG_CONFIG_HOME, 'speech-dispatcher'), dispatchedPath);

    const prefsDir = join(dir, 'orca');
    mkdirSync(prefsDir);
    writeFileSync(
      join(prefsDir, 'user-settings.conf'),
      JSON.stringify({
        general: ORCA_SETTINGS,
        profiles: { default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} } },
        pronunciations: {},
        keybindings: {},
      }),
    );
    writeFileSync(logPath, '');
    const launcher = join(import.meta.dirname, 'orca-launcher.py');
    const orcaOutput = openSync(join(dir, 'orca-output.txt'), 'w');
    started.push(
      start('Orca', PYTHON, [launcher, '-u', prefsDir, '--debug-file', logPath], {
        env,
        stdio: ['ignore', orcaOutput, orcaOutput],
      }),
    );
    closeSync(orcaOutput);
    const speech = new OrcaSpeech(logPath);
    await speech
      .waitFor(/^Screen reader on\.$/, {
        timeoutMs: 30_000,
        what: 'Orca to start speaking (is speech-dispatcher with espeak-ng installed?)',
      })
      .catch((error: unknown) => {
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\nOrca printed: ${readFileSync(join(dir, 'orca-output.txt'), 'utf8').trim() || '(nothing)'}`,
        );
      });

    return {
      env,
      baseURL,
      profileDir: () => {
        const profile = join(dir, `browser-${++profiles}`);
        mkdirSync(profile);
        return profile;
      },
      speech,
      dispatched: new SpeechDispatcherLog(dispatchedPath),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The ids of Orca processes this user runs (Orca names its process `orca`). */
export function otherOrcas(): number[] {
  try {
    return execFileSync('pgrep', ['-u', String(process.getuid?.() ?? 0), '-x', 'orca'], { encoding: 'utf8' })
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * This desktop's speech-dispatcher settings: the system's, into ALSA's null device, espeak-ng allowed faster, and
 * every client's commands logged to `protocolLog` (speech-dispatcher-log.ts reads it).
 */
function writeSpeechDispatcherConfig(configDir: string, protocolLog: string): void {
  const system = '/etc/speech-dispatcher';
  mkdirSync(join(configDir, 'modules'), { recursive: true });
  const main = readFileSync(join(system, 'speechd.conf'), 'utf8').replace(/^Include .*$/gm, '');
  writeFileSync(
    join(configDir, 'speechd.conf'),
    `${main}\nDefaultModule espeak-ng\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nCustomLogFile "protocol" "${protocolLog}"\n`,
  );
  const espeak = readFileSync(join(system, 'modules/espeak-ng.conf'), 'utf8').replace(
    /^EspeakMaxRate .*$/m,
    'EspeakMaxRate 1000',
  );
  writeFileSync(join(configDir, 'modules/espeak-ng.conf'), espeak);
}

/** speech-dispatcher daemonizes when Orca's client starts it; it writes its id in the runtime folder. */
function stopSpeechDispatcher(runtimeDir: string): void {
  const pidFile = join(runtimeDir, 'speech-dispatcher/pid/speech-dispatcher.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function firstLine(stream: Readable, what: string, timeoutMs: number): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      const newline = text.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolveLine(text.slice(0, newline).trim());
      }
    });
    stream.once('end', () => {
      clearTimeout(timer);
      reject(new Error(`${what} ended before it said where it is`));
    });
  });
}
