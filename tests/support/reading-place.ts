/** The reader's place as a person sees it on screen, for the browser build's tests and the desktop app's. */
import type { Page } from '@playwright/test';

/** The text of the heading, paragraph or list item at the top of the view, below whatever is sticky. */
export function topOfView(page: Page): Promise<string> {
  return page.evaluate(() => {
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const blocks = [...document.querySelectorAll<HTMLElement>('main article :is(h1, h2, h3, p, li)')];
    // As the reader sees it: the first block with most of itself below the sticky header.
    const top = blocks.find((block) => {
      const { bottom, height } = block.getBoundingClientRect();
      return bottom - line > height / 2;
    });
    return top?.textContent.trim() ?? '';
  });
}

/** Scrolls as a reader would until the paragraph containing `text` is at the top of what they see. */
export async function scrollToParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll<HTMLElement>('main article :is(p, li)')].find((element) =>
      element.textContent.includes(wanted),
    );
    if (!paragraph) throw new Error(`No paragraph contains ${wanted}`);
    const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    window.scrollBy(0, paragraph.getBoundingClientRect().top - line);
  }, text);
}

/** The text of what has focus. */
export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
