/**
 * Serves the renderer over `app://lisible`, a privileged standard scheme, instead of `file://`: the page gets
 * a real origin (so the CSP's 'self' and the IPC origin check mean something) and can reach nothing on disk
 * outside the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../common/csp';
import { PRERENDER_MANIFEST, type PrerenderManifest } from '../../common/prerendered';
import { isStartPageRequest, startPageHtml, startPagePath, type StartPageSettings } from '../pages/start-page';
import { APP_SCHEME, contentTypeFor, resolveAppRequest } from '../security/app-url';

/** Must run before the app is ready: privileges cannot be granted to a scheme afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  'X-Content-Type-Options': 'nosniff',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The build's page of the start document in the reader's language, or of a kiosk's start screen, the reader's
 * preferences on it (pages/start-page.ts).
 */
async function startPage(rendererDir: string, settings: StartPageSettings): Promise<string> {
  const manifest = JSON.parse(await readFile(join(rendererDir, PRERENDER_MANIFEST), 'utf8')) as PrerenderManifest;
  const page = await readFile(join(rendererDir, startPagePath(settings, manifest)), 'utf8');
  return startPageHtml(page, settings);
}

/** @param startPageSettings what the start page shows, from what main knows (saved preferences, kiosk, system) */
export function handleAppProtocol(rendererDir: string, startPageSettings: () => Promise<StartPageSettings>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    if (isStartPageRequest(request.url)) {
      try {
        const html = await startPage(rendererDir, await startPageSettings());
        return new Response(request.method === 'HEAD' ? null : html, {
          status: 200,
          headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
        });
      } catch (error) {
        // A build without pre-rendered pages still has its index.html, served as any file below.
        console.warn('No pre-rendered start page:', error);
      }
    }
    const file = await resolveAppRequest(rendererDir, request.url);
    if (file === null) return notFound();
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return notFound();
    }
  });
}
