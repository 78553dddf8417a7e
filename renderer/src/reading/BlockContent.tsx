import type { Block } from '../../../common/document';
import { InlineContent } from './InlineContent';

export function BlockContent({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, index) => {
    if (block.type === 'paragraph') {
      return (
        <p key={index}>
          <InlineContent nodes={block.children} />
        </p>
      );
    }
    const items = block.items.map((item, itemIndex) => (
      <li key={itemIndex}>
        {/* A one-paragraph item is a tight list item: its text needs no paragraph of its own. */}
        {item.length === 1 && item[0]?.type === 'paragraph' ? (
          <InlineContent nodes={item[0].children} />
        ) : (
          <BlockContent blocks={item} />
        )}
      </li>
    ));
    return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
  });
}
