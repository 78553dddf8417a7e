// Renders build/icon.svg to the PNGs electron-builder packs: build/icon.png (512 px, for the macOS and Windows
// icons it derives) and build/icons/<size>x<size>.png (the Linux icon set). Uses the same Chromium as the
// end-to-end tests. Run it after changing the SVG and commit the PNGs: `node scripts/make-icons.mjs`.
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const SOURCE = 'build/icon.svg';
const OUTPUTS = [
  { size: 512, path: 'build/icon.png' },
  { size: 512, path: 'build/icons/512x512.png' },
  { size: 256, path: 'build/icons/256x256.png' },
];

const svg = await readFile(SOURCE, 'utf8');
const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  await mkdir('build/icons', { recursive: true });
  for (const { size, path } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${image}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    // Transparent outside the rounded square.
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    console.log(`${path} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
