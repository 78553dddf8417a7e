/**
 * "Read selection" beside the selected text, with the real speech engine: it appears where the reader selected
 * (by mouse or by keyboard), in their language, within the window at 100% and 400% and at 320 CSS px, is reached
 * with Tab without losing the selection, and reads exactly what is selected.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../common/languages';
import { axeViolations, chooseKioskLanguage, openReader, statusMessages } from './reader';
import { notSpeaking, speechLog, utterancesStarted, useSpeechEngine, waitForVoices } from './speech-engine';

useSpeechEngine(test);
test.setTimeout(120_000);

const STRINGS = {
  en: {
    name: 'Read selection',
    offered:
      'Read selection: press Tab to reach the button beside the selected text, or Alt+Shift+U to hear the selection.',
    description: 'Shortcut: Alt+Shift+U',
  },
  fr: {
    name: 'Lire la sélection',
    offered:
      'Lire la sélection\u00a0: appuyez sur Tab pour atteindre le bouton à côté du texte sélectionné, ou sur Alt+Maj+U pour entendre la sélection.',
    description: 'Raccourci\u00a0: Alt+Maj+U',
  },
} as const;

/**
 * What the reader selects: dragged from the start of `from` to the end of `to`, then, for `extend`, one more
 * letter at a time with Shift+→. At 400% in a 320 px window a line holds a word or two: a shorter passage, so
 * that all of it is on screen.
 */
const PASSAGES = {
  en: {
    100: {
      // Across two sentences of the first paragraph.
      from: 'coordinate and modernize',
      to: 'We work with partners',
      extend: '',
      heard: ['coordinate and modernize our province’s health care system.', 'We work with partners'],
    },
    400: { from: 'province’s', to: 'province’s', extend: ' health', heard: ['province’s health'] },
  },
  fr: {
    100: {
      from: 'de coordonner',
      to: 'système de soins de',
      extend: ' santé',
      heard: ['de coordonner et de moderniser le système de soins de santé'],
    },
    400: { from: 'soins de santé de', to: 'soins', extend: ' de santé', heard: ['soins de santé'] },
  },
} as const;

/**
 * The boxes of the first character of `from` and the last of `to` (the first `to` after `from`, in the same
 * text), in the window: where a reader would press and let go.
 */
async function textEnds(page: Page, from: string, to: string) {
  return page.evaluate(
    ({ from, to }) => {
      const main = document.querySelector('main');
      if (!main) throw new Error('No document');
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.indexOf(from);
        if (start === -1) continue;
        const end = text.indexOf(to, start) + to.length;
        if (end < to.length) throw new Error(`Not after “${from}”: ${to}`);
        const box = (at: number) => {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        };
        return { first: box(start), last: box(end - 1) };
      }
      throw new Error(`Not in the document: ${from}`);
    },
    { from, to },
  );
}

/** Selects from the start of `from` to the end of `to` by dragging the mouse across, as a reader would. */
async function dragAcross(page: Page, from: string, to: string): Promise<void> {
  // The passage's start a third of the way down the window, as a reader scrolls to what they want to select.
  const start = (await textEnds(page, from, to)).first;
  await page.evaluate((top) => window.scrollBy(0, top - window.innerHeight / 3), start.y);
  const first = (await textEnds(page, from, to)).first;
  await page.mouse.move(first.x + 1, first.y + first.height / 2);
  await page.mouse.down();
  // Scrolled into view while pressed, as a reader's drag keeps the end in view.
  const { last } = await textEnds(page, from, to);
  await page.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Extends the selection by `count` letters with Shift+→, as a reader at the keyboard does. */
async function extendByLetters(page: Page, count: number): Promise<void> {
  for (let letter = 0; letter < count; letter += 1) await page.keyboard.press('Shift+ArrowRight');
}

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** The button is beside the selection, covering none of it, and wholly inside the window. */
async function expectBesideSelection(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeVisible();
  const layout = await button.evaluate((element) => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const lines = range ? [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0) : [];
    const box = element.getBoundingClientRect();
    const overlaps = lines.some(
      (line) => box.left < line.right && line.left < box.right && box.top < line.bottom && line.top < box.bottom,
    );
    const nearest = Math.min(...lines.map((line) => Math.max(0, line.top - box.bottom, box.top - line.bottom)));
    return {
      overlaps,
      nearest,
      inWindow:
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= document.documentElement.clientWidth &&
        box.bottom <= window.innerHeight,
      height: box.height,
    };
  });
  expect(layout.overlaps).toBe(false);
  expect(layout.inWindow).toBe(true);
  // Next to it: within a few pixels of one of its lines.
  expect(layout.nearest).toBeLessThanOrEqual(8);
  expect(layout.height).toBeGreaterThanOrEqual(44);
}

for (const language of ['en', 'fr'] as const satisfies Language[]) {
  const strings = STRINGS[language];
  for (const textSize of [100, 400] as const) {
    const passage = PASSAGES[language][textSize];
    test(`${language}, ${textSize}%: a button beside the selection reads exactly the selected text`, async ({
      page,
    }) => {
      if (textSize === 400) await page.setViewportSize({ width: 320, height: 800 });
      await openReader(page, `?lang=${language}&speechRate=3&textSize=${textSize}`);
      await waitForVoices(page);
      const button = page.getByRole('button', { name: strings.name, exact: true });
      await expect(button).toHaveCount(0);

      const selected = passage.heard.join(' ');
      await dragAcross(page, passage.from, passage.to);
      await extendByLetters(page, passage.extend.length);
      expect(await selectedText(page)).toBe(selected);

      await expectBesideSelection(page, strings.name);
      await expect(statusMessages(page)).toHaveText(strings.offered);
      await expect(button).toHaveAccessibleDescription(strings.description);
      await expect(button).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+U');
      expect(await axeViolations(page)).toEqual([]);

      // Tab goes to it, the selection kept; Enter reads it.
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      expect(await selectedText(page)).toBe(selected);
      await page.keyboard.press('Enter');
      await utterancesStarted(page, passage.heard.length);
      // Reading started: the button goes, the selection stays.
      await expect(button).toHaveCount(0);
      expect(await selectedText(page)).toBe(selected);
      await notSpeaking(page);
      const { utterances } = await speechLog(page);
      expect(utterances.map((utterance) => utterance.text)).toEqual(passage.heard);
      expect(utterances.every((utterance) => utterance.voiceLang?.toLowerCase().startsWith(language))).toBe(true);
      expect(utterances.every((utterance) => utterance.events.join() === 'start,end')).toBe(true);
    });
  }
}

test('a click on the button reads the selection; Shift+Tab goes back; a collapsed selection takes the button away', async ({
  page,
}) => {
  await openReader(page, '?lang=en&speechRate=3');
  await waitForVoices(page);
  const { from, to, heard } = PASSAGES.en[100];
  const button = page.getByRole('button', { name: STRINGS.en.name, exact: true });
  await dragAcross(page, from, to);
  await expect(button).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(button).not.toBeFocused();
  expect(await selectedText(page)).toBe(heard.join(' '));
  // Nothing was read on the way.
  expect((await speechLog(page)).utterances).toEqual([]);

  await button.click();
  await utterancesStarted(page, 1);
  await expect(button).toHaveCount(0);
  await notSpeaking(page);
  expect((await speechLog(page)).utterances.map((utterance) => utterance.text)).toEqual(heard);

  // Selected again, it comes back; a click elsewhere in the text collapses the selection and it goes.
  await dragAcross(page, from, to);
  await expect(button).toBeVisible();
  const { first } = await textEnds(page, 'We are an agency', 'We are an agency');
  await page.mouse.click(first.x + 1, first.y + first.height / 2);
  await expect(button).toHaveCount(0);
});

test('at 400% in a 320 px window, a selection taller than the window keeps its button in the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openReader(page, '?lang=fr&textSize=400');
  await dragAcross(page, 'le système de soins de santé de', 'soins de');
  await extendByLetters(page, ' santé'.length);
  const button = page.getByRole('button', { name: STRINGS.fr.name, exact: true });
  await expect(button).toBeInViewport({ ratio: 1 });
  // Scrolled by a few lines, the button is still in the window.
  await page.mouse.wheel(0, 150);
  await expect(button).toBeInViewport({ ratio: 1 });
  expect(await axeViolations(page)).toEqual([]);
});

test('on a kiosk, the button is a 44 px target beside the selection, and reads it', async ({ page }) => {
  await page.goto('./?kiosk=1&speechRate=3');
  await chooseKioskLanguage(page, 'en');
  await waitForVoices(page);
  const { from, to, heard } = PASSAGES.en[100];
  await dragAcross(page, from, to);
  const button = page.getByRole('button', { name: STRINGS.en.name, exact: true });
  await expectBesideSelection(page, STRINGS.en.name);
  const box = await button.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(await axeViolations(page)).toEqual([]);
  await button.click();
  await utterancesStarted(page, 1);
  await notSpeaking(page);
  expect((await speechLog(page)).utterances.map((utterance) => utterance.text)).toEqual(heard);
});
