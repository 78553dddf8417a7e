import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

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
  renderer: {
    ...rendererConfig('out/renderer'),
    build: {
      ...rendererConfig('out/renderer').build,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
