import { useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../common/document';
import { focusElement, sectionHeading } from './reading-position';

/**
 * Links to the document's sections, in a navigation landmark named "On this page"; choosing one moves keyboard
 * focus to that section's heading. Two forms, of which the stylesheet shows one (a container query in rem, so
 * it follows the text size and needs no measuring): `beside`, after the document in reading order and beside it
 * on screen when there is room for both; `folded`, a collapsed disclosure above the document otherwise, so the
 * whole list never stands between the reader and the text. The entry of the section being read is the one
 * whose id is `currentId`, marked `aria-current="location"`.
 */
export function TableOfContents({
  sections,
  form,
  currentId,
}: {
  sections: Section[];
  form: 'beside' | 'folded';
  currentId?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  if (sections.length === 0) return null;
  const list = <SectionLinks sections={sections} currentId={currentId} />;
  if (form === 'beside') {
    return (
      <nav className="toc toc-beside" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('toc.heading')}</h2>
        {list}
      </nav>
    );
  }
  return (
    <nav className="toc toc-folded" aria-labelledby={headingId}>
      <h2>
        <button
          type="button"
          id={headingId}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {t('toc.heading')}
        </button>
      </h2>
      <div id={listId} hidden={!expanded}>
        {list}
      </div>
    </nav>
  );
}

function SectionLinks({ sections, currentId }: { sections: Section[]; currentId: string | undefined }) {
  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusElement(sectionHeading(id));
  };
  return (
    <ul>
      {sections.map((section) => (
        <li key={section.id}>
          <a
            href={`#${section.id}`}
            aria-current={section.id === currentId ? 'location' : undefined}
            onClick={(event) => goTo(event, section.id)}
          >
            {section.title}
          </a>
          {section.sections.length > 0 && <SectionLinks sections={section.sections} currentId={currentId} />}
        </li>
      ))}
    </ul>
  );
}
