/**
 * Turns the body of a content file (markdown-it block tokens, CommonMark) into the document model: blocks
 * before the first heading are the intro, each heading opens a section holding everything up to the next
 * heading of its level or higher. Anything the model cannot show faithfully is a fault with its line, never
 * silently dropped.
 */
import type { Block, Section } from '../../common/document';
import { ANCHOR_PATTERN, AnchorRegistry, splitExplicitAnchor } from './anchors';
import type { Fail } from './content-file-error';
import { inlineTokensToModel, plainText } from './inline-tokens';
import { MAX_NESTING, type Token } from './markdown-parser';

interface DocumentBody {
  intro: Block[];
  sections: Section[];
}

/** Where each built section and block came from, to locate a validation fault. */
export type SourceLines = Map<object, number>;

/** Faults of block constructs, by markdown-it token type. */
const UNSUPPORTED: Partial<Record<string, string>> = {
  html_block: 'raw HTML is not allowed',
  code_block: 'code blocks are not supported',
  fence: 'code blocks are not supported',
  blockquote_open: 'block quotes are not supported',
  hr: 'thematic breaks (---, ***) are not supported; use a heading to start a new section',
  reference_definition:
    'reference links and their definitions ([label]: address) are not supported; write the address inline: [text](https://…)',
  heading_open: 'headings are only allowed at the top level, not inside lists',
};

/** A table's delimiter row (`|---|:-:|`), which CommonMark reads as paragraph text. */
function isTableDelimiterRow(line: string): boolean {
  return /^[ \t|:-]+$/.test(line) && line.includes('|') && line.includes('-');
}

/**
 * @param tokens from `parseMarkdown`, used up: headings lose their `{#anchor}` suffix
 * @param bodyLine the file line of the body's first line (token lines count from it)
 * @param lines when given, records the start line of every section and block built
 */
export function markdownToDocument(tokens: readonly Token[], bodyLine: number, fail: Fail, lines?: SourceLines): DocumentBody {
  return new BodyConverter(tokens, bodyLine, fail, lines).convert();
}

/** Takes every heading's `{#anchor}` off its text, up front so no slug takes an anchor a later heading names. */
function takeExplicitAnchors(tokens: readonly Token[]): Map<Token, string> {
  const anchors = new Map<Token, string>();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const last = tokens[index + 1]?.children?.findLast((child) => child.type !== 'text' || child.content !== '');
    const split = last?.type === 'text' ? splitExplicitAnchor(last.content) : undefined;
    if (!last || !split) return;
    last.content = split.text.trimEnd();
    anchors.set(token, split.anchor);
  });
  return anchors;
}

class BodyConverter {
  private readonly explicitAnchors: Map<Token, string>;
  private readonly anchors: AnchorRegistry;
  /** Line of the heading that named each explicit anchor so far. */
  private readonly explicitLines = new Map<string, number>();
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly bodyLine: number,
    private readonly fail: Fail,
    private readonly lines: SourceLines | undefined,
  ) {
    this.explicitAnchors = takeExplicitAnchors(tokens);
    this.anchors = new AnchorRegistry(new Set(this.explicitAnchors.values()));
  }

  convert(): DocumentBody {
    const body: DocumentBody = { intro: [], sections: [] };
    const open: Section[] = []; // the current section and its ancestors, deepest last
    let previousLevel = 1; // the title is the level-1 heading
    while (this.index < this.tokens.length) {
      if (this.peek().type === 'heading_open') {
        const section = this.section(previousLevel);
        while ((open.at(-1)?.level ?? 0) >= section.level) open.pop();
        (open.at(-1)?.sections ?? body.sections).push(section);
        open.push(section);
        previousLevel = section.level;
      } else {
        (open.at(-1)?.blocks ?? body.intro).push(this.block());
      }
    }
    return body;
  }

  private peek(): Token {
    const token = this.tokens[this.index];
    if (!token) throw new Error('markdown-it token stream ended early');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  private lineOf(token: Token): number {
    return this.bodyLine + (token.map?.[0] ?? 0);
  }

  /** The children of the `inline` token that comes next. */
  private inlineChildren(): Token[] {
    const inline = this.next();
    if (inline.type !== 'inline') throw new Error(`expected an inline token, got ${inline.type}`);
    return inline.children ?? [];
  }

  private section(previousLevel: number): Section {
    const open = this.next();
    const line = this.lineOf(open);
    const level = Number(open.tag.slice(1));
    if (level === 1) {
      this.fail(line, 'level-1 headings are not allowed: the title (front matter) is the only level-1 heading');
    }
    if (level > previousLevel + 1) {
      this.fail(line, `level-${level} heading after a level-${previousLevel} one: a heading level is skipped`);
    }
    const explicit = this.explicitAnchors.get(open);
    if (explicit !== undefined) this.checkExplicitAnchor(explicit, line);
    const heading = inlineTokensToModel(this.inlineChildren(), line, this.fail);
    this.next(); // heading_close
    // ASCII whitespace only: a French title keeps its no-break spaces.
    const title = plainText(heading).replace(/[ \t\r\n]+/g, ' ').trim();
    if (!title) this.fail(line, 'the heading has no text');
    const section: Section = { id: this.anchors.claim(title, explicit), level, heading, title, blocks: [], sections: [] };
    this.lines?.set(section, line);
    return section;
  }

  private checkExplicitAnchor(anchor: string, line: number): void {
    if (!ANCHOR_PATTERN.test(anchor)) {
      this.fail(line, `invalid anchor "{#${anchor}}": use lowercase letters and digits joined by hyphens`);
    }
    const earlier = this.explicitLines.get(anchor);
    if (earlier !== undefined) this.fail(line, `anchor "${anchor}" is already used by the heading on line ${earlier}`);
    this.explicitLines.set(anchor, line);
  }

  private block(): Block {
    const open = this.next();
    const line = this.lineOf(open);
    let block: Block;
    if (open.type === 'paragraph_open') block = this.paragraph(line);
    else if (open.type === 'bullet_list_open' || open.type === 'ordered_list_open') block = this.list(open, line);
    else this.fail(line, UNSUPPORTED[open.type] ?? `${open.type} is not supported`);
    this.lines?.set(block, line);
    return block;
  }

  private paragraph(line: number): Block {
    const inline = this.peek();
    if (inline.content.includes('|') && inline.content.split('\n').some(isTableDelimiterRow)) {
      this.fail(line, 'tables are not supported');
    }
    const children = inlineTokensToModel(this.inlineChildren(), line, this.fail);
    this.next(); // paragraph_close
    if (children.length === 0) this.fail(line, 'the paragraph has no text');
    return { type: 'paragraph', children };
  }

  private list(open: Token, line: number): Block {
    const start = open.attrGet('start');
    if (start !== null && Number(start) !== 1) this.fail(line, `numbered lists must start at 1 (this one starts at ${start})`);
    const items: Block[][] = [];
    while (this.peek().type === 'list_item_open') {
      const item = this.next();
      const itemLine = this.lineOf(item);
      // markdown-it skips the content of a container this deep; reject it rather than lose text.
      if (item.level + 1 >= MAX_NESTING) this.fail(itemLine, 'lists are nested too deeply');
      const blocks: Block[] = [];
      while (this.peek().type !== 'list_item_close') blocks.push(this.block());
      this.next(); // list_item_close
      if (blocks.length === 0) this.fail(itemLine, 'the list item is empty');
      items.push(blocks);
    }
    this.next(); // bullet_list_close or ordered_list_close
    return { type: 'list', ordered: open.type === 'ordered_list_open', items };
  }
}
