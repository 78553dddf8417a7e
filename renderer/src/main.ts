/**
 * The page's entry, kept small. The page arrives drawn (or, without a drawn page, empty), with the reader's
 * preferences already on it (early/early.ts); the reader itself (start.tsx) is loaded once the drawn page is on
 * screen. On a machine with two cores, fetching, compiling and running the reader's script at once competed with
 * laying out and rasterising the first frame and put the text on screen later (measured: 1.3× a static page of
 * the same screen, against 1.1× this way); meanwhile clicks and keys are kept by the early script and handed to
 * the reader when it starts.
 */
import { quietClickAncestors } from './shared/quiet-root';
import './styles/index.css';

/** Should the browser not report the drawn page's paint, the reader starts anyway this long after it could have. */
const PAINT_NOT_REPORTED_MS = 1000;

/** Calls `then` once, when the drawn page has been presented; at once when there is nothing drawn to wait for. */
function whenDrawnPageShown(root: HTMLElement, then: () => void): void {
  let started = false;
  let observer: PerformanceObserver | undefined = undefined;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    then();
  };
  // Nothing drawn, or a page opened out of sight, which draws no frame until it is shown.
  if (!root.firstElementChild || document.visibilityState !== 'visible') {
    startOnce();
    return;
  }
  observer = PerformanceObserver.supportedEntryTypes.includes('paint')
    ? new PerformanceObserver((entries) => {
        if (entries.getEntriesByName('first-contentful-paint').length > 0) startOnce();
      })
    : undefined;
  observer?.observe({ type: 'paint', buffered: true });
  setTimeout(startOnce, PAINT_NOT_REPORTED_MS);
  document.addEventListener('visibilitychange', startOnce, { once: true });
}

const root = document.getElementById('root');
if (root) {
  // Before React's root listens for clicks, which would make everything in it read as clickable; and at once, while
  // the page is still loading, so that screen readers have the page's final accessibility tree when it has loaded.
  quietClickAncestors(root);
  whenDrawnPageShown(root, () => {
    void import('./start').then(({ start }) => start(root));
    // Its own small chunk, which arrives before the reader's: the formatters are made while the rest is on its way.
    void import('../../common/format').then(({ prepareFirstScreenFormats }) =>
      prepareFirstScreenFormats(document.documentElement.lang),
    );
  });
}
