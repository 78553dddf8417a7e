/** The installer configuration, checked against the JSON schema electron-builder itself validates with. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  directories: { buildResources: string };
  linux: { icon: string; target: string[] };
  win: { icon: string; target: string };
  mac: { icon: string; target: string };
  extraResources: { from: string; to: string }[];
};

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // electron-builder's schema uses ajv-keywords' `typeof` for options that take functions.
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  it("validates against electron-builder's schema", () => {
    const validate = validator();
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check does catch mistakes', () => {
    const validate = validator();
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, target: 7 } })).toBe(false);
  });

  it('builds AppImage and deb for Linux, nsis for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });

  it('flips every fuse of the security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the content folder as extra resources', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'content', to: 'content' })]);
  });

  it('names icons that exist', () => {
    const resources = join(ROOT, config.directories.buildResources);
    for (const icon of [config.win.icon, config.mac.icon]) expect(existsSync(join(resources, icon)), icon).toBe(true);
    for (const size of [256, 512])
      expect(existsSync(join(resources, config.linux.icon, `${size}x${size}.png`))).toBe(true);
  });

  it('has icons of the sizes their names promise', () => {
    const pngSize = (path: string) => {
      const data = readFileSync(path);
      return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    };
    const resources = join(ROOT, config.directories.buildResources);
    expect(pngSize(join(resources, 'icon.png'))).toEqual({ width: 512, height: 512 });
    for (const size of [256, 512]) {
      expect(pngSize(join(resources, config.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
