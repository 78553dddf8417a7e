/**
 * The benchmark's floor: a build plugin that writes out/web/static.html, the reader's first screen as plain
 * semantic HTML (same library, same stylesheet, same landmarks and headings, no script). `npm run bench`
 * times the real start-up against it.
 */
import type { Plugin } from 'vite';
import type { Block, Inline, Library, ReaderDocument, Section } from '../common/document';
import type { Language } from '../common/languages';
import { loadLibrary } from '../main/content/loader';
import { formatLongDate } from '../common/format';
import enReader from '../common/locales/en/reader.json';
import frReader from '../common/locales/fr/reader.json';

export const STATIC_FLOOR_FILE = 'static.html';

/** The interface strings the first screen shows, from the renderer's own locale files. */
export interface FloorStrings {
  skipLink: string;
  tocHeading: string;
  /** The label the date follows: "Last updated:". */
  lastUpdated: string;
}

const READER_STRINGS = { en: enReader, fr: frReader } satisfies Record<Language, unknown>;

function floorStrings(language: Language): FloorStrings {
  const strings = READER_STRINGS[language];
  return { skipLink: strings.skipLink, tocHeading: strings.toc.heading, lastUpdated: strings.footer.lastUpdated };
}

/**
 * @param libraryFile the asset another plugin emits with the loaded library; read from the bundle so the floor
 *   shows exactly what the app will fetch (loaded again from `contentDir` only if it is not there)
 */
export function staticFloor({
  libraryFile,
  contentDir,
  language = 'en',
}: {
  libraryFile: string;
  contentDir: string;
  language?: Language;
}): Plugin {
  return {
    name: 'lisible:static-floor',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const emitted = bundle[libraryFile];
        const library =
          emitted?.type === 'asset' && typeof emitted.source === 'string'
            ? (JSON.parse(emitted.source) as Library)
            : await loadLibrary(contentDir);
        const stylesheets = new Set<string>();
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.isEntry)
            for (const css of output.viteMetadata?.importedCss ?? []) stylesheets.add(css);
        }
        const strings = floorStrings(language);
        this.emitFile({
          type: 'asset',
          fileName: STATIC_FLOOR_FILE,
          source: renderStaticPage(library, [...stylesheets], language, strings),
        });
      },
    },
  };
}

/** The first document of the library in `language` (else its other version), as the app first shows it. */
export function renderStaticPage(
  library: Library,
  stylesheets: string[],
  language: Language,
  strings: FloorStrings,
): string {
  const entry = library.documents[0];
  const shown: ReaderDocument | undefined = entry && (entry.versions[language] ?? Object.values(entry.versions)[0]);
  const foreign = shown !== undefined && shown.lang !== language;
  const title = shown ? `${shown.title} — Lisible` : 'Lisible';
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="./${escapeAttribute(href)}">`).join('\n    ');
  const body = shown
    ? `<a class="skip-link" href="#document-title">${escapeText(strings.skipLink)}</a>
      <header class="site-header"><p class="product-name">Lisible</p></header>
      <div class="layout">
        ${shown.sections.length > 0 ? `<aside class="sidebar"><nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">${escapeText(strings.tocHeading)}</h2>${tocList(shown.sections)}</nav></aside>` : ''}
        <main class="document">
          <article${foreign ? ` lang="${shown.lang}"` : ''}>
            <h1 id="document-title" tabindex="-1">${escapeText(shown.title)}</h1>
            ${blocks(shown.intro)}
            ${shown.sections.map(section).join('\n')}
          </article>
        </main>
      </div>
      <footer class="document-footer"><p>${lastUpdated(strings.lastUpdated, shown.updated, language)}</p></footer>`
    : '<main class="document"><p>No content.</p></main>';
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <link rel="icon" href="data:,">
    <title>${escapeText(title)}</title>
    ${links}
  </head>
  <body>
    <div id="root">
      ${body}
    </div>
  </body>
</html>
`;
}

/** "Last updated:" then the date, as the app's footer writes it. */
function lastUpdated(label: string, isoDate: string, language: Language): string {
  return `${escapeText(label)} <time datetime="${escapeAttribute(isoDate)}">${escapeText(formatLongDate(isoDate, language))}</time>`;
}

function tocList(sections: Section[]): string {
  const items = sections.map(
    (item) =>
      `<li><a href="#${escapeAttribute(item.id)}">${escapeText(item.title)}</a>${item.sections.length > 0 ? tocList(item.sections) : ''}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function section(item: Section): string {
  const tag = `h${Math.min(Math.max(item.level, 2), 6)}`;
  const id = escapeAttribute(item.id);
  return `<section><${tag} id="${id}" data-section-id="${id}" tabindex="-1">${inlines(item.heading)}</${tag}>${blocks(item.blocks)}${item.sections.map(section).join('')}</section>`;
}

function blocks(items: Block[]): string {
  return items
    .map((block) => {
      if (block.type === 'paragraph') return `<p>${inlines(block.children)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      const listItems = block.items.map((item) => {
        const only = item.length === 1 ? item[0] : undefined;
        return `<li>${only?.type === 'paragraph' ? inlines(only.children) : blocks(item)}</li>`;
      });
      return `<${tag}>${listItems.join('')}</${tag}>`;
    })
    .join('');
}

function inlines(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeText(node.value);
        case 'emphasis':
          return `<em>${inlines(node.children)}</em>`;
        case 'strong':
          return `<strong>${inlines(node.children)}</strong>`;
        case 'link':
          return `<a href="${escapeAttribute(node.href)}">${inlines(node.children)}</a>`;
      }
    })
    .join('');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}
