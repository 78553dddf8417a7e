/**
 * Checks axe-core cannot make, run in the page: reflow (WCAG 1.4.10), text spacing (1.4.12), line length
 * (1.4.8) and visible boundaries under forced colours (1.4.11).
 */
import type { Page } from '@playwright/test';

/** Regions that scroll sideways: the page itself and every landmark, named by tag and class. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const regions = [
      document.documentElement,
      ...document.querySelectorAll<HTMLElement>('header, nav, main, aside, footer, article, section, dialog[open]'),
    ];
    return regions
      .filter((region) => region.scrollWidth > region.clientWidth + 1)
      .map(
        (region) =>
          `${region.tagName.toLowerCase()}.${region.className} (${region.scrollWidth} > ${region.clientWidth})`,
      );
  });
}

/** The four WCAG 1.4.12 text-spacing overrides, as a bookmarklet would apply them. */
export async function applyWcagTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({
    content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`,
  });
}

/** Elements whose own text runs sideways out of their box, or is cut off by a box that clips. */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      // Text kept for screen readers only (the visually-hidden technique) is not meant to be seen.
      if (
        !element.checkVisibility() ||
        element.closest('.visually-hidden') ||
        getComputedStyle(element).clipPath === 'inset(50%)'
      )
        continue;
      const texts = [...element.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (texts.length === 0) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        faults.push(`${element.tagName.toLowerCase()} "${element.innerText.slice(0, 40)}" is cut off`);
        continue;
      }
      for (const text of texts) {
        const range = document.createRange();
        range.selectNodeContents(text);
        const rect = range.getBoundingClientRect();
        // Sideways only: tall fonts such as OpenDyslexic draw above and below their line box by design.
        const outside = rect.left < box.left - 1 || rect.right > box.right + 1;
        if (outside)
          faults.push(
            `${element.tagName.toLowerCase()} "${text.textContent?.trim().slice(0, 40) ?? ''}" overflows its box`,
          );
      }
    }
    return faults;
  });
}

/** The most characters on one rendered line of any paragraph or list item of the document. */
export function longestLine(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Measure in the chosen font, not in the fallback shown while it loads.
    await document.fonts.ready;
    let longest = 0;
    for (const block of document.querySelectorAll('main p, main li')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const perLine = new Map<number, number>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index += 1) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const line = Math.round(rect.top);
          perLine.set(line, (perLine.get(line) ?? 0) + 1);
        }
      }
      longest = Math.max(longest, ...perLine.values());
    }
    return longest;
  });
}

/** Controls with no visible boundary: neither a border nor (when focused) an outline. */
export function controlsWithoutBoundary(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea')]
      .filter((control) => control.checkVisibility())
      .filter((control) => {
        const style = getComputedStyle(control);
        const bordered =
          parseFloat(style.borderTopWidth) > 0 &&
          style.borderTopStyle !== 'none' &&
          style.borderTopColor !== 'rgba(0, 0, 0, 0)';
        // Native radio buttons draw their own ring in system colours.
        return !bordered && !(control instanceof HTMLInputElement && control.type === 'radio');
      })
      .map(
        (control) =>
          `${control.tagName.toLowerCase()} "${control.innerText || control.getAttribute('aria-label') || ''}"`,
      ),
  );
}
