import { useLayoutEffect, type RefObject } from 'react';

/** The header stays in view only while its row takes at most this share of the window's height. */
const MAX_STICKY_SHARE = 0.15;
/**
 * With its Tools panel open (the reader's own doing, undone with Escape) it may take up to this share: were the
 * header to stop sticking the moment the panel opens, a reader partway down the page would see it vanish.
 */
const MAX_STICKY_SHARE_OPEN = 0.5;

/**
 * Makes the header sticky while it is small beside the window, and publishes its height as `--header-height`,
 * which the stylesheet turns into `scroll-padding-top` so the header never hides what has focus (WCAG 2.4.11).
 * At large text sizes the header grows, stops being sticky, and scrolls away with the page.
 */
export function useStickyHeaderOffset(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      const panel = element.querySelector<HTMLElement>('.tools-panel:not([hidden])')?.offsetHeight ?? 0;
      root.style.setProperty('--header-height', `${height}px`);
      const fits =
        height - panel <= window.innerHeight * MAX_STICKY_SHARE && height <= window.innerHeight * MAX_STICKY_SHARE_OPEN;
      root.dataset.header = fits ? 'sticky' : 'static';
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [header]);
}
