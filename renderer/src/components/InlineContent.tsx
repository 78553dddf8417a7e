import type { Inline } from '../../../common/document';

export function InlineContent({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'emphasis':
        return (
          <em key={index}>
            <InlineContent nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={index}>
            <InlineContent nodes={node.children} />
          </strong>
        );
      case 'link':
        return (
          <a key={index} href={node.href}>
            <InlineContent nodes={node.children} />
          </a>
        );
    }
  });
}
