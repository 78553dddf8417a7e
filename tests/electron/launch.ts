/**
 * Starts the built app (`npm run build`) in Electron for a test, each test file with its own user-data folder:
 * the app holds a single-instance lock per user-data folder, so files running side by side must not share one.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronRuntime } from '../../scripts/electron-runtime.mjs';

export const runtime = findElectronRuntime();
export const skipReason = runtime.available ? '' : `Electron tests skipped: ${runtime.reason}`;
// The list reporter shows skipped tests without their reason; say it once per process that loads the tests.
if (!runtime.available) console.warn(skipReason);

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const MAIN_ENTRY = join(PROJECT_ROOT, 'out/main/index.js');

export function newUserDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lisible-electron-'));
}

/** The command line that starts the app as `npm start` does, with its data kept in `userDataDir`. */
export function appArguments(userDataDir: string): string[] {
  // The project folder, not out/main/index.js itself: Electron then runs package.json's "main" with the project
  // as the app path, where the app finds content/ as in `npm start`.
  return [PROJECT_ROOT, `--user-data-dir=${userDataDir}`];
}

export async function launchReader(userDataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!runtime.available) throw new Error(skipReason);
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run \`npm run build\` first`);
  const app = await electron.launch({
    executablePath: runtime.path,
    args: appArguments(userDataDir),
    cwd: PROJECT_ROOT,
    // The first run follows the system language; pin it so the run does not depend on the machine.
    locale: 'en-US',
  });
  const page = await app.firstWindow();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { app, page };
}
