/**
 * Reading first at every text size: where the document sits, how many Tab stops lie before it, how far every
 * command is from the header, what sticks to the screen, and how the kiosk fills its display. Everything is
 * found by role and name, as a reader (or a screen reader) finds it.
 */
import { expect, test, type Page } from '@playwright/test';
import { THEMES } from '../../common/preferences';
import type { Language } from '../../common/languages';
import { applyWcagTextSpacing, clippedText, horizontalOverflow } from './page-checks';
import { axeViolations, openReader, TITLES } from './reader';
import { keysToReach } from '../support/grid-keys';

const SIZES = [100, 150, 200, 300, 400] as const;

const NAMES = {
  en: {
    tools: 'Tools',
    toc: 'On this page',
    play: 'Read aloud',
    smaller: 'Smaller',
    larger: 'Larger',
    reset: 'Reset',
    preferences: 'Reading preferences',
    focusMode: 'Focus mode',
    exitFocusMode: 'Exit focus mode',
    shortcuts: 'Keyboard shortcuts',
    back: 'Back',
    forward: 'Forward',
    find: 'Find',
    marks: ['Bookmark', 'Highlight', 'Note', 'All marks'],
    toggle: 'Français',
  },
  fr: {
    tools: 'Outils',
    toc: 'Sur cette page',
    play: 'Lire à voix haute',
    smaller: 'Plus petit',
    larger: 'Plus grand',
    reset: 'Rétablir',
    preferences: 'Préférences de lecture',
    focusMode: 'Mode concentration',
    exitFocusMode: 'Quitter le mode concentration',
    shortcuts: 'Raccourcis clavier',
    back: 'Précédent',
    forward: 'Suivant',
    find: 'Rechercher',
    marks: ['Signet', 'Surligner', 'Note', 'Toutes les annotations'],
    toggle: 'English',
  },
} as const;

async function open(page: Page, query: string): Promise<void> {
  await openReader(page, query);
  await page.evaluate(() => document.fonts.ready);
}

/** Where the title and the first paragraph of the document start, in viewport heights from the top of the page. */
function documentPosition(page: Page): Promise<{ title: number; paragraph: number }> {
  return page.evaluate(() => {
    const top = (element: Element | null) =>
      (element ? element.getBoundingClientRect().top + window.scrollY : Infinity) / window.innerHeight;
    const title = document.querySelector('main h1');
    return { title: top(title), paragraph: top(document.querySelector('main article p')) };
  });
}

/**
 * Every element that stays on screen as the page (or an open dialog) scrolls, with its share of the viewport's
 * height.
 */
function stickyRegions(page: Page, within: 'page' | 'dialog' = 'page'): Promise<{ element: string; share: number }[]> {
  return page.evaluate(
    (within) =>
      [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter(
          (element) => ['sticky', 'fixed'].includes(getComputedStyle(element).position) && element.checkVisibility(),
        )
        // A modal dialog is itself fixed: it is the window its content scrolls in, not a region that covers it.
        .filter((element) => element.localName !== 'dialog')
        .filter((element) => (element.closest('dialog') !== null) === (within === 'dialog'))
        .map((element) => ({
          element: `${element.tagName.toLowerCase()}.${element.className}`,
          share: element.offsetHeight / window.innerHeight,
        })),
    within,
  );
}

const tools = (page: Page, language: Language) =>
  page.getByRole('button', { name: NAMES[language].tools, exact: true });

for (const language of ['en', 'fr'] as const) {
  for (const theme of THEMES) {
    test(`${language}, ${theme} theme, 1280×800: the title on the first screen and the text within 1.5 screens at every size`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const size of SIZES) {
        await open(page, `?lang=${language}&theme=${theme}&textSize=${size}`);
        const { title, paragraph } = await documentPosition(page);
        expect(title, `title at ${size}%`).toBeLessThanOrEqual(0.6);
        expect(paragraph, `first paragraph at ${size}%`).toBeLessThanOrEqual(1.5);
        for (const { element, share } of await stickyRegions(page)) {
          expect(share, `${element} sticks at ${size}%`).toBeLessThanOrEqual(0.15);
          expect(size, `${element} sticks at ${size}%`).toBeLessThan(300);
        }
      }
    });
  }

  for (const { width, height, size } of [
    { width: 320, height: 640, size: 100 },
    { width: 640, height: 800, size: 200 },
  ]) {
    test(`${language}, ${width}×${height} at ${size}%: the title on the first screen, the text within 1.5 screens`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, `?lang=${language}&textSize=${size}`);
      const { title, paragraph } = await documentPosition(page);
      expect(title).toBeLessThanOrEqual(0.6);
      expect(paragraph).toBeLessThanOrEqual(1.5);
      // The table of contents waits, folded, above the text.
      const toc = page.getByRole('navigation', { name: NAMES[language].toc });
      const toggle = toc.getByRole('button', { name: NAMES[language].toc });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toc.getByRole('link')).toHaveCount(0);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(toc.getByRole('link').first()).toBeVisible();
    });
  }

  for (const size of [100, 200, 400]) {
    test(`${language} at ${size}%: at most 6 Tab stops before the document title, the skip link first`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, `?lang=${language}&textSize=${size}`);
      const stops: string[] = [];
      for (;;) {
        await page.keyboard.press('Tab');
        const past = await page.evaluate(() => {
          const title = document.querySelector('main h1');
          const active = document.activeElement;
          return (
            !active ||
            active === document.body ||
            !title ||
            Boolean(title.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
          );
        });
        if (past) break;
        stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
        expect(stops.length, stops.join(' | ')).toBeLessThanOrEqual(6);
      }
      expect(stops[0]).toBe(language === 'en' ? 'Skip to main content' : 'Passer au contenu principal');
    });
  }

  test(`${language}: every command of the folded header is three key presses or fewer from the Tools button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `?lang=${language}&textSize=400`);
    const names = NAMES[language];
    const button = tools(page, language);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // The panel's rows, as its arrow keys move: Down opens it on the first command, Up on the last; Left and
    // Right move along a row, Up and Down between rows.
    const rows = [
      [names.smaller, names.larger, names.reset],
      [names.preferences, names.focusMode, names.shortcuts],
      names.marks,
      [names.back, names.forward, names.find],
    ];
    for (const [row, commands] of rows.entries()) {
      for (const [column, name] of commands.entries()) {
        const keys = keysToReach(rows, row, column);
        expect(keys.length, name).toBeLessThanOrEqual(3);
        await button.focus();
        for (const key of keys) await page.keyboard.press(key);
        await expect(page.getByRole('button', { name, exact: true }), keys.join(' ')).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(button).toBeFocused();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
      }
    }
    // Enter opens it too, and the panel's commands follow the button in the Tab order.
    await button.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: names.smaller, exact: true })).toBeFocused();
    // The language toggle and read aloud never fold away.
    await expect(page.getByRole('button', { name: names.toggle, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: names.play, exact: true })).toBeVisible();
  });

  test(`${language}: the Tools panel works by pointer, changes the text size, and closes on Escape`, async ({
    page,
  }) => {
    await open(page, `?lang=${language}`);
    const names = NAMES[language];
    await tools(page, language).click();
    await page.getByRole('button', { name: names.larger, exact: true }).click();
    await expect(page.locator('html')).toHaveCSS('font-size', '20px');
    await page.getByRole('button', { name: names.reset, exact: true }).click();
    await expect(page.locator('html')).toHaveCSS('font-size', '16px');
    await page.keyboard.press('Escape');
    await expect(tools(page, language)).toBeFocused();
    await expect(page.getByRole('button', { name: names.larger, exact: true })).toBeHidden();
  });

  test(`${language}: Tools opened in the middle of the document lies over the text, in view, and gives way when the reader moves on`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `?lang=${language}`);
    const names = NAMES[language];
    const header = page.getByRole('banner');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(400);
    const rowHeight = (await header.boundingBox())?.height ?? 0;

    await tools(page, language).click();
    const larger = page.getByRole('button', { name: names.larger, exact: true });
    await expect(larger).toBeInViewport({ ratio: 1 });
    // The header keeps its height and its place at the top; the page under it did not move.
    expect((await header.boundingBox())?.y).toBe(0);
    expect((await header.boundingBox())?.height).toBe(rowHeight);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // The last row, Back / Forward / Find, is in view too.
    await expect(page.getByRole('button', { name: names.find, exact: true })).toBeInViewport({ ratio: 1 });

    // A click in the text closes it, leaving the reader where they were.
    await page.mouse.click(400, 600);
    await expect(larger).toBeHidden();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Tabbing out of it closes it too, so it never covers what the keyboard reaches.
    await tools(page, language).click();
    await page.getByRole('button', { name: names.find, exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(larger).toBeHidden();
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
  });

  test(`${language}: focus mode hides all but the text and a way back, by control and by shortcut, and is remembered`, async ({
    page,
  }) => {
    await open(page, `?lang=${language}`);
    const names = NAMES[language];
    await tools(page, language).click();
    await page.getByRole('button', { name: names.focusMode, exact: true }).click();
    const exit = page.getByRole('button', { name: names.exitFocusMode, exact: true });
    await expect(exit).toBeVisible();
    await expect(exit).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
    await expect(tools(page, language)).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(exit).toBeVisible();
    await exit.click();
    await expect(tools(page, language)).toBeFocused();
    await expect(page.getByRole('navigation', { name: names.toc })).toBeVisible();
    await page.keyboard.press('F9');
    await expect(exit).toBeVisible();
    await page.keyboard.press('F9');
    await expect(exit).toHaveCount(0);
  });

  for (const forcedColors of ['none', 'active'] as const) {
    test(`${language}: axe finds nothing with the Tools panel open or closed at 100, 200 and 400%, forced colours ${forcedColors}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ forcedColors });
      for (const size of [100, 200, 400]) {
        await open(page, `?lang=${language}&textSize=${size}`);
        expect(await axeViolations(page), `closed at ${size}%`).toEqual([]);
        await tools(page, language).click();
        expect(await axeViolations(page), `open at ${size}%`).toEqual([]);
      }
    });
  }

  test.describe(`${language}, reflow and spacing`, () => {
    // The spacing is injected as a style sheet, as a bookmarklet would; the reader's CSP would refuse it.
    test.use({ bypassCSP: true });
    test(`${language}: no sideways scrolling at 320 CSS px and no clipped text with WCAG 1.4.12 spacing, panel and contents open`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      for (const { width, size } of [
        { width: 320, size: 100 },
        { width: 1280, size: 400 },
      ]) {
        await page.setViewportSize({ width, height: 800 });
        await open(page, `?lang=${language}&textSize=${size}`);
        // The contents first: where the header sticks, the Tools panel lies over what is under it.
        await page.getByRole('button', { name: NAMES[language].toc }).click();
        await tools(page, language).click();
        expect(await horizontalOverflow(page), `${width} px at ${size}%`).toEqual([]);
        await applyWcagTextSpacing(page);
        expect(await clippedText(page), `${width} px at ${size}%`).toEqual([]);
        expect(await horizontalOverflow(page), `${width} px at ${size}% with spacing`).toEqual([]);
      }
    });
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a dialog's title bar stays in view while small, and scrolls away at 400% rather than cover the window`, async ({
    page,
  }) => {
    for (const [size, sticks] of [
      [100, true],
      [400, false],
    ] as const) {
      await open(page, `?lang=${language}&textSize=${size}`);
      for (const opener of [NAMES[language].preferences, NAMES[language].shortcuts]) {
        await tools(page, language).click();
        await page.getByRole('button', { name: opener }).click();
        const dialog = page.getByRole('dialog', { name: opener });
        await expect(dialog).toBeVisible();
        const regions = await stickyRegions(page, 'dialog');
        expect(
          regions.map(({ element }) => element),
          `${opener} at ${size}%`,
        ).toEqual(sticks ? ['div.dialog-header'] : []);
        for (const { element, share } of regions) expect(share, element).toBeLessThanOrEqual(0.15);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await page.keyboard.press('Escape');
      }
    }
  });
}

test('the table of contents sits beside the text when there is room, a named navigation landmark', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?lang=en');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link').first()).toBeVisible();
  const [tocBox, textBox] = await Promise.all([toc.boundingBox(), page.getByRole('main').boundingBox()]);
  expect(tocBox && textBox && tocBox.y < textBox.y + textBox.height && tocBox.x >= textBox.x + textBox.width).toBe(
    true,
  );
});

test('every navigation and complementary landmark has a name', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?lang=en');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('nav, aside, [role="navigation"], [role="complementary"]')]
        .filter((landmark) => {
          const labelledBy = landmark.getAttribute('aria-labelledby');
          const byReference = labelledBy
            ?.split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent.trim())
            .join('');
          return !landmark.getAttribute('aria-label')?.trim() && !byReference;
        })
        .map((landmark) => landmark.outerHTML.slice(0, 80)),
    );
    expect(unnamed, `${width} px`).toEqual([]);
  }
});

test('section headings are not made focusable or actionable until the reader is taken to one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?lang=en');
  const headings = page.locator('main').getByRole('heading');
  expect(
    await headings.evaluateAll((elements) => elements.filter((element) => element.hasAttribute('tabindex')).length),
  ).toBe(0);
  // The skip link still takes focus to the title (on a first visit: a second one returns to the reader's place).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(title).not.toHaveAttribute('tabindex');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Our values' }).click();
  const values = page.getByRole('heading', { name: 'Our values' });
  await expect(values).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(values).not.toHaveAttribute('tabindex');
});

test('a heading the reader is taken to is not lent the click of the listener React keeps on its root', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '?lang=en');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await clickLentToFocusedElement(page), "the skip link's heading").toBeNull();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Our values' }).click();
  await expect(page.getByRole('heading', { name: 'Our values' })).toBeFocused();
  expect(await clickLentToFocusedElement(page), 'a heading of the contents').toBeNull();
});

/** What Chromium counts as a click listener (blink's event_util::MouseButtonEventTypes). */
const MOUSE_BUTTON_EVENTS = new Set(['click', 'mousedown', 'mouseup', 'DOMActivate']);

/**
 * The element whose click Chromium lends to the focused element as the accessibility action "click ancestor",
 * which Orca announces as "clickable" on a focusable element; null when none is. Chromium's rule (blink's
 * AXNodeObject::ActionElement and IsClickable): take the element's accessibility ancestors, itself first, up to the
 * first that listens for a mouse button (a listener on the document or the window counts as <html>'s); that one
 * lends its click when it is another element and one of the element's DOM ancestors. CDP does not report the action
 * itself, so this follows the rule over the accessibility tree and the listeners CDP does report.
 */
async function clickLentToFocusedElement(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  const objectOf = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error(`${expression} is not an object`);
    return result.objectId;
  };
  const listens = async (objectId: string) =>
    (await cdp.send('DOMDebugger.getEventListeners', { objectId })).listeners.some((listener) =>
      MOUSE_BUTTON_EVENTS.has(listener.type),
    );
  const focused = await objectOf('document.activeElement');
  const { node } = await cdp.send('DOM.describeNode', { objectId: focused });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((axNode) => [axNode.nodeId, axNode]));
  let current = nodes.find((axNode) => axNode.backendDOMNodeId === node.backendNodeId);
  if (!current) throw new Error('the focused element is not in the accessibility tree');
  for (; current; current = current.parentId ? byId.get(current.parentId) : undefined) {
    if (current.backendDOMNodeId === undefined) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: current.backendDOMNodeId });
    if (!object.objectId) continue;
    const isRoot = object.description === 'html';
    const listening =
      (await listens(object.objectId)) ||
      (isRoot && ((await listens(await objectOf('document'))) || (await listens(await objectOf('window')))));
    if (!listening) continue;
    if (current.backendDOMNodeId === node.backendNodeId) return null;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (element) { return this.contains(element); }',
      arguments: [{ objectId: focused }],
      returnByValue: true,
    });
    return result.value === true ? (object.description ?? 'an ancestor') : null;
  }
  return null;
}

test.describe('kiosk', () => {
  for (const { width, height, orientation } of [
    { width: 1080, height: 1920, orientation: 'portrait' },
    { width: 1920, height: 1080, orientation: 'landscape' },
  ]) {
    test(`${orientation} ${width}×${height}: the start screen fills the display, both languages equal`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./?kiosk=1');
      const english = page.getByRole('button', { name: 'English' });
      const french = page.getByRole('button', { name: 'Français' });
      await expect(french).toBeVisible();
      const [a, b] = await Promise.all([english.boundingBox(), french.boundingBox()]);
      if (!a || !b) throw new Error('language buttons not laid out');
      expect(a.height).toBeGreaterThanOrEqual(120);
      expect(Math.abs(a.height - b.height)).toBeLessThan(1);
      expect(Math.abs(a.width - b.width)).toBeLessThan(1);
      // Together the two choices span most of the screen's width.
      const span = Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x);
      expect(span / width).toBeGreaterThanOrEqual(0.75);
      // And most of its height is used: the choices are not a band in the middle of an empty screen.
      const choices = await page.locator('.start-screen section').evaluateAll((sections) => {
        const boxes = sections.map((section) => section.getBoundingClientRect());
        return Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
      });
      expect(choices / height).toBeGreaterThanOrEqual(0.5);
      const headings = await page.getByRole('heading', { level: 2 }).evaluateAll((elements) =>
        elements.map((element) => ({
          size: parseFloat(getComputedStyle(element).fontSize),
          weight: getComputedStyle(element).fontWeight,
        })),
      );
      expect(headings).toHaveLength(2);
      for (const heading of headings) expect(heading.size).toBeGreaterThanOrEqual(56);
      expect(headings[0]).toEqual(headings[1]);
      expect(await axeViolations(page)).toEqual([]);
    });

    for (const language of ['en', 'fr'] as const) {
      test(`${orientation} ${width}×${height} in ${language}: the title on the first screen after choosing, targets of 44 px`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await page.goto('./?kiosk=1');
        await page.getByRole('button', { name: language === 'en' ? 'English' : 'Français' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[language]);
        await page.evaluate(() => document.fonts.ready);
        const { title, paragraph } = await documentPosition(page);
        expect(title).toBeLessThanOrEqual(0.6);
        expect(paragraph).toBeLessThanOrEqual(1.5);
        for (const { element, share } of await stickyRegions(page)) expect(share, element).toBeLessThanOrEqual(0.15);
        await tools(page, language).click();
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
            .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden'))
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 44 || box.height < 44)
            .map(
              ({ element, box }) =>
                `${element.tagName.toLowerCase()} "${element.innerText.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
            ),
        );
        expect(small).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
