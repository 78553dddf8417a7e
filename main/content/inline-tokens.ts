/**
 * The children of one markdown-it `inline` token (a paragraph's or a heading's text) → model inlines. Anything
 * the model cannot show faithfully is a fault with its line, never silently dropped.
 */
import type { Inline } from '../../common/document';
import type { Fail } from './content-file-error';
import type { Token } from './markdown-parser';

/** Faults of inline constructs, by markdown-it token type. */
const UNSUPPORTED: Partial<Record<string, string>> = {
  html_inline: 'raw HTML is not allowed',
  code_inline: 'inline code is not supported',
  image: 'images are not supported',
  hardbreak: 'hard line breaks are not supported; start a new paragraph or list item instead',
};

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * @param line the file line of the block the text starts on; inline tokens carry no lines, so each soft line
 *   break moves to the next one (exact, bar line breaks inside a link's address or title)
 */
export function inlineTokensToModel(children: readonly Token[], line: number, fail: Fail): Inline[] {
  return new InlineConverter(children, line, fail).convert(undefined);
}

class InlineConverter {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private line: number,
    private readonly fail: Fail,
  ) {}

  /** Converts tokens up to `closing` (consumed) or the end, adjacent texts merged. */
  convert(closing: string | undefined): Inline[] {
    const inlines: Inline[] = [];
    for (let token = this.tokens[this.index++]; token; token = this.tokens[this.index++]) {
      if (token.type === closing) break;
      const previous = inlines.at(-1);
      if (token.type === 'softbreak') {
        this.line++;
        // A soft line break is a space; markdown-it already dropped the spaces around it, not the tabs.
        if (previous?.type === 'text') previous.value = `${previous.value.replace(/[ \t]+$/, '')} `;
        else inlines.push({ type: 'text', value: ' ' });
        continue;
      }
      const inline = this.inline(token);
      if (inline === undefined) continue;
      if (inline.type === 'text' && previous?.type === 'text') previous.value += inline.value;
      else inlines.push(inline);
    }
    return inlines;
  }

  private inline(token: Token): Inline | undefined {
    switch (token.type) {
      case 'text':
        return token.content ? { type: 'text', value: token.content } : undefined;
      case 'em_open':
        return { type: 'emphasis', children: this.convert('em_close') };
      case 'strong_open':
        return { type: 'strong', children: this.convert('strong_close') };
      case 'link_open':
        return this.link(token);
      default:
        return this.fail(this.line, UNSUPPORTED[token.type] ?? `${token.type} is not supported`);
    }
  }

  private link(token: Token): Inline {
    const line = this.line;
    const href = String(token.attrGet('href') ?? '');
    const url = URL.parse(href);
    if (!url || !LINK_PROTOCOLS.has(url.protocol)) {
      this.fail(line, `link address "${href}" must be an absolute http, https or mailto address`);
    }
    const children = this.convert('link_close');
    if (!plainText(children).trim()) this.fail(line, 'the link has no text');
    return { type: 'link', href, children };
  }
}

export function plainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) text += inline.type === 'text' ? inline.value : plainText(inline.children);
  return text;
}
