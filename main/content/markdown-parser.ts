/**
 * The CommonMark parser of content bodies: markdown-it, set up so every construct reaches the converter as a
 * token it can accept or reject with its line. Nothing is resolved, dropped or rewritten on the way.
 */
import MarkdownIt, { type Token } from 'markdown-it';

export type { Token } from 'markdown-it';

// `html: true` so raw HTML arrives as html_block / html_inline tokens, which the converter rejects.
const parser = new MarkdownIt('commonmark', { html: true });
// Keep link reference definitions in the stream: the converter rejects them, so references never resolve silently.
parser.disable('strip_references');
// markdown-it leaves a link it distrusts (javascript:, data:…) as plain text; let the converter judge and say why.
parser.validateLink = () => true;
// Keep addresses as written (escapes and character references decoded), not percent-encoded or punycoded.
parser.normalizeLink = (url) => url;

/** Container depth past which markdown-it silently skips content: the converter must reject it instead. */
export const MAX_NESTING = parser.options.maxNesting;

/** Block tokens of `body`, `map` lines 0-based from its first line; `inline` tokens carry their children. */
export function parseMarkdown(body: string): Token[] {
  return parser.parse(body, {});
}
