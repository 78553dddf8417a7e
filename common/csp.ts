/**
 * The renderer's Content-Security-Policy: nothing is allowed unless listed, scripts and styles come only from
 * the app itself, and there is no inline script or eval. Electron sends it as a header; the browser build
 * carries it as a meta tag (where `frame-ancestors` has no effect and is left out).
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
};

export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  const directives = { ...DIRECTIVES, ...(delivery === 'header' ? { 'frame-ancestors': "'none'" } : {}) };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
