import { useLayoutEffect, type RefObject } from 'react';

/** A region stays in view only while it takes at most this share of the window's height (WCAG 2.4.11). */
const MAX_STICKY_SHARE = 0.15;

/** Whether a region may stick now, and the height it would stick at (by default, all of it). */
export function measureSticky(
  region: HTMLElement,
  stickingHeight: (region: HTMLElement) => number = (element) => element.offsetHeight,
): { sticky: boolean; height: number } {
  const height = stickingHeight(region);
  return { sticky: height <= window.innerHeight * MAX_STICKY_SHARE, height };
}

/**
 * Tells `publish` whether a region (the page's header, a dialog's title bar) may stick, each time its height or
 * the window's changes. At large text sizes the region grows past the share, stops sticking and scrolls away,
 * so it never covers most of the window or hides what has focus. `publish` and `stickingHeight` must be stable.
 */
export function useStickyWhileSmall(
  region: RefObject<HTMLElement | null>,
  publish: (sticky: boolean, height: number) => void,
  stickingHeight?: (region: HTMLElement) => number,
): void {
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const update = () => {
      const { sticky, height } = measureSticky(element, stickingHeight);
      publish(sticky, height);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [region, publish, stickingHeight]);
}
