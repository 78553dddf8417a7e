import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../common/document';
import type { Language } from '../../../common/languages';
import { formatLongDate } from '../../../common/format';

/**
 * "Last updated", and a note when the other language's version was updated on another date; `children` close
 * the page (where the reader is).
 */
export function DocumentFooter({
  shown,
  other,
  language,
  children,
}: {
  shown: VersionSummary;
  other: VersionSummary | undefined;
  language: Language;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <footer className="document-footer">
      <p>
        {/*
          Label then date in both languages; a plain string keeps the rich-text parser out of the bundle. One string:
          one text node, as in the page drawn at build time, which the page then takes over as it is.
        */}
        {`${t('footer.lastUpdated')} `}
        <time dateTime={shown.updated}>{formatLongDate(shown.updated, language)}</time>
      </p>
      {other && other.updated !== shown.updated && (
        <p>{t(`footer.otherVersionUpdated.${other.lang}`, { date: formatLongDate(other.updated, language) })}</p>
      )}
      {children}
    </footer>
  );
}
