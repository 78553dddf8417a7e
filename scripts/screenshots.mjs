// Takes the README's screenshots of the browser build (run `npm run build:web` first).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'reader-en', query: '?lang=en&theme=light', width: 1280, height: 800 },
  { name: 'reader-fr', query: '?lang=fr&theme=light', width: 1280, height: 800 },
  { name: 'theme-dark-en', query: '?lang=en&theme=dark', width: 1280, height: 800 },
  { name: 'theme-contrast-dark-fr', query: '?lang=fr&theme=contrast-dark', width: 1280, height: 800 },
  { name: 'theme-contrast-light-en', query: '?lang=en&theme=contrast-light&font=atkinson', width: 1280, height: 800 },
  { name: 'text-400-fr', query: '?lang=fr&theme=light&textSize=400', width: 1280, height: 800 },
  { name: 'text-400-tools-en', query: '?lang=en&theme=light&textSize=400', width: 1280, height: 800, click: 'Tools' },
  {
    name: 'preferences-fr',
    query: '?lang=fr&theme=light',
    width: 1280,
    height: 800,
    click: 'Outils',
    panel: 'Préférences de lecture',
  },
  {
    name: 'custom-colors-en',
    query:
      '?lang=en&theme=custom&textColor=e8dcc4&backgroundColor=1b1a17&linkColor=9fc3ff&focusColor=f0c674&highlightColor=f0c674',
    width: 1280,
    height: 800,
  },
  {
    name: 'reading-ruler-fr',
    query: '?lang=fr&theme=custom&readingRuler=window-3',
    width: 1280,
    height: 800,
    keys: Array(6).fill('ArrowDown'),
  },
  { name: 'reader-en-320', query: '?lang=en&theme=light&font=opendyslexic', width: 320, height: 640 },
  { name: 'kiosk-start', query: '?kiosk=1', width: 1280, height: 800, ready: 'Français' },
  { name: 'kiosk-reader-fr', query: '?kiosk=1', width: 1280, height: 800, ready: 'Français', click: 'Français' },
  { name: 'kiosk-portrait-start', query: '?kiosk=1', width: 1080, height: 1920, ready: 'Français' },
  {
    name: 'kiosk-portrait-reader-en',
    query: '?kiosk=1',
    width: 1080,
    height: 1920,
    ready: 'Français',
    click: 'English',
  },
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
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:4319/${shot.query}`);
  if (shot.ready) await page.getByRole('button', { name: shot.ready }).waitFor();
  else await page.getByRole('heading', { level: 1 }).waitFor();
  if (shot.click) await page.getByRole('button', { name: shot.click, exact: true }).click();
  if (shot.panel) await page.getByRole('button', { name: shot.panel }).click();
  for (const key of shot.keys ?? []) await page.keyboard.press(key);
  await page.evaluate(() => globalThis.document.fonts.ready);
  await page.screenshot({ path: `${OUT}/${shot.name}.png` });
  await page.close();
  console.log(`${OUT}/${shot.name}.png`);
}
await browser.close();
await server.close();
