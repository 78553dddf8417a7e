/** Renderer build options shared by the Electron build and the browser build. */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from './common/csp';
import { nativeCoreJs } from './scripts/native-core-js';
import { REACT_ON_PREACT } from './scripts/react-on-preact';

/** Puts the Content-Security-Policy into index.html, from the one definition main also sends as a header. */
function cspMetaTag(): Plugin {
  return {
    name: 'lisible:csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head',
      },
    ],
  };
}

export const rendererRoot = resolve(import.meta.dirname, 'renderer');

export function rendererConfig(outDir: string, plugins: Plugin[] = []): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), cspMetaTag(), nativeCoreJs(), ...plugins],
    resolve: { alias: REACT_ON_PREACT },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'chrome120',
      // Chromium and Electron preload modules natively; the polyfill would only weigh on the first script.
      modulePreload: { polyfill: false },
      // Inline data: URLs would need a looser CSP for fonts and images.
      assetsInlineLimit: 0,
      // axe-core (about 660 kB) is one chunk, loaded only when an accessibility report is asked for.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          // The libraries the first screen needs in one file rather than several small shared ones: one request,
          // and one compression context (several small files compress less well than their sum).
          codeSplitting: {
            groups: [
              {
                name: 'libraries',
                test: /node_modules[\\/](preact|i18next|react-i18next|valibot)[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
}
