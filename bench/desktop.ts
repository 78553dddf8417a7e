/**
 * The desktop app, where the Electron runtime is on this machine: time from launch to the window being shown
 * (the app shows it on `ready-to-show`) and to the h1 on screen, and the memory of the main and renderer
 * processes. Elsewhere it says why it is skipped. Electron is never imported here: Playwright drives it.
 */
import { spawnSync } from 'node:child_process';
import { _electron as electron } from '@playwright/test';
import { findElectronRuntime } from '../scripts/electron-runtime.mjs';
import { PROJECT_ROOT } from './lib/paths';
import { round, summarize, type Summary } from './lib/stats';

export type DesktopResult =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      launches: number;
      toShown: Summary;
      toContent: Summary;
      memoryMB: { main: Summary; renderer: Summary; allProcesses: Summary };
    };

export async function measureDesktop(launches: number, log: (line: string) => void): Promise<DesktopResult> {
  const runtime = findElectronRuntime();
  if (!runtime.available) return { skipped: true, reason: runtime.reason };
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) return { skipped: true, reason: `npm run build failed:\n${built.stdout}${built.stderr}` };

  const toShown: number[] = [];
  const toContent: number[] = [];
  const main: number[] = [];
  const renderer: number[] = [];
  const all: number[] = [];
  for (let launch = 0; launch < launches; launch++) {
    const started = Date.now();
    const app = await electron.launch({
      executablePath: runtime.path,
      args: [PROJECT_ROOT],
      cwd: PROJECT_ROOT,
      locale: 'en-US',
    });
    try {
      // The moment a window is shown, in the main process's clock (the same machine clock as `started`).
      const shownAt = await app.evaluate(
        ({ app: application, BrowserWindow }) =>
          new Promise<number>((resolveShown) => {
            if (BrowserWindow.getAllWindows().some((window) => window.isVisible())) {
              resolveShown(Date.now());
              return;
            }
            for (const window of BrowserWindow.getAllWindows()) window.once('show', () => resolveShown(Date.now()));
            application.on('browser-window-created', (_event, window) =>
              window.once('show', () => resolveShown(Date.now())),
            );
          }),
      );
      const page = await app.firstWindow();
      await page.locator('h1').waitFor({ state: 'visible' });
      toContent.push(Date.now() - started);
      toShown.push(shownAt - started);
      await page.waitForTimeout(1000);
      const metrics = await app.evaluate(({ app: application }) =>
        application.getAppMetrics().map((metric) => ({ type: metric.type, kilobytes: metric.memory.workingSetSize })),
      );
      const sum = (type?: string) =>
        metrics
          .filter((metric) => !type || metric.type === type)
          .reduce((total, metric) => total + metric.kilobytes, 0) / 1024;
      main.push(sum('Browser'));
      renderer.push(sum('Tab'));
      all.push(sum());
      log(
        `  desktop launch ${launch + 1}/${launches}: shown after ${toShown.at(-1) ?? 0} ms, main ${round(sum('Browser'), 1)} MB, renderer ${round(sum('Tab'), 1)} MB`,
      );
    } finally {
      await app.close();
    }
  }
  return {
    skipped: false,
    launches,
    toShown: summarize(toShown),
    toContent: summarize(toContent),
    memoryMB: { main: summarize(main), renderer: summarize(renderer), allProcesses: summarize(all) },
  };
}
