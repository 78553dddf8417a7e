import type { RefObject } from 'react';
import { useStickyWhileSmall } from '../shared/useStickyWhileSmall';

const publishOnRoot = (sticky: boolean, height: number) => {
  const root = document.documentElement;
  root.style.setProperty('--header-height', `${height}px`);
  root.dataset.header = sticky ? 'sticky' : 'static';
};

/**
 * Makes the header sticky while it is small beside the window, and publishes its height as `--header-height`,
 * which the stylesheet turns into `scroll-padding-top` so the header never hides what has focus (WCAG 2.4.11).
 */
export function useStickyHeaderOffset(header: RefObject<HTMLElement | null>): void {
  useStickyWhileSmall(header, publishOnRoot);
}
