import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from './reading-position';

export const MAIN_HEADING_ID = 'document-title';

export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusElement(document.getElementById(MAIN_HEADING_ID));
  };
  return (
    <a className="skip-link" href={`#${MAIN_HEADING_ID}`} onClick={skip}>
      {t('skipLink')}
    </a>
  );
}
