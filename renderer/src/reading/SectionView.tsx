import type { Section } from '../../../common/document';
import { sectionHeadingProps } from './reading-position';
import { BlockContent } from './BlockContent';
import { InlineContent } from './InlineContent';

const HEADING_TAGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;
type SectionLevel = keyof typeof HEADING_TAGS;

export function SectionView({ section }: { section: Section }) {
  // The content schema only admits levels 2 to 6.
  const Heading = HEADING_TAGS[section.level as SectionLevel];
  return (
    <section>
      <Heading {...sectionHeadingProps(section.id)}>
        <InlineContent nodes={section.heading} />
      </Heading>
      <BlockContent blocks={section.blocks} />
      {section.sections.map((child) => (
        <SectionView key={child.id} section={child} />
      ))}
    </section>
  );
}
