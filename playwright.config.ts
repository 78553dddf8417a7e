import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// A second checkout can test beside this one on its own port (LISIBLE_E2E_PORT), never reusing the other's server.
const PORT = Number(process.env.LISIBLE_E2E_PORT ?? 4318);
const chromiumPath = findChromium();

export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  // Reduced motion, so scrolling is instant and positions can be read at once; motion has its own test.
  use: { baseURL: `http://127.0.0.1:${PORT}/`, trace: 'off', reducedMotion: 'reduce' },
  webServer: {
    command: `node scripts/serve-web.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { args: CHROMIUM_ARGS, ...(chromiumPath ? { executablePath: chromiumPath } : {}) },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
