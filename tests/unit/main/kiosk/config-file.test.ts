import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_CONFIG } from '../../../../common/kiosk';
import {
  BAD_CONFIG_EXIT_CODE,
  kioskConfigForPage,
  readKioskConfigFile,
  resolveKioskStart,
  type KioskStart,
} from '../../../../main/kiosk/config-file';

const HASH = `scrypt$${'ab'.repeat(16)}$${'cd'.repeat(64)}`;

let dir: string;

/** The refusal's message; fails the test if the start was not refused. */
function refusal(start: KioskStart): string {
  if (start.mode !== 'refused') throw new Error(`expected a refusal, got ${start.mode}`);
  return start.message;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lisible-kiosk-config-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('readKioskConfigFile', () => {
  it('reads a good configuration, filling in the fields left out', async () => {
    const path = await file(
      'kiosk.json',
      JSON.stringify({ idleTimeoutSeconds: 90, language: 'fr', exitPinHash: HASH }),
    );
    expect(readKioskConfigFile(path)).toEqual({
      ok: true,
      config: { ...DEFAULT_KIOSK_CONFIG, idleTimeoutSeconds: 90, language: 'fr', exitPinHash: HASH },
    });
  });

  it('takes an empty object as all the defaults, and a file saved with a byte-order mark', async () => {
    expect(readKioskConfigFile(await file('empty.json', '{}'))).toEqual({ ok: true, config: DEFAULT_KIOSK_CONFIG });
    expect(readKioskConfigFile(await file('bom.json', '\uFEFF{ "theme": "dark" }'))).toEqual({
      ok: true,
      config: { ...DEFAULT_KIOSK_CONFIG, theme: 'dark' },
    });
  });

  it('names each bad field and its problem', async () => {
    const path = await file(
      'bad.json',
      JSON.stringify({ warningSeconds: 10, language: 'de', exitPinHash: '2468', controls: [] }),
    );
    const reading = readKioskConfigFile(path);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors).toEqual([
      expect.stringMatching(/^warningSeconds: .*>=20/),
      expect.stringMatching(/^language: /),
      expect.stringMatching(/^controls: /),
      'exitPinHash: must be a hash made with `npm run kiosk:hash-pin`',
    ]);
  });

  it('refuses custom colours a reader could not read, and a brightness not offered', async () => {
    const colors = { text: '#777777', background: '#ffffff', link: '#000000', focus: '#000000', highlight: '#000000' };
    const reading = readKioskConfigFile(
      await file('colours.json', JSON.stringify({ customColors: colors, brightness: 40 })),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors).toEqual([
      'customColors: a pair of these colours is under its minimum contrast',
      expect.stringMatching(/^brightness: /),
    ]);
  });

  it('names an unknown field (a misspelt one would otherwise be silently ignored)', async () => {
    const reading = readKioskConfigFile(await file('typo.json', '{ "idleTimeout": 60 }'));
    expect(reading).toEqual({ ok: false, errors: ['idleTimeout: is not a kiosk setting'] });
  });

  it('refuses a field of the wrong type', async () => {
    const reading = readKioskConfigFile(await file('type.json', '{ "keepDisplayAwake": "yes" }'));
    expect(reading).toEqual({ ok: false, errors: [expect.stringMatching(/^keepDisplayAwake: Invalid type/)] });
  });

  it('refuses JSON that is not an object', async () => {
    expect(readKioskConfigFile(await file('array.json', '[]'))).toEqual({
      ok: false,
      errors: ['configuration: must be a JSON object of settings'],
    });
  });

  it('refuses a file that is not JSON, saying so', async () => {
    const reading = readKioskConfigFile(await file('broken.json', '{ idleTimeoutSeconds: 60 }'));
    expect(reading).toEqual({ ok: false, errors: [expect.stringMatching(/^the file is not valid JSON: /)] });
  });

  it('refuses a missing file, a folder and an unreadable file', async () => {
    expect(readKioskConfigFile(join(dir, 'nope.json'))).toEqual({
      ok: false,
      errors: ['the file could not be read: there is no such file'],
    });
    await mkdir(join(dir, 'folder.json'));
    expect(readKioskConfigFile(join(dir, 'folder.json'))).toEqual({
      ok: false,
      errors: ['the file could not be read: it is a folder, not a file'],
    });
    const denied = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(readKioskConfigFile('/etc/lisible/kiosk.json', denied)).toEqual({
      ok: false,
      errors: ['the file could not be read: permission denied'],
    });
  });

  it('refuses a file it may not read (permissions on disk)', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return; // root and Windows ignore the mode
    const path = await file('secret.json', '{}');
    await chmod(path, 0o000);
    expect(readKioskConfigFile(path)).toEqual({ ok: false, errors: ['the file could not be read: permission denied'] });
  });
});

describe('resolveKioskStart', () => {
  const base = () => ({ env: {}, cwd: dir, userDataDir: join(dir, 'user-data') });

  it('starts the desktop reader when nothing asks for a kiosk', () => {
    expect(resolveKioskStart({ ...base(), argv: ['electron', '.'] })).toEqual({ mode: 'desktop' });
  });

  it('starts a kiosk on the defaults with --kiosk alone', () => {
    expect(resolveKioskStart({ ...base(), argv: ['electron', '.', '--kiosk'] })).toMatchObject({
      mode: 'kiosk',
      config: DEFAULT_KIOSK_CONFIG,
    });
  });

  it('starts a kiosk with the settings of the named file', async () => {
    await file('kiosk.json', '{ "theme": "contrast-dark" }');
    const start = resolveKioskStart({ ...base(), argv: ['electron', '.', '--kiosk', '--config', 'kiosk.json'] });
    expect(start).toMatchObject({ mode: 'kiosk', config: { theme: 'contrast-dark' } });
    expect(start.mode === 'kiosk' && start.source).toContain('from --config');
  });

  it('starts a kiosk from the environment variable, and from kiosk.json in the user-data folder', async () => {
    const path = await file('env.json', '{ "language": "fr" }');
    expect(
      resolveKioskStart({ ...base(), argv: ['electron', '.'], env: { LISIBLE_KIOSK_CONFIG: path } }),
    ).toMatchObject({ config: { language: 'fr' } });
    await mkdir(join(dir, 'user-data'));
    await writeFile(join(dir, 'user-data', 'kiosk.json'), '{ "language": "en" }');
    expect(resolveKioskStart({ ...base(), argv: ['electron', '.'] })).toMatchObject({
      mode: 'kiosk',
      config: { language: 'en' },
    });
  });

  it('refuses a bad file with a message naming the file, each field and its problem', async () => {
    const path = await file('kiosk.json', '{ "warningSeconds": 5, "colour": "red" }');
    const message = refusal(resolveKioskStart({ ...base(), argv: ['electron', '.', '--config', path] }));
    expect(message).toContain('Lisible will not start in kiosk mode');
    expect(message).toContain(`${path} (from --config)`);
    expect(message).toMatch(/^ {2}- warningSeconds: .*>=20/m);
    expect(message).toContain('  - colour: is not a kiosk setting');
  });

  it('refuses a named file that is missing rather than fall back to the defaults', () => {
    const start = resolveKioskStart({ ...base(), argv: ['electron', '.', '--kiosk', '--config', 'missing.json'] });
    expect(refusal(start)).toContain('there is no such file');
  });

  it('refuses --config without a path', () => {
    expect(refusal(resolveKioskStart({ ...base(), argv: ['electron', '.', '--config'] }))).toContain(
      'the command line has a problem',
    );
  });

  it('exits with EX_CONFIG, which a service manager can be told not to restart on', () => {
    expect(BAD_CONFIG_EXIT_CODE).toBe(78);
  });
});

describe('kioskConfigForPage', () => {
  it('keeps the PIN hash in main', () => {
    const page = kioskConfigForPage({ ...DEFAULT_KIOSK_CONFIG, exitPinHash: HASH });
    expect(page).toEqual(DEFAULT_KIOSK_CONFIG);
    expect('exitPinHash' in page).toBe(false);
  });
});
