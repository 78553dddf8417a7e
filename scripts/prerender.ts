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
import { loadLibrary } from '../main/content/loader';
import { REACT_ON_PREACT } from './react-on-preact';
import { LANGUAGES, otherLanguage, type Language } from '../common/languages';
import {
  prerenderedNote,
  prerenderedPagePath,
  KIOSK_START_PAGE,
  KIOSK_START_PAGE_PATH,
  OTHER_LANGUAGE_PAGE,
  PRERENDER_MANIFEST,
  READER_PAGE,
  type StartingPage,
  PRERENDERED_ATTRIBUTE,
  QUIET_ROOT_MARKUP,
  type PrerenderManifest,
  type PrerenderedScreen,
  type PrerenderInput,
} from '../common/prerendered';

/** The language `/` is drawn in; the early script sends a reader who wants the other one to its page. */
export const ROOT_LANGUAGE: Language = 'en';

interface PageOptions {
  /** How many folders below the site's root the page is. */
  depth: number;
  earlyScript: string;
  /** The pages to go to instead of this one, relative to it (common/prerendered.ts, `StartingPage`). */
  links: StartingPage['links'];
}

/** A page's HTML, from the built index.html: its language, title and content set, paths made to work from its folder. */
export function pageHtml(template: string, screen: PrerenderedScreen, options: PageOptions): string {
  const up = options.depth === 0 ? './' : '../'.repeat(options.depth);
  const relocated = options.depth === 0 ? template : template.replace(/(\b(?:src|href)=")\.\//g, `$1${up}`);
  const htmlAttributes = [
    `lang="${screen.language}"`,
    ...Object.entries(options.links).map(([name, page]) => `${name}="${page}"`),
  ].join(' ');
  // Functions as replacements, so a `$` in the content is never read as a pattern.
  return (
    relocated
      .replace(/<html lang="[^"]*">/, () => `<html ${htmlAttributes}>`)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(screen.title)}</title>`)
      // First in <head>: the CSP, which covers everything after it; the stylesheets; then the early script, which
      // blocks the parser and must run before anything is drawn. The stylesheets come first because the page
      // cannot be drawn without them either, and asked for after the script they arrived later (measured: first
      // paint 1.5× sooner with them first). The script waits for them, as a parser-blocking script waits for the
      // stylesheets above it, but not for the page's modules.
      .replace(/\s*(<meta http-equiv="Content-Security-Policy"[^>]*>)/, '')
      .replace(STYLESHEET_LINK, '')
      .replace(/(<meta charset="[^"]*"\s*\/?>)/, (charset) =>
        [
          charset,
          cspMeta(template),
          ...stylesheetLinks(relocated),
          `<script src="${up}${options.earlyScript}"></script>`,
          // No frame until the drawn screen has been parsed whole. Chromium otherwise draws what it has whenever
          // the parser pauses, which on a busy machine it does after the early script: the header's first button
          // alone, then the rest moving it aside (a layout shift), and the title a frame later. It waits for the
          // element named to be inserted, not closed: so the mark just after the screen, not the root.
          `<link rel="expect" href="#${SCREEN_END_ID}" blocking="render">`,
        ].join('\n    '),
      )
      .replace(
        /<div id="root"><\/div>/,
        () =>
          `<div id="root" ${PRERENDERED_ATTRIBUTE}="${prerenderedNote(screen)}">${QUIET_ROOT_MARKUP}${screen.markup}</div>` +
          `<template id="${SCREEN_END_ID}"></template>`,
      )
  );
}

/**
 * The reader's script is loaded after the first frame (renderer/src/main.ts). A stylesheet imported by anything it
 * loads at once would come with it, after the page is on screen, and restyle the whole page as it starts: the first
 * screen's styles belong in renderer/src/styles/index.css, which the page links.
 */
export function checkStartStylesInPage(bundle: Rolldown.OutputBundle): void {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/start.tsx'));
  if (!start) throw new Error('prerender: the reader’s start chunk is not in the bundle');
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    // The page's entry: its stylesheet is the one the page links.
    if (chunk.isEntry) return;
    const styles = [...(chunk.viteMetadata?.importedCss ?? [])];
    if (styles.length > 0) {
      throw new Error(
        `prerender: ${chunk.name} brings its own stylesheet (${styles.join(', ')}) to the first screen; import it from renderer/src/styles/index.css instead`,
      );
    }
    for (const imported of chunk.imports) visit(imported);
  };
  visit(start.fileName);
}

/** `en/about-us/index.html` → `en/about-us/`: a page's folder, as links name it. */
function folderOf(path: string): string {
  return path.replace(/index\.html$/, '');
}

/** An inert mark right after the drawn screen: the page is drawn once the parser has reached it. */
const SCREEN_END_ID = 'drawn-screen-end';

const STYLESHEET_LINK = /\s*<link rel="stylesheet"[^>]*>/g;

function stylesheetLinks(template: string): string[] {
  return [...template.matchAll(STYLESHEET_LINK)].map((match) => match[0].trim());
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

/** The library, loaded once per build and shared by the plugins that need it. */
export function libraryOnce(contentDir: string): () => Promise<Library> {
  let loaded: Promise<Library> | undefined;
  return () => (loaded ??= loadLibrary(contentDir));
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
        checkStartStylesInPage(bundle);
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
          // React's API on Preact, as in the page; the libraries that import React are bundled so the alias reaches them.
          resolve: { alias: REACT_ON_PREACT },
          ssr: { noExternal: ['react-i18next'] },
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { prerender, prerenderKioskStart } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerender: (input: PrerenderInput) => Promise<PrerenderedScreen>;
            prerenderKioskStart: (input: PrerenderInput) => Promise<PrerenderedScreen>;
          };
          const first = compiled.documents[0];
          if (!first) return;
          const manifest: PrerenderManifest = { startDocument: first.id };
          this.emitFile({ type: 'asset', fileName: PRERENDER_MANIFEST, source: JSON.stringify(manifest) });
          /** A page's address as a link from a page `depth` folders below the root. */
          const linkTo = (path: string, depth: number) =>
            `${depth === 0 ? './' : '../'.repeat(depth)}${folderOf(path)}`;
          for (const entry of compiled.documents) {
            for (const language of LANGUAGES) {
              const screen = await prerender({ index, entry, language });
              if (screen.screen !== 'reader') throw new Error('prerender: a reading page is not a reading screen');
              this.emitFile({
                type: 'asset',
                fileName: prerenderedPagePath(language, entry.id),
                source: pageHtml(original, screen, {
                  depth: 2,
                  earlyScript,
                  links: { [KIOSK_START_PAGE]: linkTo(KIOSK_START_PAGE_PATH, 2) },
                }),
              });
              if (entry === first && language === ROOT_LANGUAGE) {
                template.source = pageHtml(original, screen, {
                  depth: 0,
                  earlyScript,
                  links: {
                    [OTHER_LANGUAGE_PAGE]: linkTo(prerenderedPagePath(otherLanguage(language), entry.id), 0),
                    [KIOSK_START_PAGE]: linkTo(KIOSK_START_PAGE_PATH, 0),
                  },
                });
              }
            }
          }
          // The kiosk's start screen, in the language a kiosk that asks opens in.
          const kioskStart = await prerenderKioskStart({ index, entry: first, language: ROOT_LANGUAGE });
          this.emitFile({
            type: 'asset',
            fileName: KIOSK_START_PAGE_PATH,
            source: pageHtml(original, kioskStart, {
              depth: 1,
              earlyScript,
              links: { [READER_PAGE]: linkTo('index.html', 1) },
            }),
          });
        } finally {
          await server.close();
        }
      },
    },
  };
}
