/**
 * The pages drawn at build time: what they show before any script runs, how the page takes them over
 * (hydration), and the reader's saved preferences in the very first frame.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../common/languages';
import { documentFile } from '../../common/library-files';
import { normaliseText, seedLines } from '../support/seed-text';
import { axeViolations, statusMessages, TITLES } from './reader';

const PAGES: { path: string; language: Language }[] = [
  { path: './', language: 'en' },
  { path: './en/about-us/', language: 'en' },
  { path: './fr/about-us/', language: 'fr' },
];

test.describe('before any script runs', () => {
  // The page's own scripts never arrive; axe-core still runs, injected by the test.
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  for (const { path, language } of PAGES) {
    test(`${path} holds the whole ${language} document, its header, contents and footer, and passes axe-core`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle(`${TITLES[language]} — Lisible`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
      const shown = normaliseText(await page.getByRole('main').innerText());
      expect(seedLines(language).filter((line) => !shown.includes(line))).toEqual([]);
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(
        page.getByRole('navigation', { name: language === 'en' ? 'On this page' : 'Sur cette page' }),
      ).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText(
        language === 'en' ? 'Last updated:' : 'Dernière mise à jour',
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  // Headings take focus only while a script takes the reader to them (reading/reading-position.ts); before any
  // script, the skip link is a plain link to the title, which moves where Tab goes next, as browsers do.
  test('the skip link takes the reader to the document, past the header', async ({ page }) => {
    await page.goto('./fr/about-us/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Passer au contenu principal' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#document-title$/);
    await page.keyboard.press('Tab');
    // The next stop follows the title (in the document or the contents beside it), never back in the header.
    const afterTitle = await page.evaluate(() => {
      const title = document.getElementById('document-title');
      const focused = document.activeElement;
      return Boolean(title && focused && title.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterTitle).toBe(true);
  });
});

/**
 * Records every change to the visible text inside #root once the page is parsed (before any module script runs):
 * text, or an element with text added or removed, unless it is hidden; and every change of the window's title,
 * which the window and the task bar show and screen readers announce.
 */
async function watchRoot(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { __rootTextChanges: string[] }).__rootTextChanges = changes;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof Node && document.querySelector('title')?.contains(record.target)) {
          changes.push(`title: ${document.title}`);
          continue;
        }
        if (!(record.target instanceof Node) || !document.getElementById('root')?.contains(record.target)) continue;
        if (record.type === 'characterData') changes.push(`text: ${record.target.textContent ?? ''}`);
        for (const node of [...record.addedNodes, ...record.removedNodes]) {
          if (node instanceof HTMLElement && node.hidden) continue;
          if ((node.textContent ?? '').trim() !== '')
            changes.push(`${record.type}: ${(node.textContent ?? '').slice(0, 60)}`);
        }
      }
    });
    // Module scripts run after parsing and before DOMContentLoaded's listeners, in order: an early listener is first.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  });
}

/** The page's script has taken the drawn page over: what it draws says so while it has not (`data-hydrating`). */
const isHydrated = () => document.querySelector('.site-header') !== null && !document.querySelector('[data-hydrating]');

/** Sums every layout shift from the start of the page's life (buffered), as Cumulative Layout Shift does. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __layoutShifts: number[] }).__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((a, b) => a + b, 0));

/** Logs console errors and warnings (React's hydration mismatches among them) and uncaught errors. */
function consoleProblems(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

for (const { path, language } of PAGES) {
  test(`${path}: hydration changes no text, moves nothing, and logs nothing`, async ({ page }) => {
    const messages = consoleProblems(page);
    await watchRoot(page);
    await watchLayoutShifts(page);
    await page.goto(path);
    await page.waitForFunction(isHydrated);
    // Past the other language's fetch and any effect after hydration.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __rootTextChanges: string[] }).__rootTextChanges)).toEqual(
      [],
    );
    await expect(page.locator('#root')).toHaveAttribute(
      'data-prerendered',
      new RegExp(`^${language} about-us [0-9a-f]{8}$`),
    );
    expect(messages).toEqual([]);
    expect(await layoutShift(page)).toBe(0);
    // Focus and the skip link work as before.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
}

test('the language toggle works on a hydrated page, and the page is then the reader’s', async ({ page }) => {
  await page.goto('./en/about-us/');
  await page.waitForFunction(isHydrated);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a page drawn from content edited since is drawn afresh from the content the reader has, without a warning', async ({
  page,
}) => {
  const messages = consoleProblems(page);
  // The desktop's content can be replaced without a new build; here the document's file changes after the page was drawn.
  await page.route(`**/${documentFile('about-us', 'en')}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('We are an agency created by', 'We are a public agency created by');
    await route.fulfill({ response, body });
  });
  await page.goto('./en/about-us/');
  await expect(page.getByText('We are a public agency created by the Government of Ontario')).toBeVisible();
  await expect(page.getByText('We are an agency created by')).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(messages).toEqual([]);
});

/**
 * What the first frame with the screen in it shows: read at the first animation frame in which `landmark` (the
 * document's title, or the kiosk start screen's first offer) exists, before anything could have changed it
 * (frames before it have nothing of the page's body to show).
 */
async function firstFrame(page: Page, landmark = 'h1'): Promise<void> {
  await page.addInitScript((selector) => {
    const read = () => {
      const shown = document.querySelector(selector);
      if (!shown) {
        requestAnimationFrame(read);
        return;
      }
      const root = document.documentElement;
      (window as unknown as { __firstFrame: object }).__firstFrame = {
        url: location.pathname,
        lang: root.lang,
        kiosk: root.getAttribute('data-kiosk'),
        fontSize: getComputedStyle(root).fontSize,
        palette: root.getAttribute('data-palette'),
        background: getComputedStyle(document.body).backgroundColor,
        title: shown.textContent,
        text: document.body.innerText,
        titleBox: shown.getBoundingClientRect().toJSON() as object,
        hydrated: !document.querySelector('[data-hydrating]'),
      };
    };
    requestAnimationFrame(read);
  }, landmark);
}

const firstFrameRead = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstFrame: Record<string, unknown> }).__firstFrame);

async function save(page: Page, preferences: object): Promise<void> {
  // From a page of the same origin that runs no script of the reader's.
  await page.goto('./library/index.json');
  await page.evaluate((value) => localStorage.setItem('lisible.preferences', JSON.stringify(value)), preferences);
}

test('saved preferences are on screen in the first frame: size, colours and, from /, the language', async ({
  page,
}) => {
  await save(page, { language: 'fr', textSize: 200, theme: 'contrast-dark' });
  await firstFrame(page);
  await page.goto('./');
  await page.waitForFunction(() => '__firstFrame' in window);
  expect(await firstFrameRead(page)).toMatchObject({
    url: '/fr/about-us/',
    lang: 'fr',
    fontSize: '32px',
    palette: 'contrast-dark',
    background: 'rgb(0, 0, 0)',
    title: TITLES.fr,
    hydrated: false,
  });
});

test('the first frame shows the whole drawn screen, even when the page arrives slowly and parsing pauses half-way', async ({
  page,
}) => {
  // The parser waits for a script placed just after the header, which arrives 800 ms late: a browser draws what it
  // has while it waits, unless the page asks it not to.
  await page.route('**/parser-pause.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.route(
    (url) => url.pathname.endsWith('/en/about-us/'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</header>',
        '</header><script src="../../parser-pause.js"></script>',
      );
      await route.fulfill({ response, body });
    },
  );
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const slot = document.getElementById('root')?.shadowRoot?.querySelector('slot') ?? null;
      (window as unknown as { __firstSlot: HTMLSlotElement | null }).__firstSlot = slot;
      (window as unknown as { __firstFrame: object }).__firstFrame = {
        title: document.querySelector('h1')?.textContent ?? null,
        toolsButton: document.querySelector('.tools-button') !== null,
        footer: document.querySelector('.document-footer') !== null,
        shownThroughSlot: slot !== null,
      };
    });
  });
  await page.goto('./en/about-us/');
  await page.waitForFunction(() => '__firstFrame' in window);
  expect(await firstFrameRead(page)).toEqual({
    title: 'About Us',
    toolsButton: true,
    footer: true,
    shownThroughSlot: true,
  });
  // The script takes over the shadow tree the page was drawn with (quiet-root.ts): putting in another would take
  // the whole page out of the layout and back after its first frame.
  await page.waitForFunction(isHydrated);
  expect(
    await page.evaluate(
      () =>
        document.getElementById('root')?.shadowRoot?.querySelector('slot') ===
        (window as unknown as { __firstSlot: HTMLSlotElement | null }).__firstSlot,
    ),
  ).toBe(true);
});

test('with nothing saved, / follows the browser’s language before the first frame', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  await firstFrame(page);
  await page.goto('./');
  await page.waitForFunction(() => '__firstFrame' in window);
  expect(
    await page.evaluate(() => (window as unknown as { __firstFrame: { url: string; lang: string } }).__firstFrame),
  ).toMatchObject({
    url: '/fr/about-us/',
    lang: 'fr',
  });
  await context.close();
});

test('saved focus mode, size and theme: the first frame is the hydrated page, text and place', async ({ page }) => {
  await save(page, { language: 'fr', textSize: 200, theme: 'dark', focusMode: true });
  const messages = consoleProblems(page);
  await watchLayoutShifts(page);
  await firstFrame(page);
  await page.goto('./fr/about-us/');
  await page.waitForFunction(isHydrated);
  const exit = page.getByRole('button', { name: 'Quitter le mode concentration', exact: true });
  await expect(exit).toBeVisible();
  await page.waitForTimeout(500);
  // Taking on the saved focus mode is no reason to move focus.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  // The first frame was the pre-rendered page, before the page's script ran; hydrated, it reads and sits the same.
  expect(await firstFrameRead(page)).toMatchObject({
    hydrated: false,
    palette: 'dark',
    fontSize: '32px',
    text: await page.evaluate(() => document.body.innerText),
    titleBox: await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().toJSON() as object),
  });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  expect(messages).toEqual([]);
  expect(await layoutShift(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await exit.click();
  await expect(page.getByRole('button', { name: 'Outils', exact: true })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeVisible();
});

/**
 * Holds the page's own script (assets/index-*.js) back, as on a slow machine, until `release` is called; the early
 * script (assets/early-*.js) is not held.
 */
async function holdPageScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Acted on once the page has the reader's own preferences: stepped from the drawing's size, it gave 125%.
test('a shortcut pressed while the drawn page waits for its script is not lost, and steps from the saved size', async ({
  page,
}) => {
  await save(page, { language: 'en', textSize: 150 });
  const release = await holdPageScript(page);
  // Not waiting for the load event: it waits for the held script.
  await page.goto('./en/about-us/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
  await page.keyboard.press('Control+Equal');
  release();
  await expect(statusMessages(page)).toHaveText('Text size 175%');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(28);
});

test('a button clicked while the drawn page waits for its script is not lost', async ({ page }) => {
  const release = await holdPageScript(page);
  await page.goto('./fr/about-us/', { waitUntil: 'commit' });
  const tools = page.getByRole('button', { name: 'Outils', exact: true });
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  await tools.click();
  // Nothing answers yet: the page's script has not arrived.
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  release();
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Plus grand', exact: true })).toBeVisible();
  // Once, not twice: the click opened the panel and left it open.
  await page.waitForTimeout(500);
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
});

test('"Exit focus mode" pressed while the drawn page waits for its script leaves focus mode, focus on Tools', async ({
  page,
}) => {
  await save(page, { language: 'fr', focusMode: true });
  const release = await holdPageScript(page);
  await page.goto('./fr/about-us/', { waitUntil: 'commit' });
  const exit = page.getByRole('button', { name: 'Quitter le mode concentration', exact: true });
  await exit.click();
  release();
  const tools = page.getByRole('button', { name: 'Outils', exact: true });
  await expect(tools).toBeFocused();
  await expect(exit).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeVisible();
});

// Fetched, compiled and run at once, the reader's script competed with the first frame on a machine with two
// cores and put the text on screen later: it is asked for once the drawn page has been presented.
test('the reader’s script is asked for only once the drawn page is on screen, then takes it over', async ({ page }) => {
  await page.goto('./fr/about-us/');
  await page.waitForFunction(isHydrated);
  const { painted, asked } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    asked:
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        /\/assets\/start-[^/]*\.js$/.test(entry.name),
      )?.startTime ?? null,
  }));
  expect(painted).not.toBeNull();
  expect(asked).not.toBeNull();
  expect(asked ?? 0).toBeGreaterThan(painted ?? Infinity);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.en);
});

// Chromium reports the first paint; were it ever not to, the drawn page would wait for a script that never comes.
test('should the first paint go unreported, the reader starts a second later all the same', async ({ page }) => {
  await page.addInitScript(() => {
    const { prototype } = PerformanceObserver;
    const observe = Object.getOwnPropertyDescriptor(prototype, 'observe')?.value as
      ((this: PerformanceObserver, options?: PerformanceObserverInit) => void) | undefined;
    Object.defineProperty(prototype, 'observe', {
      value(this: PerformanceObserver, options?: PerformanceObserverInit) {
        if (options?.type !== 'paint') observe?.call(this, options);
      },
    });
  });
  await page.goto('./en/about-us/');
  await page.waitForFunction(isHydrated);
  const { parsed, asked } = await page.evaluate(() => ({
    // Module scripts run once the page is parsed: the entry's wait begins after this.
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    asked:
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        /\/assets\/start-[^/]*\.js$/.test(entry.name),
      )?.startTime ?? null,
  }));
  expect(asked).not.toBeNull();
  // Not before the second the entry waits for a paint it is never told of.
  expect((asked ?? 0) - parsed).toBeGreaterThanOrEqual(1000);
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
});

test.describe('the kiosk’s start screen', () => {
  const choice = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
  const startScreenHydrated = () =>
    document.querySelector('.start-screen') !== null && !document.querySelector('[data-hydrating]');

  test('is drawn before any script runs: both languages offered, each in its own, and it passes axe-core', async ({
    page,
  }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('./kiosk/');
    await expect(page).toHaveTitle('Lisible');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const [lang, title, name] of [
      ['en', 'Welcome', 'English'],
      ['fr', 'Bienvenue', 'Français'],
    ] as const) {
      const offer = page.locator(`.start-choice[lang="${lang}"]`);
      await expect(offer.getByRole('heading', { level: 2 })).toHaveText(title);
      await expect(offer.getByRole('button', { name, exact: true })).toBeVisible();
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a kiosk opened on any page goes to it before the first frame, in the kiosk’s sizes, and takes it over as it is', async ({
    page,
  }) => {
    const messages = consoleProblems(page);
    await watchRoot(page);
    await watchLayoutShifts(page);
    await firstFrame(page, '.start-choice');
    await page.goto('./fr/about-us/?kiosk=1');
    await page.waitForFunction(startScreenHydrated);
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/kiosk\/\?kiosk=1$/);
    expect(await firstFrameRead(page)).toMatchObject({
      url: '/kiosk/',
      kiosk: 'true',
      // A kiosk's readers start at 150%.
      fontSize: '24px',
      text: await page.evaluate(() => document.body.innerText),
    });
    expect(await page.evaluate(() => (window as unknown as { __rootTextChanges: string[] }).__rootTextChanges)).toEqual(
      [],
    );
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'kiosk-start en');
    expect(messages).toEqual([]);
    expect(await layoutShift(page)).toBe(0);
    await choice(page, 'Français').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('a choice made while the drawn start screen waits for its script is not lost', async ({ page }) => {
    const release = await holdPageScript(page);
    await page.goto('./?kiosk=1', { waitUntil: 'commit' });
    await choice(page, 'Français').click();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  });

  test('is no place for a reader without a kiosk: they are sent to the reader in their language', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto('./kiosk/');
    await expect(page).toHaveURL(/\/fr\/about-us\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
    await context.close();
  });
});
