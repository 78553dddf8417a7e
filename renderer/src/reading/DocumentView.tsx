import { useTranslation } from 'react-i18next';
import type { ReaderDocument } from '../../../common/document';
import type { Language } from '../../../common/languages';
import { BlockContent } from './BlockContent';
import { SectionView } from './SectionView';
import { MAIN_HEADING_ID } from './SkipLink';

/**
 * The document itself. When it is not available in the interface language it is shown in its own language,
 * marked with that `lang`, under a note that says so.
 */
export function DocumentView({ document, language }: { document: ReaderDocument; language: Language }) {
  const { t } = useTranslation();
  const foreign = document.lang !== language;
  return (
    <>
      {foreign && <p className="note">{t(`document.onlyIn.${document.lang}`)}</p>}
      <article lang={foreign ? document.lang : undefined}>
        <h1 id={MAIN_HEADING_ID} tabIndex={-1}>
          {document.title}
        </h1>
        <BlockContent blocks={document.intro} />
        {document.sections.map((section) => (
          <SectionView key={section.id} section={section} />
        ))}
      </article>
    </>
  );
}
