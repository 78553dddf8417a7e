/**
 * The browser build: the same renderer as a static site in out/web, with the content compiled at build time by
 * the same loader the desktop app runs: the start of the index for the first screen, the whole index and each
 * document's entry, one JSON file per document and language, and a page pre-rendered for each document in each
 * language.
 * `LISIBLE_CONTENT_DIR` and `LISIBLE_WEB_OUT` build another library elsewhere (the benchmark's generated ones).
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { indexOf, startOf, type Library } from './common/document';
import { documentFile, entryFile, LIBRARY_INDEX_FILE, LIBRARY_START_FILE } from './common/library-files';
import { libraryOnce, prerenderPages } from './scripts/prerender';
import { staticFloor } from './scripts/static-floor';
import { rendererConfig, rendererRoot } from './vite.renderer.config';

const contentDir = resolve(import.meta.dirname, process.env['LISIBLE_CONTENT_DIR'] ?? 'content');
const outDir = process.env['LISIBLE_WEB_OUT'] ?? 'out/web';

function compiledContent(library: () => Promise<Library>): Plugin {
  return {
    name: 'lisible:compiled-content',
    apply: 'build',
    async generateBundle() {
      const compiled = await library();
      for (const error of compiled.errors) this.warn(`${error.file}:${error.line}: ${error.message}`);
      const index = indexOf(compiled);
      this.emitFile({ type: 'asset', fileName: LIBRARY_INDEX_FILE, source: JSON.stringify(index) });
      this.emitFile({ type: 'asset', fileName: LIBRARY_START_FILE, source: JSON.stringify(startOf(index)) });
      for (const entry of index.documents) {
        this.emitFile({ type: 'asset', fileName: entryFile(entry.id), source: JSON.stringify(entry) });
      }
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

const library = libraryOnce(contentDir);

export default defineConfig(
  rendererConfig(outDir, [
    compiledContent(library),
    // Each document's page in each language, drawn at build time and hydrated (scripts/prerender.ts).
    prerenderPages({ library, rendererRoot }),
    // The script-free floor `npm run bench` measures start-up against (out/web/static.html): after the pages,
    // since it is `/` as drawn.
    staticFloor(),
  ]),
);
