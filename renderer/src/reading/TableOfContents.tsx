import { useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../../common/document';
import { focusCurrentTocEntry, useTocNavigation } from './useTocNavigation';

/**
 * Links to the document's sections, in a navigation landmark named "On this page"; choosing one takes the reader
 * there (and focus to that section's heading) through `onJump`, which remembers where they were. Two forms, of
 * which the stylesheet shows one (a container query in rem, so it follows the text size and needs no measuring):
 * `beside`, after the document in reading order and beside it on screen when there is room for both; `folded`, a
 * collapsed disclosure above the document otherwise, so the whole list never stands between the reader and the
 * text. Keyboard behaviour, and the entry of the section being read marked `aria-current="location"`:
 * `useTocNavigation`.
 */
export function TableOfContents({
  sections,
  form,
  currentId,
  onJump,
}: {
  sections: Section[];
  form: 'beside' | 'folded';
  /** The id of the section being read; null in the document's introduction. */
  currentId: string | null;
  onJump: (sectionId: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const { navProps, linkProps } = useTocNavigation(currentId, sections[0]?.id);
  if (sections.length === 0) return null;
  const list = <SectionLinks sections={sections} onJump={onJump} linkProps={linkProps} />;
  const hint = (
    <p id={hintId} className="visually-hidden">
      {t('place.tocHint')}
    </p>
  );
  if (form === 'beside') {
    return (
      <nav className="toc toc-beside" aria-labelledby={headingId} aria-describedby={hintId} {...navProps}>
        <h2 id={headingId}>{t('toc.heading')}</h2>
        {hint}
        {list}
      </nav>
    );
  }
  return (
    <nav className="toc toc-folded" aria-labelledby={headingId} aria-describedby={hintId} {...navProps}>
      <h2>
        <button
          type="button"
          id={headingId}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => {
            // Opened: the reader lands on the entry of the section they are reading.
            if (!expanded) requestAnimationFrame(focusCurrentTocEntry);
            setExpanded(!expanded);
          }}
        >
          {t('toc.heading')}
        </button>
      </h2>
      {hint}
      <div id={listId} hidden={!expanded}>
        {list}
      </div>
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
