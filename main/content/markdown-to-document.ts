/**
 * Turns the body of a content file (mdast, CommonMark) into the document model: blocks before the first
 * heading are the intro, each heading opens a section holding everything up to the next heading of its level
 * or higher. Anything the model cannot show faithfully is a fault with its line, never silently dropped.
 */
import type { Heading, List, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline, Section } from '../../common/document';
import { ANCHOR_PATTERN, AnchorRegistry, splitExplicitAnchor } from './anchors';
import type { Fail } from './content-file-error';

export interface DocumentBody {
  intro: Block[];
  sections: Section[];
}

/** Where each built section and block came from, to locate a validation fault. */
export type SourceLines = Map<object, number>;

const UNSUPPORTED: Partial<Record<Nodes['type'], string>> = {
  html: 'raw HTML is not allowed',
  code: 'code blocks are not supported',
  inlineCode: 'inline code is not supported',
  blockquote: 'block quotes are not supported',
  thematicBreak: 'thematic breaks (---, ***) are not supported; use a heading to start a new section',
  image: 'images are not supported',
  imageReference: 'images are not supported',
  linkReference: 'reference links are not supported; write the address inline: [text](https://…)',
  definition: 'link reference definitions are not supported; write the address inline: [text](https://…)',
  break: 'hard line breaks are not supported; start a new paragraph or list item instead',
  heading: 'headings are only allowed at the top level, not inside lists',
  yaml: 'front matter is only allowed at the very start of the file',
};

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** A table's delimiter row (`|---|:-:|`), which CommonMark reads as paragraph text. */
function isTableDelimiterRow(line: string): boolean {
  return /^[ \t|:-]+$/.test(line) && line.includes('|') && line.includes('-');
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** @param lines when given, records the start line of every section and block built */
export function markdownToDocument(children: readonly RootContent[], fail: Fail, lines?: SourceLines): DocumentBody {
  const converter = new BodyConverter(fail, lines, explicitAnchors(children));
  return converter.convert(children);
}

/** Every `{#anchor}` asked for, collected up front so no slug takes one that a later heading names. */
function explicitAnchors(children: readonly RootContent[]): Set<string> {
  const anchors = new Set<string>();
  for (const node of children) {
    const last = node.type === 'heading' ? node.children.at(-1) : undefined;
    const split = last?.type === 'text' ? splitExplicitAnchor(last.value) : undefined;
    if (split) anchors.add(split.anchor);
  }
  return anchors;
}

class BodyConverter {
  private readonly anchors: AnchorRegistry;
  /** Line of the heading that named each explicit anchor so far. */
  private readonly explicitLines = new Map<string, number>();

  constructor(
    private readonly fail: Fail,
    private readonly lines: SourceLines | undefined,
    explicit: ReadonlySet<string>,
  ) {
    this.anchors = new AnchorRegistry(explicit);
  }

  convert(children: readonly RootContent[]): DocumentBody {
    const body: DocumentBody = { intro: [], sections: [] };
    const open: Section[] = []; // the current section and its ancestors, deepest last
    let previousLevel = 1; // the title is the level-1 heading
    for (const node of children) {
      if (node.type === 'heading') {
        const section = this.section(node, previousLevel);
        while ((open.at(-1)?.level ?? 0) >= section.level) open.pop();
        (open.at(-1)?.sections ?? body.sections).push(section);
        open.push(section);
        previousLevel = section.level;
      } else {
        (open.at(-1)?.blocks ?? body.intro).push(this.block(node));
      }
    }
    return body;
  }

  private section(node: Heading, previousLevel: number): Section {
    const line = lineOf(node);
    if (node.depth === 1) {
      this.fail(line, 'level-1 headings are not allowed: the title (front matter) is the only level-1 heading');
    }
    if (node.depth > previousLevel + 1) {
      this.fail(line, `level-${node.depth} heading after a level-${previousLevel} one: a heading level is skipped`);
    }
    const children = [...node.children];
    const last = children.at(-1);
    let explicit: string | undefined;
    if (last?.type === 'text') {
      const split = splitExplicitAnchor(last.value);
      if (split) {
        explicit = split.anchor;
        children[children.length - 1] = { ...last, value: split.text.trimEnd() };
        this.checkExplicitAnchor(explicit, line);
      }
    }
    const heading = this.inlines(children);
    // ASCII whitespace only: a French title keeps its no-break spaces.
    const title = plainText(heading).replace(/[ \t\r\n]+/g, ' ').trim();
    if (!title) this.fail(line, 'the heading has no text');
    const section: Section = {
      id: this.anchors.claim(title, explicit),
      level: node.depth,
      heading,
      title,
      blocks: [],
      sections: [],
    };
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

  private block(node: RootContent): Block {
    let block: Block;
    if (node.type === 'paragraph') block = this.paragraph(node);
    else if (node.type === 'list') block = this.list(node);
    else this.unsupported(node);
    this.lines?.set(block, lineOf(node));
    return block;
  }

  private paragraph(node: Paragraph): Block {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.includes('|') && child.value.split('\n').some(isTableDelimiterRow)) {
        this.fail(lineOf(node), 'tables are not supported');
      }
    }
    const children = this.inlines(node.children);
    if (children.length === 0) this.fail(lineOf(node), 'the paragraph has no text');
    return { type: 'paragraph', children };
  }

  private list(node: List): Block {
    if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) {
      this.fail(lineOf(node), `numbered lists must start at 1 (this one starts at ${node.start})`);
    }
    const items = node.children.map((item) => {
      if (item.children.length === 0) this.fail(lineOf(item), 'the list item is empty');
      return item.children.map((child) => this.block(child));
    });
    return { type: 'list', ordered: node.ordered === true, items };
  }

  private inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const inlines: Inline[] = [];
    for (const node of nodes) {
      const inline = this.inline(node);
      if (inline === undefined) continue;
      const previous = inlines.at(-1);
      if (inline.type === 'text' && previous?.type === 'text') previous.value += inline.value;
      else inlines.push(inline);
    }
    return inlines;
  }

  private inline(node: PhrasingContent): Inline | undefined {
    switch (node.type) {
      case 'text': {
        // A soft line break inside a paragraph is a space; keep other whitespace (U+00A0, U+202F) as written.
        const value = /[\r\n]/.test(node.value) ? node.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ') : node.value;
        return value ? { type: 'text', value } : undefined;
      }
      case 'emphasis':
        return { type: 'emphasis', children: this.inlines(node.children) };
      case 'strong':
        return { type: 'strong', children: this.inlines(node.children) };
      case 'link': {
        const line = lineOf(node);
        const url = URL.parse(node.url);
        if (!url || !LINK_PROTOCOLS.has(url.protocol)) {
          this.fail(line, `link address "${node.url}" must be an absolute http, https or mailto address`);
        }
        const children = this.inlines(node.children);
        if (!plainText(children).trim()) this.fail(line, 'the link has no text');
        return { type: 'link', href: node.url, children };
      }
      default:
        return this.unsupported(node);
    }
  }

  private unsupported(node: Nodes): never {
    return this.fail(lineOf(node), UNSUPPORTED[node.type] ?? `${node.type} is not supported`);
  }
}

export function plainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) text += inline.type === 'text' ? inline.value : plainText(inline.children);
  return text;
}
