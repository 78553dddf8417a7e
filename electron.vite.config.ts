import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { libraryOnce, prerenderPages } from './scripts/prerender';
import { rendererConfig, rendererRoot } from './vite.renderer.config';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle every dependency so the packaged app ships no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'main/desktop/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'main/desktop/preload.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: (() => {
    // The start pages drawn at build time, as for the browser build; main serves them with the reader's preferences
    // set (main/pages/start-page.ts) and the page asks main for its documents, so no library files are written.
    const config = rendererConfig('out/renderer', [
      prerenderPages({ library: libraryOnce(resolve(root, 'content')), rendererRoot }),
    ]);
    return {
      ...config,
      build: {
        ...config.build,
        rolldownOptions: { ...config.build?.rolldownOptions, input: resolve(root, 'renderer/index.html') },
      },
    };
  })(),
});
