import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../common/document';
import type { Language } from '../../../common/languages';
import { versionFor } from './library';

/** The other documents of the library, shown only when there is more than one. */
export function DocumentList({
  entries,
  currentId,
  language,
  onOpen,
}: {
  entries: LibraryEntry[];
  currentId: string;
  language: Language;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
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
