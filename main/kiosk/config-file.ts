/**
 * Reads the kiosk configuration at start: the file named by `launch-options.ts`, parsed as JSON and validated by
 * `parseKioskConfig`. Any problem (unreadable, not JSON, invalid) refuses the kiosk with a message that names the
 * file and, for each bad field, the field and the problem: a kiosk never starts half-configured.
 *
 * Synchronous on purpose: main reads it before the app is ready, where a refusal can still end the process
 * before any window or privileged scheme exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_KIOSK_CONFIG, type KioskConfig } from '../../common/kiosk';
import { parseKioskConfig } from '../../common/kiosk-config';
import { parseKioskLaunch, planKioskStart, type ConfigFileRef } from './launch-options';

type KioskConfigReading = { ok: true; config: KioskConfig } | { ok: false; errors: string[] };

export type KioskStart =
  | { mode: 'desktop' }
  | { mode: 'kiosk'; config: KioskConfig; /** Where the settings came from, for the log. */ source: string }
  | { mode: 'refused'; message: string };

/** sysexits' EX_CONFIG: a service manager can be told not to restart on it (see the README). */
export const BAD_CONFIG_EXIT_CODE = 78;

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    if (code === 'ENOENT') return 'there is no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a folder, not a file';
    return error.message;
  }
  return String(error);
}

/** Reads and validates one configuration file; never throws. */
export function readKioskConfigFile(
  path: string,
  read: (path: string) => string = (file) => readFileSync(file, 'utf8'),
): KioskConfigReading {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    return { ok: false, errors: [`the file could not be read: ${reason(error)}`] };
  }
  let value: unknown;
  try {
    // A byte-order mark, as Windows Notepad may write, is not a JSON error worth refusing a kiosk for.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`the file is not valid JSON: ${reason(error)}`] };
  }
  return parseKioskConfig(value);
}

function describe(ref: ConfigFileRef): string {
  return ref.from === 'user-data folder' ? `${ref.path} (in the user-data folder)` : `${ref.path} (from ${ref.from})`;
}

/** The message shown (error box and stderr) when the kiosk refuses to start. */
function refusalMessage(ref: ConfigFileRef | null, errors: readonly string[]): string {
  const what = ref ? `the kiosk configuration ${describe(ref)} has a problem` : 'the command line has a problem';
  return [
    `Lisible will not start in kiosk mode: ${what}.`,
    ...errors.map((error) => `  - ${error}`),
    'Correct it and start Lisible again. The settings are described under "Kiosk mode" in the README.',
  ].join('\n');
}

interface KioskStartInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  userDataDir: string;
  exists?: (path: string) => boolean;
  read?: (path: string) => string;
}

/** Everything main needs to know at start: desktop, kiosk with its validated settings, or a refusal. */
export function resolveKioskStart({
  argv,
  env,
  cwd,
  userDataDir,
  exists = existsSync,
  read,
}: KioskStartInputs): KioskStart {
  const plan = planKioskStart(parseKioskLaunch(argv, env, cwd), userDataDir, exists);
  switch (plan.mode) {
    case 'desktop':
      return plan;
    case 'refuse':
      return { mode: 'refused', message: refusalMessage(null, plan.errors) };
    case 'kiosk': {
      if (plan.configFile === null)
        return {
          mode: 'kiosk',
          config: DEFAULT_KIOSK_CONFIG,
          source: 'the default settings (--kiosk, no configuration file)',
        };
      const reading = readKioskConfigFile(plan.configFile.path, read);
      if (!reading.ok) return { mode: 'refused', message: refusalMessage(plan.configFile, reading.errors) };
      return { mode: 'kiosk', config: reading.config, source: `the settings in ${describe(plan.configFile)}` };
    }
  }
}

/** What the page is given: the settings without the PIN hash, which stays in main (no offline guessing). */
export function kioskConfigForPage(config: KioskConfig): KioskConfig {
  const forPage: KioskConfig = { ...config };
  delete forPage.exitPinHash;
  return forPage;
}
