/**
 * The reader's place: back where they were on reopening, where am I, the table of contents following the
 * reading, Back and Forward after jumps, and find without accents.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openReader } from './reader';

const LIVE = '[data-testid="live-region"]';

/** The section heading at the top of the view and the paragraph there, as the reader sees them. */
function topOfView(page: Page) {
  return page.evaluate(() => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const blocks = [...document.querySelectorAll<HTMLElement>('main article :is(h1, h2, h3, p, li)')];
    const top = blocks.find((block) => block.getBoundingClientRect().bottom > line + 1);
    return top?.textContent?.trim().slice(0, 60) ?? '';
  });
}

/** Scrolls so that a paragraph containing `text` is at the top of the view, as a reader scrolling would. */
async function scrollToParagraph(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll<HTMLElement>('main article :is(p, li)')].find((element) => element.textContent?.includes(wanted));
    if (!paragraph) throw new Error(`no paragraph with ${wanted}`);
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    window.scrollBy(0, paragraph.getBoundingClientRect().top - line);
  }, text);
}

test('screenshot', async ({ page }) => {
  await openReader(page, '?lang=en');
  await page.screenshot({ path: '/tmp/shots/en.png' });
  await page.keyboard.press('Control+f');
  await page.keyboard.type('equity');
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/find.png' });
  console.log(await page.locator(LIVE).textContent(), await topOfView(page));
  void scrollToParagraph;
  void axeViolations;
});
