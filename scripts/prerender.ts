/**
 * Pre-renders the reader's first screen at build time: for each document in each language, the page the app
 * would show, rendered by React's server renderer from the renderer's own components (renderer/src/prerender.tsx,
 * loaded through Vite, so it is built as the app is). Each page goes to `<lang>/<id>/index.html`; `index.html`
 * becomes the first document's page in English. Every page starts with the early script
 * (renderer/src/early/early.ts), which puts the reader's saved preferences on `<html>` before the first paint;
 * the page's script then hydrates what is already on screen.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, createServer, type Plugin, type Rolldown } from 'vite';
import { indexOf, type Library } from '../common/document';
import { LANGUAGES, otherLanguage, type Language } from '../common/languages';
import { documentFile, LIBRARY_INDEX_FILE } from '../common/library-files';
import {
  prerenderedNote,
  prerenderedPagePath,
  OTHER_LANGUAGE_PAGE,
  PRERENDER_MANIFEST,
  PRERENDERED_ATTRIBUTE,
  type PrerenderManifest,
  type PrerenderedScreen,
  type PrerenderInput,
} from '../common/prerendered';

/** The language `/` is drawn in; the early script sends a reader who wants the other one to its page. */
export const ROOT_LANGUAGE: Language = 'en';

interface PageOptions {
  /** How many folders below the site's root the page is. */
  depth: number;
  /** Files the page will fetch at once: fetched alongside its script rather than after it. */
  preload: string[];
  earlyScript: string;
  /** On `/`: the same page in the other language, relative to `/`. */
  otherLanguagePage?: string;
}

/** A page's HTML, from the built index.html: its language, title and content set, paths made to work from its folder. */
export function pageHtml(template: string, screen: PrerenderedScreen, options: PageOptions): string {
  const up = options.depth === 0 ? './' : '../'.repeat(options.depth);
  const relocated = options.depth === 0 ? template : template.replace(/(\b(?:src|href)=")\.\//g, `$1${up}`);
  const preloads = options.preload.map(
    (file) => `<link rel="preload" href="${up}${file}" as="fetch" crossorigin="anonymous">`,
  );
  const htmlAttributes = [
    `lang="${screen.language}"`,
    ...(options.otherLanguagePage ? [`${OTHER_LANGUAGE_PAGE}="${options.otherLanguagePage}"`] : []),
  ].join(' ');
  // Functions as replacements, so a `$` in the content is never read as a pattern.
  return (
    relocated
      .replace(/<html lang="[^"]*">/, () => `<html ${htmlAttributes}>`)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(screen.title)}</title>`)
      // The CSP, then the early script, first in <head>: the script blocks the parser and must run before anything
      // is drawn, so it is fetched before the stylesheet and the page's modules, and waits for neither (a
      // parser-blocking script waits for the stylesheets above it). The CSP covers everything after it.
      .replace(/\s*(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '')
      .replace(
        /(<meta charset="[^"]*"\s*\/?>)/,
        (charset) => `${charset}\n    ${cspMeta(template)}\n    <script src="${up}${options.earlyScript}"></script>`,
      )
      .replace('</head>', () => `  ${preloads.join('\n    ')}\n  </head>`)
      .replace(
        /<div id="root"><\/div>/,
        () => `<div id="root" ${PRERENDERED_ATTRIBUTE}="${prerenderedNote(screen)}">${screen.markup}</div>`,
      )
  );
}

function cspMeta(template: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(template)?.[0];
  if (!meta) throw new Error('prerender: index.html has no Content-Security-Policy');
  return meta;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The early script, bundled on its own as a classic script (it runs before any module could). */
async function buildEarlyScript(rendererRoot: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    root: rendererRoot,
    build: {
      write: false,
      target: 'chrome120',
      minify: true,
      lib: { entry: resolve(rendererRoot, 'src/early/early.ts'), formats: ['iife'], name: 'lisibleEarly' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  for (const item of results.flatMap((result) => result.output)) if (item.type === 'chunk') return item.code;
  throw new Error('prerender: the early script did not build');
}

export function prerenderPages({
  library,
  rendererRoot,
}: {
  library: () => Promise<Library>;
  rendererRoot: string;
}): Plugin {
  return {
    name: 'lisible:prerender',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const template = bundle['index.html'];
        if (template?.type !== 'asset' || typeof template.source !== 'string') {
          throw new Error('prerender: index.html is not in the bundle');
        }
        const original = template.source;
        const early = await buildEarlyScript(rendererRoot);
        const earlyScript = `assets/early-${createHash('sha256').update(early).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: earlyScript, source: early });

        const compiled = await library();
        const index = indexOf(compiled);
        const server = await createServer({
          configFile: false,
          root: rendererRoot,
          logLevel: 'error',
          appType: 'custom',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { prerender } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerender: (input: PrerenderInput) => Promise<PrerenderedScreen>;
          };
          const first = compiled.documents[0];
          if (first) {
            const manifest: PrerenderManifest = { startDocument: first.id };
            this.emitFile({ type: 'asset', fileName: PRERENDER_MANIFEST, source: JSON.stringify(manifest) });
          }
          for (const entry of compiled.documents) {
            for (const language of LANGUAGES) {
              const screen = await prerender({ index, entry, language });
              const preload = [LIBRARY_INDEX_FILE, documentFile(entry.id, screen.documentLanguage)];
              this.emitFile({
                type: 'asset',
                fileName: prerenderedPagePath(language, entry.id),
                source: pageHtml(original, screen, { depth: 2, preload, earlyScript }),
              });
              if (entry === first && language === ROOT_LANGUAGE) {
                const otherLanguagePage = `./${prerenderedPagePath(otherLanguage(language), entry.id).replace(/index\.html$/, '')}`;
                template.source = pageHtml(original, screen, { depth: 0, preload, earlyScript, otherLanguagePage });
              }
            }
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}
