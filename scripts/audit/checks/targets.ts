/**
 * WCAG 2.5.5 (AAA), which the kiosk promises: every pointer target at least 44 by 44 CSS px. Links inside a
 * sentence are exempt, as the criterion allows; a control's label counts as part of its target.
 */
import type { Page } from '@playwright/test';
import type { FindingNode } from '../../../common/audit/types';

export const KIOSK_TARGET_SIZE = 44;

/** The targets under the minimum, and how many targets there were. */
export function smallTargets(
  page: Page,
  minimum = KIOSK_TARGET_SIZE,
): Promise<{ faults: FindingNode[]; checked: number }> {
  return page.evaluate((size) => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const faults: { target: string; html: string; summary: string }[] = [];
    let checked = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility() || element.closest('.visually-hidden, [inert]')) continue;
      const style = getComputedStyle(element);
      const parentText = element.parentElement?.textContent.trim() ?? '';
      const inSentence = style.display === 'inline' && parentText.length > element.textContent.trim().length;
      if (inSentence) continue;
      checked += 1;
      const boxes = [element.getBoundingClientRect()];
      if (element instanceof HTMLInputElement)
        boxes.push(...[...(element.labels ?? [])].map((label) => label.getBoundingClientRect()));
      const left = Math.min(...boxes.map((box) => box.left));
      const right = Math.max(...boxes.map((box) => box.right));
      const top = Math.min(...boxes.map((box) => box.top));
      const bottom = Math.max(...boxes.map((box) => box.bottom));
      const width = right - left;
      const height = bottom - top;
      if (width + 0.5 < size || height + 0.5 < size) {
        faults.push({
          target: window.lisibleSelector?.(element) ?? element.tagName.toLowerCase(),
          html: element.outerHTML.slice(0, 200),
          summary: `${Math.round(width)} × ${Math.round(height)} px, under ${size} × ${size}`,
        });
      }
    }
    return { faults, checked };
  }, minimum);
}
