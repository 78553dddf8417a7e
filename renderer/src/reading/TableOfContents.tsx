import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../common/document';
import { useTocNavigation } from './useTocNavigation';

/**
 * Links to the document's sections; choosing one takes the reader there (and focus to that section's heading)
 * through `onJump`, which remembers where they were. Keyboard behaviour: `useTocNavigation`.
 */
export function TableOfContents({
  sections,
  currentSection,
  onJump,
}: {
  sections: Section[];
  /** The section being read, marked `aria-current="location"`. */
  currentSection: string | null;
  onJump: (sectionId: string) => void;
}) {
  const { t } = useTranslation();
  const { navProps, linkProps } = useTocNavigation(currentSection, sections[0]?.id);
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading" aria-describedby="toc-hint" {...navProps}>
      <h2 id="toc-heading">{t('toc.heading')}</h2>
      <p id="toc-hint" className="visually-hidden">
        {t('place.tocHint')}
      </p>
      <SectionLinks sections={sections} onJump={onJump} linkProps={linkProps} />
    </nav>
  );
}

function SectionLinks({
  sections,
  onJump,
  linkProps,
}: {
  sections: Section[];
  onJump: (sectionId: string) => void;
  linkProps: ReturnType<typeof useTocNavigation>['linkProps'];
}) {
  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    onJump(id);
  };
  return (
    <ul>
      {sections.map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`} onClick={(event) => goTo(event, section.id)} {...linkProps(section.id)}>
            {section.title}
          </a>
          {section.sections.length > 0 && (
            <SectionLinks sections={section.sections} onJump={onJump} linkProps={linkProps} />
          )}
        </li>
      ))}
    </ul>
  );
}
