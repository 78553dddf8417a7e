/**
 * The screen-reader tests: GNOME Orca reads the browser build in Chromium on a private desktop (see README.md).
 * One worker: Orca allows one instance per user, and speech timing wants the machine's attention.
 */
import { defineConfig } from '@playwright/test';
import { missingScreenReader } from './desktop';

const missing = missingScreenReader();
if (missing) console.log(`Screen-reader tests skipped: ${missing}.`);

export default defineConfig({
  testDir: '.',
  testMatch: '*.sr.ts',
  outputDir: '../../test-results/screen-reader',
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  workers: 1,
  // One retry, reported as "flaky": on a busy machine Orca can fall behind the page it follows and say nothing
  // where it should name what took focus.
  retries: 1,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
});
