/**
 * Whether the app starts as a kiosk, and from which configuration file: read from the command line and the
 * environment only, so it is tested under Node. `config-file.ts` then reads the file this names.
 *
 * - `--kiosk` starts a kiosk; without a configuration file it runs with the defaults.
 * - `--config <path>` (or `--config=<path>`) names the file; so does the environment variable
 *   `LISIBLE_KIOSK_CONFIG` when there is no `--config`. Naming a file starts a kiosk, with or without `--kiosk`.
 * - Failing both, a `kiosk.json` in the user-data folder starts a kiosk (the caller checks whether it exists).
 */
import { isAbsolute, join, resolve } from 'node:path';

export const KIOSK_FLAG = '--kiosk';
export const CONFIG_OPTION = '--config';
export const KIOSK_CONFIG_ENV = 'LISIBLE_KIOSK_CONFIG';
export const KIOSK_CONFIG_FILE_NAME = 'kiosk.json';

/** Where a configuration file was named, as said in error messages. */
export type ConfigSource = typeof CONFIG_OPTION | typeof KIOSK_CONFIG_ENV | 'user-data folder';

export interface ConfigFileRef {
  path: string;
  from: ConfigSource;
}

export interface KioskLaunchRequest {
  /** `--kiosk` was given. */
  kioskFlag: boolean;
  /** A configuration file named on the command line or in the environment. */
  configFile: ConfigFileRef | null;
  /** Problems with the command line itself (`--config` with no path). */
  errors: string[];
}

/** The start decided: a desktop reader, a kiosk from a file, a kiosk on the defaults, or a refusal. */
export type KioskStartPlan =
  | { mode: 'desktop' }
  | { mode: 'kiosk'; configFile: ConfigFileRef }
  | { mode: 'kiosk'; configFile: null }
  | { mode: 'refuse'; errors: string[] };

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * Reads the kiosk switches from the whole of `process.argv` (Electron's and Chromium's own switches, and the
 * app path, pass by untouched); `cwd` resolves a relative `--config` path.
 */
export function parseKioskLaunch(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): KioskLaunchRequest {
  let kioskFlag = false;
  let configPath: string | undefined;
  const errors: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') break;
    if (arg === KIOSK_FLAG) {
      kioskFlag = true;
    } else if (arg === CONFIG_OPTION) {
      const next = argv[index + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        errors.push(
          `${CONFIG_OPTION}: needs the path of a kiosk configuration file, e.g. ${CONFIG_OPTION} /etc/lisible/kiosk.json`,
        );
      } else {
        configPath = next;
        index += 1;
      }
    } else if (arg.startsWith(`${CONFIG_OPTION}=`)) {
      const value = arg.slice(CONFIG_OPTION.length + 1);
      if (value === '')
        errors.push(
          `${CONFIG_OPTION}: needs the path of a kiosk configuration file, e.g. ${CONFIG_OPTION}=/etc/lisible/kiosk.json`,
        );
      else configPath = value;
    }
  }
  const fromEnv = env[KIOSK_CONFIG_ENV];
  let configFile: ConfigFileRef | null = null;
  if (configPath !== undefined) configFile = { path: absolute(configPath, cwd), from: CONFIG_OPTION };
  else if (fromEnv !== undefined && fromEnv.trim() !== '')
    configFile = { path: absolute(fromEnv.trim(), cwd), from: KIOSK_CONFIG_ENV };
  return { kioskFlag, configFile, errors };
}

/** The user-data folder's kiosk configuration file. */
export function userDataConfigPath(userDataDir: string): string {
  return join(userDataDir, KIOSK_CONFIG_FILE_NAME);
}

/**
 * Decides the start. A named file must then be read even if it turns out to be missing (a typo in the path must
 * not start a kiosk on the defaults); the user-data file counts only if it exists.
 */
export function planKioskStart(
  request: KioskLaunchRequest,
  userDataDir: string,
  exists: (path: string) => boolean,
): KioskStartPlan {
  if (request.errors.length > 0) return { mode: 'refuse', errors: request.errors };
  if (request.configFile) return { mode: 'kiosk', configFile: request.configFile };
  const inUserData = userDataConfigPath(userDataDir);
  if (exists(inUserData)) return { mode: 'kiosk', configFile: { path: inUserData, from: 'user-data folder' } };
  return request.kioskFlag ? { mode: 'kiosk', configFile: null } : { mode: 'desktop' };
}
