/**
 * The app's own origin and what may be served or navigated to under it. Pure (node only) so it can be tested
 * without Electron; `main/desktop/protocol.ts` and the navigation policy in `main/desktop/lockdown.ts` apply it.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'lisible';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * The raw path of a URL on the app's origin (query and fragment dropped), or null for any other URL. Matching
 * the raw text rather than a parsed URL matters: parsing would silently resolve `..` and `%2e%2e`, hiding an
 * attempt we want to refuse, and would accept look-alikes in other spellings.
 */
function rawAppPath(url: string): string | null {
  if (!url.startsWith(APP_ORIGIN)) return null;
  const rest = url.slice(APP_ORIGIN.length);
  // The host must end right here: `app://lisible.evil`, `app://lisible@evil`, `app://lisible:1` go on.
  if (rest !== '' && !/^[/?#]/.test(rest)) return null;
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  return path === '' ? '/' : path;
}

/** True only for pages of the app itself, the one place the window may navigate to. */
export function isAppPageUrl(url: string): boolean {
  return rawAppPath(url) !== null && URL.canParse(url);
}

/**
 * The decoded path segments of an app request, or null if any segment could step out of the folder or name
 * something other than a plain file name (`.`, `..`, empty, encoded or literal slashes and backslashes, NUL,
 * or `:` as in a Windows drive letter or alternate data stream).
 */
function safeSegments(rawPath: string): string[] | null {
  if (rawPath === '/') return ['index.html'];
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

/**
 * Maps a request URL to the real path of an existing file strictly inside `rootDir`, or null. Symlinks are
 * resolved before the containment check, so a link pointing out of the folder is refused.
 */
export async function resolveAppRequest(rootDir: string, requestUrl: string): Promise<string | null> {
  const rawPath = rawAppPath(requestUrl);
  if (rawPath === null || rawPath.includes('\\')) return null;
  const segments = safeSegments(rawPath);
  if (segments === null) return null;
  try {
    const root = await realpath(rootDir);
    const file = await realpath(join(root, ...segments));
    if (!isInside(root, file)) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file; unknown kinds are opaque bytes (never sniffed, thanks to nosniff). */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
