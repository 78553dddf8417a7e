// Takes the README's screenshots of the browser build (run `npm run build:web` first).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'reader-en', query: '?lang=en', width: 1280, height: 800 },
  { name: 'reader-fr', query: '?lang=fr', width: 1280, height: 800 },
  ...(process.argv.includes('--all') ? [
    { name: 'reader-en-320', query: '?lang=en', width: 320, height: 640 },
    { name: 'reader-fr-320', query: '?lang=fr', width: 320, height: 640 },
  ] : []),
];

const server = await preview({
  configFile: 'vite.web.config.ts',
  configLoader: 'runner',
  preview: { host: '127.0.0.1', port: 4319, strictPort: true },
  logLevel: 'warn',
});
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
await mkdir(OUT, { recursive: true });
for (const shot of SHOTS) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
  await page.goto(`http://127.0.0.1:4319/${shot.query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}/${shot.name}.png` });
  await page.close();
  console.log(`${OUT}/${shot.name}.png`);
}
await browser.close();
await server.close();
