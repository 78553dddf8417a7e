/**
 * The browser build: the same renderer as a static site in out/web, with the content compiled at build time by
 * the same loader the desktop app runs: an index for start-up, one JSON file per document and language.
 * `LISIBLE_CONTENT_DIR` and `LISIBLE_WEB_OUT` build another library elsewhere (the benchmark's generated ones).
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { indexOf, type Library } from './common/document';
import { documentFile, LIBRARY_INDEX_FILE } from './common/library-files';
import { loadLibrary } from './main/content/loader';
import { staticFloor } from './scripts/static-floor';
import { rendererConfig } from './vite.renderer.config';

const contentDir = resolve(import.meta.dirname, process.env['LISIBLE_CONTENT_DIR'] ?? 'content');
const outDir = process.env['LISIBLE_WEB_OUT'] ?? 'out/web';

function compiledContent(library: () => Promise<Library>): Plugin {
  return {
    name: 'lisible:compiled-content',
    apply: 'build',
    // Fetched alongside the script rather than after it has run: the content is on screen sooner.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${LIBRARY_INDEX_FILE}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ],
    async generateBundle() {
      const compiled = await library();
      for (const error of compiled.errors) this.warn(`${error.file}:${error.line}: ${error.message}`);
      this.emitFile({ type: 'asset', fileName: LIBRARY_INDEX_FILE, source: JSON.stringify(indexOf(compiled)) });
      for (const entry of compiled.documents) {
        for (const version of Object.values(entry.versions)) {
          this.emitFile({
            type: 'asset',
            fileName: documentFile(version.id, version.lang),
            source: JSON.stringify(version),
          });
        }
      }
    },
  };
}

/** The library, loaded once per build and shared by the plugins that need it. */
function compiledOnce(): () => Promise<Library> {
  let loaded: Promise<Library> | undefined;
  return () => (loaded ??= loadLibrary(contentDir));
}

const library = compiledOnce();

export default defineConfig(
  rendererConfig(outDir, [
    compiledContent(library),
    // The script-free floor `npm run bench` measures start-up against (out/web/static.html).
    staticFloor({ library }),
  ]),
);
