/**
 * What the browser build weighs: every JavaScript and CSS chunk in out/web/assets, raw and gzip (zlib at its
 * default level, 6, as compressing servers use it), the fonts, and the initial JavaScript: the scripts index.html loads,
 * the reader itself (renderer/src/start.tsx, which the page's entry imports as soon as the drawn page is on screen),
 * and everything they import statically (other dynamic imports, loaded only when used, are not counted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_OUT } from './lib/paths';

export interface AssetWeight {
  file: string;
  kind: 'js' | 'css' | 'font' | 'html' | 'data' | 'other';
  raw: number;
  gzip: number;
  /** Loaded by index.html at start-up (directly or by static import). */
  initial: boolean;
}

export interface WeightResult {
  assets: AssetWeight[];
  initialJs: { files: string[]; raw: number; gzip: number };
  initialCss: { files: string[]; raw: number; gzip: number };
  allJs: { raw: number; gzip: number };
  fonts: { files: number; raw: number; woff2Raw: number };
}

function kindOf(file: string): AssetWeight['kind'] {
  if (/\.(m?js)$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.json')) return 'data';
  return 'other';
}

/** Paths (relative to out/web) a piece of HTML loads as scripts, module preloads and stylesheets. */
function htmlReferences(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
  const clean = (path: string) => posix.normalize(path.replace(/^\.\//, ''));
  return { scripts: scripts.map(clean), styles: styles.map(clean) };
}

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`), not `import("…")`. */
function staticImports(source: string, from: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('.')) found.push(posix.normalize(posix.join(posix.dirname(from), specifier)));
  }
  return found;
}

export function measureWeight(): WeightResult {
  const html = readFileSync(join(WEB_OUT, 'index.html'), 'utf8');
  const { scripts, styles } = htmlReferences(html);
  const initial = new Set<string>();
  // The reader's own chunk is imported dynamically, yet always, at start-up.
  const reader = readdirSync(join(WEB_OUT, 'assets')).find((name) => /^start-[\w-]+\.js$/.test(name));
  if (!reader) throw new Error('weight: the reader’s start chunk (assets/start-*.js) is not in the build');
  const queue = [...scripts, `assets/${reader}`];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImports(readFileSync(join(WEB_OUT, file), 'utf8'), file));
  }
  for (const style of styles) initial.add(style);

  const files = [
    ...readdirSync(join(WEB_OUT, 'assets')).map((name) => `assets/${name}`),
    ...readdirSync(WEB_OUT).filter((name) => statSync(join(WEB_OUT, name)).isFile()),
  ];
  const assets = files
    .map((file): AssetWeight => {
      const bytes = readFileSync(join(WEB_OUT, file));
      const kind = kindOf(file);
      return {
        file,
        kind,
        raw: bytes.length,
        gzip: kind === 'font' ? bytes.length : gzipSync(bytes).length,
        initial: initial.has(file),
      };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.raw - a.raw);

  const total = (list: AssetWeight[]) => ({
    raw: list.reduce((sum, item) => sum + item.raw, 0),
    gzip: list.reduce((sum, item) => sum + item.gzip, 0),
  });
  const initialJs = assets.filter((asset) => asset.kind === 'js' && asset.initial);
  const initialCss = assets.filter((asset) => asset.kind === 'css' && asset.initial);
  const fonts = assets.filter((asset) => asset.kind === 'font');
  return {
    assets,
    initialJs: { files: initialJs.map((asset) => asset.file), ...total(initialJs) },
    initialCss: { files: initialCss.map((asset) => asset.file), ...total(initialCss) },
    allJs: total(assets.filter((asset) => asset.kind === 'js')),
    fonts: {
      files: fonts.length,
      raw: total(fonts).raw,
      woff2Raw: total(fonts.filter((font) => font.file.endsWith('.woff2'))).raw,
    },
  };
}
