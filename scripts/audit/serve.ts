/**
 * The browser build the audit looks at: its own copy, built (or copied from out/web) into a folder nobody else
 * writes to, so a build run meanwhile in the same tree cannot pull pages from under it. Served on a free port
 * of 127.0.0.1, as `npm run web` would.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { freePort } from '../free-port.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = resolve(ROOT, 'vite.web.config.ts');

export interface WebBuild {
  directory: string;
  remove: () => Promise<void>;
}

/** Builds the browser build into a folder of its own, or with `reuse` copies the one in out/web. */
export async function webBuild(reuse: boolean): Promise<WebBuild> {
  const directory = await mkdtemp(join(tmpdir(), 'lisible-audit-'));
  if (reuse) {
    await cp(resolve(ROOT, 'out/web'), directory, { recursive: true });
  } else {
    const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
    execFileSync(
      process.execPath,
      [
        vite,
        'build',
        '--config',
        CONFIG,
        '--configLoader',
        'runner',
        '--outDir',
        directory,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}

export async function serveWebBuild(directory: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    configFile: CONFIG,
    configLoader: 'runner',
    build: { outDir: directory },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
