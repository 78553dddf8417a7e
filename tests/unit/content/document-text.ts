/** Test helpers that read a loaded document the way a reader would: its text, its sections. */
import type { Block, Inline, ReaderDocument, Section } from '../../../common/document';

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.value : inlineText(inline.children))).join('');
}

export function blockText(block: Block): string {
  return block.type === 'paragraph'
    ? inlineText(block.children)
    : block.items.map((item) => item.map(blockText).join('\n')).join('\n');
}

function sectionText(section: Section): string {
  return [section.title, ...section.blocks.map(blockText), ...section.sections.map(sectionText)].join('\n');
}

/** The body text in reading order, one line per heading, paragraph and list item (the title excluded). */
export function documentText(document: ReaderDocument): string {
  return [...document.intro.map(blockText), ...document.sections.map(sectionText)].join('\n');
}

/** Every section, depth first, in reading order. */
export function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

/**
 * The plain text of the title, each heading (and its plain `title`) and each paragraph, list items included:
 * what typography applies to.
 */
export function textRuns(document: ReaderDocument): string[] {
  const runs = [document.title];
  const blocks = (list: readonly Block[]): void => {
    for (const block of list) {
      if (block.type === 'paragraph') runs.push(inlineText(block.children));
      else block.items.forEach(blocks);
    }
  };
  blocks(document.intro);
  for (const section of allSections(document.sections)) {
    runs.push(inlineText(section.heading), section.title);
    blocks(section.blocks);
  }
  return runs;
}
