/**
 * The desktop app end to end: the built app (`npm run build`) launched in Electron, checked for its lockdown
 * (web preferences, origin, what the page can reach) and for the content and language switch working over IPC.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { launchReader, newUserDataDir, runtime, skipReason } from './launch';

test.skip(!runtime.available, skipReason);
test.describe.configure({ mode: 'serial' });

const TITLES = { en: 'About Us', fr: 'À propos de nous' } as const;

/**
 * The page's globals, typed here because this project's test files are compiled without the DOM library.
 * Functions given to `page.evaluate` run in the page, so they cast `globalThis` themselves (no closures).
 */
type PageGlobals = {
  lisible?: Record<string, unknown>;
  location: { href: string };
  open(url: string): unknown;
};

let app: ElectronApplication | undefined;
let page: Page;

test.beforeAll(async () => {
  if (!runtime.available) return;
  ({ app, page } = await launchReader(await newUserDataDir()));
});

test.afterAll(async () => {
  await app?.close();
});

function electronApp(): ElectronApplication {
  if (!app) throw new Error('Electron did not start');
  return app;
}

async function savedLanguage(): Promise<string | undefined> {
  const userData = await electronApp().evaluate(({ app: main }) => main.getPath('userData'));
  try {
    const saved = JSON.parse(await readFile(join(userData, 'preferences.json'), 'utf8')) as { language?: string };
    return saved.language;
  } catch {
    return undefined;
  }
}

test('the window runs the page isolated, sandboxed and without Node', async () => {
  const preferences = await electronApp().evaluate(({ BrowserWindow }) => {
    // Not in Electron's typings, but the documented way to read back what a window was created with.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      { getLastWebPreferences(): Record<string, unknown> | null } | undefined;
    return contents?.getLastWebPreferences() ?? null;
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webviewTag: false,
    webSecurity: true,
    spellcheck: false,
  });
  expect(String(preferences?.['preload'])).toMatch(/[\\/]out[\\/]preload[\\/]preload\.cjs$/);
});

test('the page is served from app://lisible with its security headers, and nothing else is', async () => {
  expect(page.url()).toBe('app://lisible/index.html');
  const served = await page.evaluate(async () => {
    const response = await fetch('/index.html');
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'),
      nosniff: response.headers.get('x-content-type-options'),
    };
  });
  expect(served).toEqual({
    status: 200,
    type: 'text/html; charset=utf-8',
    csp: expect.stringContaining("default-src 'none'"),
    nosniff: 'nosniff',
  });
  // Files of the project outside the renderer folder are not served.
  const outside = await page.evaluate(async () => (await fetch('/package.json')).status);
  expect(outside).toBe(404);
});

test('the content arrives over IPC and the window title follows the page', async () => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^(${TITLES.en}|${TITLES.fr})$`));
  await expect(async () => {
    const windowTitle = await electronApp().evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(windowTitle).toBe(await page.title());
  }).toPass();
});

test('the page sees the bridge methods and no Node or Electron', async () => {
  const exposed = await page.evaluate(() => {
    const bridge = (globalThis as unknown as PageGlobals).lisible ?? {};
    return {
      methods: Object.keys(bridge).sort(),
      types: Object.values(bridge).map((value) => typeof value),
      require: typeof require,
      process: typeof process,
    };
  });
  const methods = [
    'exportMarks',
    'loadAuditRecords',
    'loadDocument',
    'loadKioskConfig',
    'loadLibraryIndex',
    'loadLibraryStart',
    'loadMarks',
    'loadPositions',
    'loadPreferences',
    'onHostEvent',
    'openExternal',
    'requestKioskExit',
    'saveAuditRecords',
    'saveMarks',
    'savePosition',
    'savePreferences',
  ];
  expect(exposed).toEqual({
    methods,
    types: methods.map(() => 'function'),
    require: 'undefined',
    process: 'undefined',
  });
});

test('main refuses preferences that fail the schema', async () => {
  const before = await savedLanguage();
  const outcome = await page.evaluate(async () => {
    const save = (globalThis as unknown as PageGlobals).lisible?.['savePreferences'] as (
      value: unknown,
    ) => Promise<void>;
    try {
      await save({ language: 'de' });
      return 'saved';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
  expect(await savedLanguage()).toBe(before);
});

test('the language switch goes to French and back, and is saved', async () => {
  const heading = page.getByRole('heading', { level: 1 });
  const toFrench = page.getByRole('button', { name: 'Français', exact: true });
  const toEnglish = page.getByRole('button', { name: 'English', exact: true });

  // A French choice saved by an earlier run wins over the pinned locale; start from English either way.
  if ((await heading.textContent())?.trim() === TITLES.fr) await toEnglish.click();
  await expect(heading).toHaveText(TITLES.en);

  await toFrench.click();
  await expect(heading).toHaveText(TITLES.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect.poll(savedLanguage).toBe('fr');

  await toEnglish.click();
  await expect(heading).toHaveText(TITLES.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(savedLanguage).toBe('en');
});

test('the page can neither open windows nor navigate away', async () => {
  const opened = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).open('https://example.com/') !== null,
  );
  expect(opened).toBe(false);
  expect(await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  // A prevented navigation leaves no trace to wait for; give an allowed one time to show.
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('app://lisible/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
