/**
 * A CSS selector for any element, installed in the page once so every in-page check names elements the same
 * way (and the in-app report's "Go to element" could find them): the nearest id, then tag and position.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    lisibleSelector?: (element: Element) => string;
  }
}

export async function installSelectorHelper(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.lisibleSelector = (element: Element) => {
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
        if (node.id) {
          path.unshift(`#${CSS.escape(node.id)}`);
          break;
        }
        const tag = node.tagName;
        const siblings = node.parentElement
          ? [...node.parentElement.children].filter((child) => child.tagName === tag)
          : [];
        const name = node.tagName.toLowerCase();
        path.unshift(siblings.length > 1 ? `${name}:nth-of-type(${siblings.indexOf(node) + 1})` : name);
      }
      return path.join(' > ');
    };
  });
}
