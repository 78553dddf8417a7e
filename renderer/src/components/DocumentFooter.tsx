import { Trans, useTranslation } from 'react-i18next';
import type { ReaderDocument } from '../../../common/document';
import type { Language } from '../../../common/languages';
import { formatLongDate } from '../i18n/format';

/** "Last updated", and a note when the other language's version was updated on another date. */
export function DocumentFooter({ shown, other, language }: { shown: ReaderDocument; other: ReaderDocument | undefined; language: Language }) {
  const { t } = useTranslation();
  return (
    <footer className="document-footer">
      <p>
        <Trans
          i18nKey="footer.lastUpdated"
          values={{ date: formatLongDate(shown.updated, language) }}
          components={{ time: <time dateTime={shown.updated} /> }}
        />
      </p>
      {other && other.updated !== shown.updated && (
        <p>{t(`footer.otherVersionUpdated.${other.lang}`, { date: formatLongDate(other.updated, language) })}</p>
      )}
    </footer>
  );
}
