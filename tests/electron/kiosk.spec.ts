/**
 * The desktop kiosk end to end: started with `--kiosk --config <file>`, the window is full screen, has no menu,
 * no context menu and no devtools, keeps the blocked keys from the page while the reader's own keys reach it, cannot be closed,
 * writes no preferences, reloads itself after a renderer crash, and ends only with the exit chord and the PIN.
 * A bad configuration refuses to start, with the message.
 */
import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { hashPin } from '../../main/kiosk/pin';
import { SAMPLE_RECORD } from '../support/manual-record';
import { appArguments, newUserDataDir, PROJECT_ROOT, runtime, skipReason } from './launch';

test.skip(!runtime.available, skipReason);
test.describe.configure({ mode: 'serial' });

const PIN = '2468';

/** The page's globals, typed here because this project's test files are compiled without the DOM library. */
type PageGlobals = {
  kioskTest?: { keys: string[] };
  addEventListener(
    type: string,
    listener: (event: { key: string; ctrlKey: boolean; shiftKey: boolean }) => void,
    capture: boolean,
  ): void;
  close(): void;
};

let userDataDir: string;
let app: ElectronApplication | undefined;
let page: Page;

async function writeConfig(name: string, config: unknown): Promise<string> {
  const path = join(userDataDir, '..', `${name}-${Date.now()}.json`);
  await writeFile(path, typeof config === 'string' ? config : JSON.stringify(config));
  return path;
}

function electronApp(): ElectronApplication {
  if (!app) throw new Error('Electron did not start');
  return app;
}

/** Sends a key through Electron's input pipeline (so `before-input-event` sees it, as it sees a real key). */
function sendKey(keyCode: string, modifiers: string[] = []): Promise<void> {
  return electronApp().evaluate(
    async ({ BrowserWindow }, key) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      if (!contents) throw new Error('no window');
      const mods = key.modifiers as ('control' | 'shift' | 'alt' | 'meta')[];
      contents.sendInputEvent({ type: 'keyDown', keyCode: key.keyCode, modifiers: mods });
      contents.sendInputEvent({ type: 'keyUp', keyCode: key.keyCode, modifiers: mods });
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    { keyCode, modifiers },
  );
}

/** Records every key the page receives, from the start of the page's own handling. */
async function recordKeys(): Promise<void> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    const record = { keys: [] as string[] };
    page.kioskTest = record;
    page.addEventListener(
      'keydown',
      (event) => record.keys.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key}`),
      true,
    );
  });
}

const recordedKeys = () => page.evaluate(() => (globalThis as unknown as PageGlobals).kioskTest?.keys ?? null);

test.beforeAll(async () => {
  if (!runtime.available) return;
  userDataDir = await newUserDataDir();
  const config = await writeConfig('kiosk', { exitPinHash: await hashPin(PIN), idleTimeoutSeconds: 600 });
  app = await electron.launch({
    executablePath: runtime.path,
    args: [...appArguments(userDataDir), '--kiosk', '--config', config],
    cwd: PROJECT_ROOT,
    locale: 'en-US',
  });
  page = await app.firstWindow();
  await page.getByRole('button', { name: 'English' }).waitFor();
});

test.afterAll(async () => {
  // Only if the exit test did not end it: the kiosk lets the test harness quit it like the OS would.
  if (app && app.process().exitCode === null) await app.close();
});

test('the window is a full-screen kiosk with no menu and no devtools', async () => {
  const state = await electronApp().evaluate(({ BrowserWindow, Menu }) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window) throw new Error('no window');
    const contents = window.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null;
    } & typeof window.webContents;
    contents.openDevTools();
    return {
      kiosk: window.isKiosk(),
      fullScreen: window.isFullScreen(),
      menu: Menu.getApplicationMenu(),
      devTools: contents.getLastWebPreferences()?.devTools,
      devToolsOpened: contents.isDevToolsOpened(),
    };
  });
  expect(state).toEqual({ kiosk: true, fullScreen: true, menu: null, devTools: false, devToolsOpened: false });
});

test('a right click on selected text opens no context menu', async () => {
  // A native menu cannot be looked at from a test: count the menus main asks to show, and the events it hears.
  await electronApp().evaluate(({ BrowserWindow, Menu }) => {
    const state = { events: 0, shown: 0 };
    (globalThis as { kioskContextMenus?: typeof state }).kioskContextMenus = state;
    Menu.prototype.popup = () => {
      state.shown += 1;
    };
    // After the app's own listener, so it has decided by the time this one counts.
    BrowserWindow.getAllWindows()[0]?.webContents.on('context-menu', () => {
      state.events += 1;
    });
  });
  const box = await page.evaluate(() => {
    const heading = document.querySelector('h1');
    if (!heading) throw new Error('No heading on the start screen');
    const range = document.createRange();
    range.selectNodeContents(heading);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, text: document.getSelection()?.toString() };
  });
  expect(box.text?.trim()).not.toBe('');
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const counts = () =>
    electronApp().evaluate(
      () => (globalThis as { kioskContextMenus?: { events: number; shown: number } }).kioskContextMenus,
    );
  await expect.poll(async () => (await counts())?.events).toBe(1);
  expect((await counts())?.shown).toBe(0);
});

test('the page is told it is a kiosk, without the PIN hash', async () => {
  const config = await page.evaluate(() =>
    (
      globalThis as unknown as { lisible: { loadKioskConfig(): Promise<Record<string, unknown>> } }
    ).lisible.loadKioskConfig(),
  );
  expect(config).toMatchObject({ idleTimeoutSeconds: 600, language: 'ask' });
  expect(config).not.toHaveProperty('exitPinHash');
});

test("blocked keys never reach the page or reload it; the reader's text-size keys do", async () => {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await recordKeys();
  for (const [key, modifiers] of [
    ['R', ['control']],
    ['R', ['control', 'shift']],
    ['F5', []],
    ['F12', []],
    ['I', ['control', 'shift']],
    ['W', ['control']],
    ['P', ['control']],
    ['F4', ['alt']],
  ] as const) {
    await sendKey(key, [...modifiers]);
  }
  await sendKey('=', ['control']);
  // Still the same page (a reload would have dropped the recorder), having seen only the text-size key.
  expect(await recordedKeys()).toEqual(['Ctrl+=']);
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale')),
  ).not.toBe('1.5');
});

test('nothing of the reader or an auditor is written to disk, even when the page asks', async () => {
  await page.evaluate(() =>
    (
      globalThis as unknown as { lisible: { savePreferences(preferences: unknown): Promise<void> } }
    ).lisible.savePreferences({ textSize: 400 }),
  );
  await page.evaluate(
    (record) =>
      (
        globalThis as unknown as { lisible: { saveAuditRecords(records: unknown[]): Promise<void> } }
      ).lisible.saveAuditRecords([record]),
    SAMPLE_RECORD,
  );
  await page.evaluate(() =>
    (globalThis as unknown as { lisible: { savePosition(place: unknown): Promise<void> } }).lisible.savePosition({
      documentId: 'about-us',
      language: 'en',
      position: { section: 'our-work', paragraph: 2 },
    }),
  );
  expect(await readdir(userDataDir)).not.toContain('preferences.json');
  expect(await readdir(userDataDir)).not.toContain('positions.json');
  expect(await readdir(userDataDir)).not.toContain('window-state.json');
  expect(await readdir(userDataDir)).not.toContain('audit-records.jsonld');
});

test('the window refuses to close, from the page or from main', async () => {
  await page.evaluate(() => (globalThis as unknown as PageGlobals).close());
  await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await page.waitForTimeout(300);
  expect(await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the exit chord asks for the PIN; a wrong one is refused, the right one ends the app', async () => {
  await sendKey('Q', ['control', 'alt', 'shift']);
  const dialog = page.getByRole('dialog', { name: 'Administrator exit' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Administrator PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Exit the kiosk' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right.');

  const exited = new Promise<number | null>((resolve) =>
    electronApp()
      .process()
      .once('exit', (code) => resolve(code)),
  );
  await dialog.getByLabel('Administrator PIN').fill(PIN);
  await dialog.getByRole('button', { name: 'Exit the kiosk' }).click();
  expect(await exited).toBe(0);
});

test('after a renderer crash the window reloads the start screen by itself', async () => {
  // A kiosk of its own: Playwright cannot drive a page again once its renderer has crashed.
  const crashing = await electron.launch({
    executablePath: runtime.available ? runtime.path : '',
    args: [...appArguments(await newUserDataDir()), '--kiosk'],
    cwd: PROJECT_ROOT,
    locale: 'en-US',
  });
  try {
    const first = await crashing.firstWindow();
    await first.getByRole('button', { name: 'English' }).click();
    await crashing.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    );
    const showsStartScreen = () =>
      crashing.evaluate(async ({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (!contents || contents.isCrashed() || contents.isLoading()) return false;
        return (await contents.executeJavaScript(
          "[...document.querySelectorAll('button')].some((button) => button.textContent === 'Français')",
        )) as boolean;
      });
    await expect.poll(showsStartScreen, { timeout: 15_000 }).toBe(true);
  } finally {
    await crashing.close();
  }
});

test('a bad configuration refuses to start, naming the field and the problem', async () => {
  // Before the app is ready, Linux prints the error box to stderr; Windows and macOS show a modal dialog.
  test.skip(
    process.platform !== 'linux',
    'the refusal shows a modal error box on this platform, which a test cannot dismiss',
  );
  const config = await writeConfig('bad', { warningSeconds: 5, colour: 'red' });
  const child = spawn(
    runtime.available ? runtime.path : '',
    [...appArguments(await newUserDataDir()), '--config', config],
    { cwd: PROJECT_ROOT },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(78);
  expect(stderr).toContain('Lisible will not start in kiosk mode');
  expect(stderr).toMatch(/warningSeconds: .*>=20/);
  expect(stderr).toContain('colour: is not a kiosk setting');
});
