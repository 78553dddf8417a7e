import type { RefObject } from 'react';
import { useStickyWhileSmall } from '../shared/useStickyWhileSmall';

const publishOnRoot = (sticky: boolean, height: number) => {
  const root = document.documentElement;
  root.style.setProperty('--header-height', `${height}px`);
  root.dataset.header = sticky ? 'sticky' : 'static';
};

/**
 * The header's own row, without the Tools panel. While the header sticks, the panel lies over the page and adds
 * nothing to it (styles/layout.css); while it scrolls away, the panel opens in the page's flow, under the row,
 * and is left out here so that opening it never decides whether the header sticks. Otherwise a panel opened in
 * the middle of the page would make the header too tall to stick, and both would vanish above the window.
 */
function rowHeight(header: HTMLElement): number {
  const panel = header.querySelector<HTMLElement>(':scope > .tools-panel:not([hidden])');
  if (!panel || getComputedStyle(panel).position === 'absolute') return header.offsetHeight;
  const gap = parseFloat(getComputedStyle(header).rowGap) || 0;
  return header.offsetHeight - panel.offsetHeight - gap;
}

/**
 * Makes the header sticky while its row is small beside the window, and publishes the row's height as
 * `--header-height`, which the stylesheet turns into `scroll-padding-top` so the header never hides what has
 * focus (WCAG 2.4.11).
 */
export function useStickyHeaderOffset(header: RefObject<HTMLElement | null>): void {
  useStickyWhileSmall(header, publishOnRoot, rowHeight);
}
