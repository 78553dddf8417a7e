import { useTranslation } from 'react-i18next';
import { START_DOCUMENTS, type LibraryStart } from '../../../common/document';
import type { Language } from '../../../common/languages';
import { versionFor } from './library';

/**
 * The documents of the library, shown only when there is more than one. While only the start of the index is
 * known, its first documents: the top of the list, all the first screen shows of it; the rest follows with the
 * whole index.
 */
export function DocumentList({
  index,
  currentId,
  language,
  onOpen,
}: {
  index: LibraryStart;
  currentId: string;
  language: Language;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  // Not the document asked for that the start adds after them: it has its place further down.
  const entries = index.complete ? index.documents : index.documents.slice(0, START_DOCUMENTS);
  if (entries.length < 2) return null;
  return (
    <nav className="document-list" aria-labelledby="document-list-heading">
      <h2 id="document-list-heading">{t('library.heading')}</h2>
      <ul>
        {entries.map((entry) => {
          const version = versionFor(entry, language);
          return (
            <li key={entry.id}>
              <button
                type="button"
                aria-current={entry.id === currentId ? 'page' : undefined}
                onClick={() => onOpen(entry.id)}
              >
                <span lang={version.lang === language ? undefined : version.lang}>{version.title}</span>
                {version.lang !== language && <span className="note"> ({t(`library.onlyIn.${version.lang}`)})</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
