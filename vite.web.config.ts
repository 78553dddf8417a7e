/**
 * The browser build: the same renderer as a static site in out/web, with the content compiled to
 * library.json at build time by the same loader the desktop app runs.
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { loadLibrary } from './main/content/loader';
import { rendererConfig } from './vite.renderer.config';

export const LIBRARY_FILE = 'library.json';

function compiledContent(): Plugin {
  return {
    name: 'lisible:compiled-content',
    apply: 'build',
    async generateBundle() {
      const library = await loadLibrary(resolve(import.meta.dirname, 'content'));
      for (const error of library.errors) this.warn(`${error.file}:${error.line}: ${error.message}`);
      this.emitFile({ type: 'asset', fileName: LIBRARY_FILE, source: JSON.stringify(library) });
    },
  };
}

export default defineConfig(rendererConfig('out/web', [compiledContent()]));
