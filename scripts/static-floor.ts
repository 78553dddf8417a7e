/**
 * The benchmark's floor: a build plugin that writes out/web/static.html, the reader's first screen as a static
 * page. It is the drawn page `/` itself (scripts/prerender.ts) with every script taken out, and what only scripts
 * use (module and data preloads): the same markup, stylesheet and layout, so the same work to lay out and paint,
 * and nothing else. `npm run bench` times the real start-up against it; the difference is the cost of the
 * reader's scripts.
 */
import type { Plugin } from 'vite';

export const STATIC_FLOOR_FILE = 'static.html';

const SCRIPT = /\s*<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /\s*<link rel="(?:modulepreload|preload)"[^>]*>/g;

/** Must run after the plugin that draws `index.html`. */
export function staticFloor(): Plugin {
  return {
    name: 'lisible:static-floor',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') {
          throw new Error('static floor: index.html is not in the bundle');
        }
        this.emitFile({ type: 'asset', fileName: STATIC_FLOOR_FILE, source: scriptFreePage(page.source) });
      },
    },
  };
}

/** The page as it is drawn, without its scripts: refuses a page that has no drawn screen to show. */
export function scriptFreePage(html: string): string {
  if (!/<div id="root" [^>]*>\s*\S/.test(html)) throw new Error('static floor: the page has no drawn screen');
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}
