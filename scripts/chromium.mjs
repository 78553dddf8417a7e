// Finds a Chromium for the end-to-end tests: one named in CHROMIUM_PATH, Playwright's own if it was
// installed, else the system's (Debian installs it at /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium quiet on a machine without network, and runnable as root in CI. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update'];

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, safePlaywrightChromium(), ...SYSTEM_CHROMIUMS];
  return candidates.find((path) => path && existsSync(path));
}

function safePlaywrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
