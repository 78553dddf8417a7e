import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../common/document';
import { focusElement, sectionHeading } from './reading-position';

/** Links to the document's sections; choosing one moves keyboard focus to that section's heading. */
export function TableOfContents({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{t('toc.heading')}</h2>
      <SectionLinks sections={sections} />
    </nav>
  );
}

function SectionLinks({ sections }: { sections: Section[] }) {
  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusElement(sectionHeading(id));
  };
  return (
    <ul>
      {sections.map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`} onClick={(event) => goTo(event, section.id)}>
            {section.title}
          </a>
          {section.sections.length > 0 && <SectionLinks sections={section.sections} />}
        </li>
      ))}
    </ul>
  );
}
