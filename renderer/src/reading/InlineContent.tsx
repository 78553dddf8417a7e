import type { MouseEvent } from 'react';
import type { Inline } from '../../../common/document';
import { useOpenExternal } from '../links/useOpenExternal';

export function InlineContent({ nodes }: { nodes: Inline[] }) {
  const openExternal = useOpenExternal();
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    event.preventDefault();
    openExternal(href);
  };
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
          <a key={index} href={node.href} onClick={(event) => follow(event, node.href)}>
            <InlineContent nodes={node.children} />
          </a>
        );
    }
  });
}
