import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../common/document';
import type { LoadedDocument } from '../documents/document-store';
import type { Language } from '../../../common/languages';
import { BlockContent } from './BlockContent';
import { SectionView } from './SectionView';
import { MAIN_HEADING_ID } from './SkipLink';

/**
 * The document itself. When it is not available in the interface language it is shown in its own language,
 * marked with that `lang`, under a note that says so. Until its body is here (or if it cannot be), the title
 * from the index stands with a word on why: the same heading element throughout, so focus on it stays.
 */
export function DocumentView({
  summary,
  loaded,
  language,
}: {
  summary: VersionSummary;
  /** Undefined while the body is loading. */
  loaded: LoadedDocument | undefined;
  language: Language;
}) {
  const { t } = useTranslation();
  const foreign = summary.lang !== language;
  const document = loaded?.status === 'ok' ? loaded.document : undefined;
  return (
    <>
      {foreign && <p className="note">{t(`document.onlyIn.${summary.lang}`)}</p>}
      <article lang={foreign ? summary.lang : undefined}>
        <h1 id={MAIN_HEADING_ID}>{summary.title}</h1>
        {document ? (
          // Drawn afresh for each document and language, never updated in place: the reader's marks are <mark>
          // elements wrapped around its text nodes (reading/marks/paint.ts), which React must not find moved.
          <Fragment key={`${document.id}:${document.lang}`}>
            <BlockContent blocks={document.intro} />
            {document.sections.map((section) => (
              <SectionView key={section.id} section={section} />
            ))}
          </Fragment>
        ) : (
          <p role="status" lang={foreign ? language : undefined}>
            {loaded?.status === 'failed' ? t(`document.unavailable.${loaded.reason}`) : t('app.loading')}
          </p>
        )}
      </article>
    </>
  );
}
