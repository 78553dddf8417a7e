import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../scripts/prerender';
import { scriptFreePage } from '../../../scripts/static-floor';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Lisible</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/libraries-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const SCREEN = {
  screen: 'reader' as const,
  language: 'fr' as const,
  documentId: 'about-us',
  documentLanguage: 'fr' as const,
  digest: '0',
  title: 'À propos de nous — Lisible',
  markup: '<main><h1>À propos de nous</h1></main>',
};

/** The position in `html` of the first tag matching `pattern`, failing the test if there is none. */
function positionOf(html: string, pattern: RegExp): number {
  const found = pattern.exec(html);
  expect(found, `${pattern} in the page`).not.toBeNull();
  return found?.index ?? -1;
}

describe('a drawn page’s head', () => {
  const html = pageHtml(TEMPLATE, SCREEN, {
    depth: 2,
    earlyScript: 'assets/early-123.js',
    links: {},
  });

  // The page cannot be drawn before its stylesheet has arrived, nor before the early script has put the reader's
  // preferences on <html>: both are asked for first, the stylesheet before the script that waits for it.
  it('asks for the CSP, then the stylesheet, then the early script, before the page’s modules', () => {
    const csp = positionOf(html, /<meta http-equiv="Content-Security-Policy"/);
    const stylesheet = positionOf(
      html,
      /<link rel="stylesheet" crossorigin href="\.\.\/\.\.\/assets\/index-ghi\.css">/,
    );
    const early = positionOf(html, /<script src="\.\.\/\.\.\/assets\/early-123\.js"><\/script>/);
    const modules = positionOf(html, /<script type="module"/);
    expect(csp).toBeLessThan(stylesheet);
    expect(stylesheet).toBeLessThan(early);
    expect(early).toBeLessThan(modules);
  });

  // Chromium draws whatever has been parsed whenever the parser pauses; the page asks for no frame before the
  // mark that follows the whole screen (it waits for the element's insertion, so the root itself would not do).
  it('asks for no frame before the whole drawn screen has been parsed', () => {
    const expectLink = /<link rel="expect" href="#([^"]+)" blocking="render">/.exec(html);
    expect(expectLink).not.toBeNull();
    const mark = positionOf(html, new RegExp(`<template id="${expectLink?.[1] ?? ''}"></template>`));
    expect(positionOf(html, /<h1>À propos de nous<\/h1><\/main><\/div>/)).toBeLessThan(mark);
    expect(positionOf(html, /<\/body>/)).toBeGreaterThan(mark);
  });

  // Fetched beside the first frame, the reader's data slowed it (measured: 1.09–1.13× a static page of the same
  // screen with them, 1.00–1.02× without); the reader asks for it once the page is on screen.
  it('asks for no data before its first frame', () => {
    expect(html).not.toMatch(/rel="preload"/);
  });

  it('names the stylesheet once', () => {
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('holds the drawn screen, its language and its title', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>À propos de nous — Lisible</title>');
    expect(html).toContain('<h1>À propos de nous</h1>');
  });
});

describe('the static floor the benchmark measures start-up against', () => {
  const drawn = pageHtml(TEMPLATE, SCREEN, {
    depth: 0,
    earlyScript: 'assets/early-123.js',
    links: {},
  });
  const floor = scriptFreePage(drawn);
  const body = (html: string) => html.slice(html.indexOf('<body>'));

  it('is the drawn page with no script, and nothing only scripts use', () => {
    expect(drawn).toMatch(/<script/);
    expect(floor).not.toMatch(/<script/);
    expect(floor).not.toMatch(/rel="(modulepreload|preload)"/);
  });

  it('keeps what the page is drawn from: its stylesheet, its markup, its language, title and frame gate', () => {
    expect(floor).toMatch(/<link rel="stylesheet" crossorigin href="\.\/assets\/index-ghi\.css">/);
    expect(body(floor)).toBe(body(drawn));
    expect(floor).toContain('<html lang="fr">');
    expect(floor).toContain('<title>À propos de nous — Lisible</title>');
    expect(floor).toMatch(/<link rel="expect" href="#[^"]+" blocking="render">/);
  });

  it('refuses a page with nothing drawn, which would make the floor an empty page', () => {
    expect(() => scriptFreePage(TEMPLATE)).toThrow(/no drawn screen/);
  });
});
