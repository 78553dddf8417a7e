/**
 * The browser build: the same renderer as a static site in out/web, with the content compiled to
 * library.json at build time by the same loader the desktop app runs.
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { loadLibrary } from './main/content/loader';
import { staticFloor } from './scripts/static-floor';
import { rendererConfig } from './vite.renderer.config';

export const LIBRARY_FILE = 'library.json';

function compiledContent(): Plugin {
  return {
    name: 'lisible:compiled-content',
    apply: 'build',
    // Fetched alongside the script rather than after it has run: the content is on screen sooner.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${LIBRARY_FILE}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ],
    async generateBundle() {
      const library = await loadLibrary(resolve(import.meta.dirname, 'content'));
      for (const error of library.errors) this.warn(`${error.file}:${error.line}: ${error.message}`);
      this.emitFile({ type: 'asset', fileName: LIBRARY_FILE, source: JSON.stringify(library) });
    },
  };
}

export default defineConfig(
  rendererConfig('out/web', [
    compiledContent(),
    // The script-free floor `npm run bench` measures start-up against (out/web/static.html).
    staticFloor({ libraryFile: LIBRARY_FILE, contentDir: resolve(import.meta.dirname, 'content') }),
  ]),
);
