/**
 * Desktop integration in the real app: the application menu and its language, the context menu on selected text,
 * the window's remembered place,
 * the reader's place in the document kept in the user-data folder,
 * the single instance, saving as PDF, exporting the reader's marks and the one path to the system browser.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { statusMessages } from '../e2e/reader';
import { SAMPLE_RECORD } from '../support/manual-record';
import { scrollToParagraph, topOfView } from '../support/reading-place';
import { appArguments, launchReader, newUserDataDir, PROJECT_ROOT, runtime, skipReason } from './launch';

test.skip(!runtime.available, skipReason);
test.describe.configure({ mode: 'serial' });

type PageGlobals = {
  lisible: {
    openExternal(url: string): Promise<void>;
    onHostEvent(listener: (event: unknown) => void): () => void;
  };
  location: { href: string };
  open(url: string): unknown;
};

/** What the main process records when a test replaces an Electron function with a spy. */
type MainGlobals = { lisibleTest?: { opened: string[]; secondInstances: number } };

let userDataDir: string;
let app: ElectronApplication | undefined;
let page: Page;

async function start(): Promise<void> {
  ({ app, page } = await launchReader(userDataDir));
}

async function stop(): Promise<void> {
  await app?.close();
  app = undefined;
}

function electronApp(): ElectronApplication {
  if (!app) throw new Error('Electron did not start');
  return app;
}

async function savedPreferences(): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(join(userDataDir, 'preferences.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function topMenuLabels(): Promise<string[]> {
  return electronApp().evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label.replace(/&(&?)/g, '$1')),
  );
}

function clickMenuItem(id: string): Promise<void> {
  return electronApp().evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`No menu item ${itemId}`);
    // Typed as a bare Function in Electron's declarations.
    (item.click as () => void)();
  }, id);
}

test.beforeAll(async () => {
  if (!runtime.available) return;
  userDataDir = await newUserDataDir();
  await start();
});

test.afterAll(stop);

test.describe('the application menu', () => {
  test('is in English for an English reader, with File, Edit, View, Go, Marks, Read aloud and Help', async () => {
    const expected =
      process.platform === 'darwin'
        ? ['Lisible', 'File', 'Edit', 'View', 'Go', 'Marks', 'Read aloud', 'Window', 'Help']
        : ['File', 'Edit', 'View', 'Go', 'Marks', 'Read aloud', 'Help'];
    await expect.poll(topMenuLabels).toEqual(expected);
  });

  test('shows the shortcut keys without registering them (the page handles the keys)', async () => {
    const item = await electronApp().evaluate(({ Menu }) => {
      const found = Menu.getApplicationMenu()?.getMenuItemById('command:textSizeIncrease');
      return found && { accelerator: found.accelerator, registerAccelerator: found.registerAccelerator };
    });
    expect(item).toEqual({ accelerator: 'CmdOrCtrl+=', registerAccelerator: false });
  });

  test('runs a command in the page: View → Larger text enlarges the text', async () => {
    const before = (await savedPreferences())['textSize'] ?? 100;
    await clickMenuItem('command:textSizeIncrease');
    await expect.poll(async () => (await savedPreferences())['textSize']).not.toBe(before);
    await clickMenuItem('command:textSizeReset');
    await expect.poll(async () => (await savedPreferences())['textSize'] ?? 100).toBe(100);
  });

  test('sets a theme, and shows the choice checked', async () => {
    await clickMenuItem('theme:contrast-dark');
    await expect.poll(async () => (await savedPreferences())['theme']).toBe('contrast-dark');
    const checked = await electronApp().evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('theme:contrast-dark')?.checked,
    );
    expect(checked).toBe(true);
    await clickMenuItem('theme:system');
    await expect.poll(async () => (await savedPreferences())['theme']).toBe('system');
  });

  test('is rebuilt in French when the reader switches to French, and back', async () => {
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    const french =
      process.platform === 'darwin'
        ? ['Lisible', 'Fichier', 'Édition', 'Affichage', 'Lecture à voix haute', 'Fenêtre', 'Aide']
        : ['Fichier', 'Édition', 'Affichage', 'Lecture à voix haute', 'Aide'];
    await expect.poll(topMenuLabels).toEqual(french);
    await clickMenuItem('language:en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(topMenuLabels).not.toEqual(french);
  });
});

/** The context menus main has shown (labels without access-key markers), and the last one, to choose from. */
type ContextMenuGlobals = {
  lisibleContextMenus?: {
    shown: { id: string; label: string; accelerator: string }[][];
    /** Chooses an item of the last one shown, as a click on it would. */
    choose?: (id: string) => void;
    /** How many times main heard the event, where a test counts them. */
    events?: number;
  };
};
/** What the page asked its speech engine to say, recorded in the page. */
type SpeechGlobals = { lisibleSpoken?: string[]; speechSynthesis: SpeechSynthesis };

test.describe('the context menu', () => {
  const passage = 'We work with partners';

  /** Selects `passage` in the document, as a reader would, and returns the middle of its box in the window. */
  function selectPassage(): Promise<{ x: number; y: number }> {
    return page.evaluate((text) => {
      const main = document.querySelector('main');
      if (!main) throw new Error('No document');
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = (node.textContent ?? '').indexOf(text);
        if (start === -1) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + text.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        const box = range.getClientRects()[0];
        if (!box) throw new Error('The passage has no box');
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error(`No “${text}” in the document`);
    }, passage);
  }

  const shownMenus = () =>
    electronApp().evaluate(() => (globalThis as ContextMenuGlobals).lisibleContextMenus?.shown ?? []);

  test.beforeAll(async () => {
    if (!runtime.available) return;
    // A native menu cannot be looked at from a test: record what main asks to show, and keep it to choose from.
    await electronApp().evaluate(({ Menu }) => {
      const state = ((globalThis as ContextMenuGlobals).lisibleContextMenus ??= { shown: [] });
      Menu.prototype.popup = function (this: typeof Menu.prototype) {
        state.shown.push(
          this.items.map((item) => ({
            id: item.id,
            label: item.label.replace(/&(&?)/g, '$1'),
            accelerator: item.accelerator ?? '',
          })),
        );
        state.choose = (id) => {
          const item = this.getMenuItemById(id);
          if (!item) throw new Error(`No ${id} in the last context menu`);
          // Typed as a bare Function in Electron's declarations.
          (item.click as () => void)();
        };
      };
    });
    await page.evaluate(() => {
      const globals = globalThis as unknown as SpeechGlobals;
      const spoken: string[] = (globals.lisibleSpoken = []);
      const speak = globals.speechSynthesis.speak.bind(globals.speechSynthesis);
      globals.speechSynthesis.speak = (utterance) => {
        spoken.push(utterance.text);
        speak(utterance);
      };
    });
  });

  test('a right click on selected text offers Read the selection, with its shortcut, and Copy', async () => {
    const before = (await shownMenus()).length;
    const { x, y } = await selectPassage();
    await page.mouse.click(x, y, { button: 'right' });
    await expect.poll(async () => (await shownMenus()).length).toBe(before + 1);
    const menu = (await shownMenus()).at(-1);
    expect(menu?.map((item) => item.label)).toEqual(['Read the selection', 'Copy']);
    expect(menu?.[0]).toMatchObject({ id: 'command:speechReadSelection', accelerator: 'Alt+Shift+U' });
    // Nothing that navigates, opens a window or inspects.
    expect(menu?.some((item) => /inspect|open|link/i.test(item.label))).toBe(false);
  });

  test('choosing Read the selection reads the selected text aloud', async () => {
    await electronApp().evaluate(() => {
      const choose = (globalThis as ContextMenuGlobals).lisibleContextMenus?.choose;
      if (!choose) throw new Error('No context menu was shown');
      choose('command:speechReadSelection');
    });
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as SpeechGlobals).lisibleSpoken ?? []))
      .toContain(passage);
  });

  test('Shift+F10 opens the same menu from the keyboard', async () => {
    test.skip(process.platform === 'darwin', 'macOS has no context-menu key; Control+click is its right click');
    const before = (await shownMenus()).length;
    await selectPassage();
    await page.keyboard.press('Shift+F10');
    await expect.poll(async () => (await shownMenus()).length).toBe(before + 1);
    expect((await shownMenus()).at(-1)?.map((item) => item.label)).toEqual(['Read the selection', 'Copy']);
  });

  test('a right click where nothing is selected opens no menu', async () => {
    await electronApp().evaluate(({ BrowserWindow }) => {
      const state = (globalThis as ContextMenuGlobals).lisibleContextMenus;
      if (!state) throw new Error('The context menu is not being recorded');
      state.events = 0;
      BrowserWindow.getAllWindows()[0]?.webContents.on('context-menu', () => {
        state.events = (state.events ?? 0) + 1;
      });
    });
    const contextMenuEvents = () =>
      electronApp().evaluate(() => (globalThis as ContextMenuGlobals).lisibleContextMenus?.events);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const before = (await shownMenus()).length;
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    if (!heading) throw new Error('No heading on screen');
    await page.mouse.click(heading.x + 5, heading.y + heading.height / 2, { button: 'right' });
    // Main heard the right click (this listener runs after the app's own), and showed nothing.
    await expect.poll(contextMenuEvents).toBe(1);
    expect((await shownMenus()).length).toBe(before);
  });
});

test.describe('the window', () => {
  test('is titled "document title — Lisible" and has a minimum size', async () => {
    const { title, minimum } = await electronApp().evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      return { title: window?.getTitle(), minimum: window?.getMinimumSize() };
    });
    expect(title).toMatch(/^.+ — Lisible$/u);
    expect(minimum).toEqual([400, 400]);
  });

  test('reports the system contrast setting to the page, even to a late listener', async () => {
    const event = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const stop = (globalThis as unknown as PageGlobals).lisible.onHostEvent((received) => {
            stop();
            resolve(received);
          });
        }),
    );
    expect(event).toEqual({ type: 'systemContrast', highContrast: expect.any(Boolean) as unknown });
  });

  test('opens where it was closed', async () => {
    const bounds = { x: 60, y: 70, width: 900, height: 640 };
    await electronApp().evaluate(
      ({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows()[0]?.setBounds(wanted),
      bounds,
    );
    await stop();
    const saved = JSON.parse(await readFile(join(userDataDir, 'window-state.json'), 'utf8')) as {
      bounds: typeof bounds;
    };
    expect(saved.bounds.width).toBe(bounds.width);
    expect(saved.bounds.height).toBe(bounds.height);

    await start();
    const restored = await electronApp().evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getNormalBounds(),
    );
    expect(restored).toMatchObject({ width: bounds.width, height: bounds.height });
  });

  test('comes back onto the screen when its saved place is off every display', async () => {
    await stop();
    await writeFile(
      join(userDataDir, 'window-state.json'),
      JSON.stringify({ bounds: { x: -60000, y: 40000, width: 900, height: 640 }, maximized: false }),
    );
    await start();
    const { window, area } = await electronApp().evaluate(({ BrowserWindow, screen }) => ({
      window: BrowserWindow.getAllWindows()[0]?.getBounds(),
      area: screen.getPrimaryDisplay().workArea,
    }));
    expect(window).toBeDefined();
    if (!window) return;
    expect(window.x).toBeGreaterThanOrEqual(area.x);
    expect(window.y).toBeGreaterThanOrEqual(area.y);
    expect(window.x + window.width).toBeLessThanOrEqual(area.x + area.width);
    expect(window.y + window.height).toBeLessThanOrEqual(area.y + area.height);
  });

  test('a second launch hands over to the first and quits', async () => {
    await electronApp().evaluate(({ app: main }) => {
      const state = ((globalThis as MainGlobals).lisibleTest ??= { opened: [], secondInstances: 0 });
      main.on('second-instance', () => {
        state.secondInstances += 1;
      });
    });
    if (!runtime.available) return;
    const second = spawn(runtime.path, appArguments(userDataDir), { cwd: PROJECT_ROOT, stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    await expect
      .poll(() => electronApp().evaluate(() => (globalThis as MainGlobals).lisibleTest?.secondInstances))
      .toBe(1);
    expect(await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

test.describe('printing', () => {
  test('File → Save as PDF writes the document to the chosen file', async () => {
    const pdfPath = join(userDataDir, 'saved.pdf');
    // The save dialog is native; answer it as a reader choosing a file would.
    await electronApp().evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
    }, pdfPath);
    await clickMenuItem('savePdf');
    await expect
      .poll(async () => {
        try {
          return (await readFile(pdfPath)).subarray(0, 5).toString('latin1');
        } catch {
          return '';
        }
      })
      .toBe('%PDF-');
  });

  test("File → Print is there, with the registry's shortcut shown", async () => {
    const item = await electronApp().evaluate(({ Menu }) => {
      const found = Menu.getApplicationMenu()?.getMenuItemById('print');
      return (
        found && {
          accelerator: found.accelerator,
          registerAccelerator: found.registerAccelerator,
          enabled: found.enabled,
        }
      );
    });
    expect(item).toEqual({ accelerator: 'CmdOrCtrl+P', registerAccelerator: false, enabled: true });
  });
});

test.describe('the reader’s marks exported', () => {
  type SaveDialogOptions = {
    title: string | undefined;
    defaultPath: string | undefined;
    filters: { name: string; extensions: string[] }[] | undefined;
  };
  type DialogGlobals = { lisibleSaveDialogs?: SaveDialogOptions[] };

  /** Answers the native save dialog as a reader would: choosing `path`, or closing it when there is none. */
  async function answerSaveDialog(path: string | null): Promise<void> {
    await electronApp().evaluate(({ dialog }, chosen) => {
      const asked = ((globalThis as DialogGlobals).lisibleSaveDialogs = [] as SaveDialogOptions[]);
      dialog.showSaveDialog = (...args: unknown[]) => {
        const { title, defaultPath, filters } = args.at(-1) as SaveDialogOptions;
        asked.push({ title, defaultPath, filters });
        return Promise.resolve(chosen ? { canceled: false, filePath: chosen } : { canceled: true, filePath: '' });
      };
    }, path);
  }
  const dialogsAsked = () => electronApp().evaluate(() => (globalThis as DialogGlobals).lisibleSaveDialogs ?? []);

  async function exportFromThePanel(): Promise<void> {
    // From the text, whatever a test before left open.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+d');
    await page.keyboard.press('Alt+Shift+M');
    await page.getByRole('dialog', { name: 'Marks' }).getByRole('button', { name: 'Export all marks' }).click();
  }

  test('are written, through the save dialog, to the file the reader chose', async () => {
    const chosen = join(userDataDir, 'exported', 'my marks');
    await answerSaveDialog(chosen);
    await exportFromThePanel();
    await expect(statusMessages(page)).toHaveText('1 mark exported.');
    const annotations = JSON.parse(await readFile(`${chosen}.jsonld`, 'utf8')) as { type: string; total: number };
    expect(annotations).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const [asked] = await dialogsAsked();
    expect(asked?.title).toBe('Export marks');
    expect(asked?.defaultPath?.endsWith('lisible-marks.jsonld')).toBe(true);
    expect(asked?.filters).toEqual([{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld'] }]);
  });

  test('write nothing, and say nothing, when the reader closes the dialog', async () => {
    await answerSaveDialog(null);
    const before = await readdir(userDataDir);
    await exportFromThePanel();
    await expect.poll(async () => (await dialogsAsked()).length).toBe(1);
    expect(await readdir(userDataDir)).toEqual(before);
    await expect(statusMessages(page)).not.toHaveText(/exported/);
  });
});

test.describe('links out of the reader', () => {
  test.beforeAll(async () => {
    if (!runtime.available) return;
    // Record what would reach the system browser instead of opening it.
    await electronApp().evaluate(({ shell }) => {
      const state = ((globalThis as MainGlobals).lisibleTest ??= { opened: [], secondInstances: 0 });
      shell.openExternal = (url: string) => {
        state.opened.push(url);
        return Promise.resolve();
      };
    });
  });

  const opened = () => electronApp().evaluate(() => (globalThis as MainGlobals).lisibleTest?.opened ?? []);

  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'http://www.ontariohealth.ca/',
    'https://www.ontariohealth.ca@evil.example/',
  ]) {
    test(`openExternal refuses ${url}`, async () => {
      const outcome = await page.evaluate(async (address) => {
        try {
          await (globalThis as unknown as PageGlobals).lisible.openExternal(address);
          return 'opened';
        } catch {
          return 'refused';
        }
      }, url);
      expect(outcome).toBe('refused');
      expect(await opened()).toEqual([]);
    });
  }

  test('openExternal hands an https address to the system browser', async () => {
    await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).lisible.openExternal('https://www.ontariohealth.ca/about-us'),
    );
    expect(await opened()).toEqual(['https://www.ontariohealth.ca/about-us']);
  });

  test('window.open and navigation open nothing, in the app or outside it', async () => {
    const before = (await opened()).length;
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') !== null),
    ).toBe(false);
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    // A prevented navigation leaves no trace to wait for; give an allowed one time to show.
    await page.waitForTimeout(1000);
    expect(page.url()).toBe('app://lisible/index.html');
    expect(await opened()).toHaveLength(before);
    expect(await electronApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});

test.describe('auditor mode’s records', () => {
  type RecordsBridge = {
    lisible: { saveAuditRecords(records: unknown[]): Promise<void>; loadAuditRecords(): Promise<unknown[]> };
  };

  test('are written to the user-data folder as EARL, and are there after a restart', async () => {
    await page.evaluate(
      (record) => (globalThis as unknown as RecordsBridge).lisible.saveAuditRecords([record]),
      SAMPLE_RECORD,
    );
    const earl = JSON.parse(await readFile(join(userDataDir, 'audit-records.jsonld'), 'utf8')) as {
      '@graph': { mode?: string }[];
    };
    expect(earl['@graph'].filter((node) => node.mode === 'manual')).toHaveLength(1);

    await stop();
    await start();
    expect(await page.evaluate(() => (globalThis as unknown as RecordsBridge).lisible.loadAuditRecords())).toEqual([
      SAMPLE_RECORD,
    ]);
  });

  test('refuses records that fail the schema, and keeps the saved ones', async () => {
    const refused = await page.evaluate(() =>
      (globalThis as unknown as RecordsBridge).lisible.saveAuditRecords([{ check: 'wcag-1.1.1' }]).then(
        () => 'saved',
        () => 'refused',
      ),
    );
    expect(refused).toBe('refused');
    expect(await page.evaluate(() => (globalThis as unknown as RecordsBridge).lisible.loadAuditRecords())).toEqual([
      SAMPLE_RECORD,
    ]);
  });
});

test.describe('the reader’s place', () => {
  const PARAGRAPH = 'To connect the health system to drive improved';
  const positionsFile = () => join(userDataDir, 'positions.json');
  const savedPlace = async () => {
    try {
      const saved = JSON.parse(await readFile(positionsFile(), 'utf8')) as Record<string, Record<string, unknown>>;
      return saved['about-us']?.en;
    } catch {
      return undefined;
    }
  };

  test('is written to the user-data folder, and the reader is back at the same paragraph after a restart', async () => {
    await scrollToParagraph(page, PARAGRAPH);
    await expect.poll(savedPlace).toMatchObject({ paragraph: expect.any(Number) });

    await stop();
    await start();
    await expect.poll(() => topOfView(page)).toContain(PARAGRAPH);
  });

  test('a damaged positions file is set aside, and the reader starts at the top', async () => {
    await stop();
    await writeFile(positionsFile(), '{"about-us": {"en": {"section": "../../etc", "paragraph": -1}}}');
    await start();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await readdir(userDataDir)).some((name) => name.startsWith('positions.json.invalid-'))).toBe(true);
  });
});
