/**
 * Serves the renderer over `app://lisible`, a privileged standard scheme, instead of `file://`: the page gets
 * a real origin (so the CSP's 'self' and the IPC origin check mean something) and can reach nothing on disk
 * outside the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../../common/csp';
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

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
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
