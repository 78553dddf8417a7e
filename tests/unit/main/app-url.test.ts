import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { APP_ORIGIN, contentTypeFor, isAppPageUrl, resolveAppRequest } from '../../../main/security/app-url';

let base: string;
let root: string;
let outsideFile: string;

/** A real folder: root/ holds the served files, secret.txt and private/ sit beside it and must stay out of reach. */
beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'lisible-app-url-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets', 'fonts'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), '');
  await writeFile(join(root, 'assets', 'fonts', 'reader.woff2'), '');
  await writeFile(join(root, 'read me.txt'), '');
  outsideFile = join(base, 'secret.txt');
  await writeFile(outsideFile, 'secret');
  await mkdir(join(base, 'private'));
  await writeFile(join(base, 'private', 'key.txt'), 'secret');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function symlinkOrSkip(context: TestContext, target: string, path: string): Promise<void> {
  try {
    await symlink(target, path);
  } catch (error) {
    // Windows without developer mode may not allow symlinks; there is nothing to test then.
    if (error instanceof Error && 'code' in error && error.code === 'EPERM') context.skip();
    throw error;
  }
}

describe('resolveAppRequest', () => {
  it('serves index.html for the root', async () => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/`)).resolves.toBe(join(root, 'index.html'));
    await expect(resolveAppRequest(root, APP_ORIGIN)).resolves.toBe(join(root, 'index.html'));
  });

  it('serves a nested file, ignoring query and fragment', async () => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/assets/fonts/reader.woff2`)).resolves.toBe(
      join(root, 'assets', 'fonts', 'reader.woff2'),
    );
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/index.html?lang=fr#about`)).resolves.toBe(
      join(root, 'index.html'),
    );
  });

  it('decodes ordinary percent-encoding', async () => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/read%20me.txt`)).resolves.toBe(join(root, 'read me.txt'));
  });

  it('refuses missing files and folders', async () => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/missing.js`)).resolves.toBeNull();
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/assets`)).resolves.toBeNull();
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/assets/`)).resolves.toBeNull();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/assets/../index.html',
    '/./index.html',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2e/index.html',
    '/assets/%2e%2e/%2e%2e/secret.txt',
  ])('refuses dot segments, plain or encoded: %s', async (path) => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}${path}`)).resolves.toBeNull();
  });

  it.each([
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets%2fapp.js',
    '/assets%2Fapp.js',
    '/..%5csecret.txt',
    '/assets%5capp.js',
    '/assets%5Capp.js',
    '/assets\\app.js',
    '/..\\secret.txt',
    '\\..\\secret.txt',
  ])('refuses encoded slashes and backslashes: %s', async (path) => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}${path}`)).resolves.toBeNull();
  });

  it('refuses absolute paths', async () => {
    for (const path of [
      `/${outsideFile}`,
      `/${encodeURIComponent(outsideFile)}`,
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/C:/Windows/win.ini',
      '/C%3A%5CWindows%5Cwin.ini',
      '/index.html:stream',
    ]) {
      await expect(resolveAppRequest(root, `${APP_ORIGIN}${path}`), path).resolves.toBeNull();
    }
  });

  it('refuses NUL bytes and malformed encoding', async () => {
    for (const path of ['/index.html%00', '/index.html%00.png', '/index.html\0', '/%E0%A4%A', '/%']) {
      await expect(resolveAppRequest(root, `${APP_ORIGIN}${path}`), JSON.stringify(path)).resolves.toBeNull();
    }
  });

  it('refuses other schemes and hosts', async () => {
    for (const url of [
      `file://${join(root, 'index.html')}`,
      'https://lisible/index.html',
      'http://lisible/index.html',
      'app://evil/index.html',
      'app://lisible.evil/index.html',
      'app://lisible@evil/index.html',
      'app://evil@lisible/index.html',
      'app://lisible:8080/index.html',
      'app:/lisible/index.html',
      'app:lisible/index.html',
      'xapp://lisible/index.html',
      '',
    ]) {
      await expect(resolveAppRequest(root, url), url).resolves.toBeNull();
    }
  });

  it('refuses a symlinked file that points out of the root', async (context) => {
    await symlinkOrSkip(context, outsideFile, join(root, 'escape.txt'));
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/escape.txt`)).resolves.toBeNull();
  });

  it('refuses a file under a symlinked folder that points out of the root', async (context) => {
    await symlinkOrSkip(context, join(base, 'private'), join(root, 'linked'));
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/linked/key.txt`)).resolves.toBeNull();
  });

  it('follows a symlink that stays inside the root', async (context) => {
    await symlinkOrSkip(context, join(root, 'assets', 'app.js'), join(root, 'alias.js'));
    await expect(resolveAppRequest(root, `${APP_ORIGIN}/alias.js`)).resolves.toBe(join(root, 'assets', 'app.js'));
  });

  it('works when the root itself is reached through a symlink', async (context) => {
    const linkedRoot = join(base, 'renderer-link');
    await symlinkOrSkip(context, root, linkedRoot);
    await expect(resolveAppRequest(linkedRoot, `${APP_ORIGIN}/assets/app.js`)).resolves.toBe(
      join(root, 'assets', 'app.js'),
    );
    await expect(resolveAppRequest(linkedRoot, `${APP_ORIGIN}/../secret.txt`)).resolves.toBeNull();
  });
});

describe('resolveAppRequest, with less common disguises', () => {
  it.each([
    ['double-encoded dots', '/%252e%252e/secret.txt'],
    ['double-encoded slash', '/..%252fsecret.txt'],
    ['overlong UTF-8 dots', '/%c0%ae%c0%ae/secret.txt'],
    ['overlong UTF-8 slash', '/..%c0%afsecret.txt'],
    ['full-width dots', '/\uff0e\uff0e/secret.txt'],
    ['a one-dot leader pair', '/\u2025/secret.txt'],
    ['mixed-case encoded dots', '/%2E./secret.txt'],
    ['a trailing-dot segment', '/assets./app.js'],
    ['an empty segment', '/assets//app.js'],
    ['a Windows drive in a segment', '/c:%5cwindows%5cwin.ini'],
    ['a UNC path', '/%5c%5cserver%5cshare%5cfile'],
  ])('refuses %s', async (_case, path) => {
    await expect(resolveAppRequest(root, `${APP_ORIGIN}${path}`)).resolves.toBeNull();
  });

  it('whatever path is asked for, serves only real files inside the root', async () => {
    // Segments built from the pieces traversal attempts are made of.
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%252e',
      '%2f',
      '%5c',
      '\\',
      '/',
      ':',
      '%00',
      'assets',
      'index.html',
      'secret.txt',
      'private',
      'key.txt',
      'renderer',
      '',
    );
    const path = fc.array(
      fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(path, async (segments) => {
        const served = await resolveAppRequest(root, `${APP_ORIGIN}/${segments.join('/')}`);
        if (served !== null) expect(served.startsWith(`${root}/`) || served.startsWith(`${root}\\`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isAppPageUrl', () => {
  it.each([
    'app://lisible/index.html',
    'app://lisible/index.html#our-goal',
    'app://lisible/index.html?lang=fr',
    'app://lisible/',
  ])('allows the app page %s', (url) => {
    expect(isAppPageUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'http://lisible/index.html',
    'https://www.ontariohealth.ca/about-us',
    'about:blank',
    'app://lisible.evil/index.html',
    'app://lisible@evil/index.html',
    'app://lisible:443/index.html',
    'app://evil/index.html',
    'app://lisible\\@evil/',
    'APP://LISIBLE/index.html',
    ' app://lisible/index.html',
    '',
  ])('refuses %s', (url) => {
    expect(isAppPageUrl(url)).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('names the renderer file types, with a charset for text', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/fonts/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/img/logo.svg')).toBe('image/svg+xml');
  });

  it('falls back to opaque bytes for anything unknown', () => {
    expect(contentTypeFor('/r/file.unknown')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/Makefile')).toBe('application/octet-stream');
  });
});
