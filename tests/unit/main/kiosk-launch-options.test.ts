import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKioskLaunch, planKioskStart, userDataConfigPath } from '../../../main/kiosk/launch-options';

const CWD = resolve('/srv/lisible');
const USER_DATA = resolve('/home/kiosk/.config/Lisible');
const ELECTRON = ['/usr/lib/lisible/lisible'];
const NO_FILES = () => false;

describe('parseKioskLaunch', () => {
  it('finds nothing in an ordinary start, among Electron and Chromium switches', () => {
    expect(
      parseKioskLaunch(
        [...ELECTRON, '.', '--user-data-dir=/tmp/x', '--inspect=0', '--remote-debugging-port=0'],
        {},
        CWD,
      ),
    ).toEqual({
      kioskFlag: false,
      configFile: null,
      errors: [],
    });
  });

  it('reads --kiosk', () => {
    expect(parseKioskLaunch([...ELECTRON, '--kiosk'], {}, CWD)).toEqual({
      kioskFlag: true,
      configFile: null,
      errors: [],
    });
  });

  it('reads --config <path> and --config=<path>, resolving a relative path against the working folder', () => {
    expect(
      parseKioskLaunch([...ELECTRON, '--kiosk', '--config', '/etc/lisible/kiosk.json'], {}, CWD).configFile,
    ).toEqual({
      path: resolve('/etc/lisible/kiosk.json'),
      from: '--config',
    });
    expect(parseKioskLaunch([...ELECTRON, '--config=kiosk.json'], {}, CWD).configFile).toEqual({
      path: join(CWD, 'kiosk.json'),
      from: '--config',
    });
  });

  it('reads the LISIBLE_KIOSK_CONFIG environment variable, which --config overrides', () => {
    const env = { LISIBLE_KIOSK_CONFIG: '/etc/lisible/from-env.json' };
    expect(parseKioskLaunch(ELECTRON, env, CWD).configFile).toEqual({
      path: resolve('/etc/lisible/from-env.json'),
      from: 'LISIBLE_KIOSK_CONFIG',
    });
    expect(parseKioskLaunch([...ELECTRON, '--config', '/etc/a.json'], env, CWD).configFile?.from).toBe('--config');
    expect(parseKioskLaunch(ELECTRON, { LISIBLE_KIOSK_CONFIG: '  ' }, CWD).configFile).toBeNull();
  });

  it('reports --config without a path instead of guessing', () => {
    for (const argv of [
      [...ELECTRON, '--config'],
      [...ELECTRON, '--config', '--kiosk'],
      [...ELECTRON, '--config='],
    ]) {
      const request = parseKioskLaunch(argv, {}, CWD);
      expect(request.configFile).toBeNull();
      expect(request.errors).toEqual([
        expect.stringMatching(/^--config: needs the path of a kiosk configuration file/),
      ]);
    }
  });

  it('stops at --', () => {
    expect(parseKioskLaunch([...ELECTRON, '--', '--kiosk'], {}, CWD).kioskFlag).toBe(false);
  });
});

describe('planKioskStart', () => {
  const request = (argv: string[], env: Record<string, string> = {}) =>
    parseKioskLaunch([...ELECTRON, ...argv], env, CWD);

  it('is the desktop reader without --kiosk or a configuration file', () => {
    expect(planKioskStart(request([]), USER_DATA, NO_FILES)).toEqual({ mode: 'desktop' });
  });

  it('is a kiosk on the defaults with --kiosk alone', () => {
    expect(planKioskStart(request(['--kiosk']), USER_DATA, NO_FILES)).toEqual({ mode: 'kiosk', configFile: null });
  });

  it('is a kiosk from a named file, whether or not it exists (a mistyped path must not fall back to defaults)', () => {
    expect(planKioskStart(request(['--config', '/etc/missing.json']), USER_DATA, NO_FILES)).toEqual({
      mode: 'kiosk',
      configFile: { path: resolve('/etc/missing.json'), from: '--config' },
    });
  });

  it('is a kiosk from kiosk.json in the user-data folder when it exists and nothing else is named', () => {
    const exists = (path: string) => path === userDataConfigPath(USER_DATA);
    expect(planKioskStart(request([]), USER_DATA, exists)).toEqual({
      mode: 'kiosk',
      configFile: { path: join(USER_DATA, 'kiosk.json'), from: 'user-data folder' },
    });
    expect(planKioskStart(request(['--kiosk']), USER_DATA, exists)).toMatchObject({
      configFile: { from: 'user-data folder' },
    });
    expect(planKioskStart(request(['--config', '/etc/k.json']), USER_DATA, exists)).toMatchObject({
      configFile: { from: '--config' },
    });
  });

  it('refuses a command line with a problem', () => {
    expect(planKioskStart(request(['--kiosk', '--config']), USER_DATA, NO_FILES)).toMatchObject({
      mode: 'refuse',
      errors: [expect.any(String)],
    });
  });
});
