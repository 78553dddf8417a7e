/** The report's strings, both languages, added to i18next when the report is first loaded. */
import i18next from 'i18next';
import { LANGUAGES } from '../../../common/languages';
import { auditStrings } from '../i18n/resources';

for (const language of LANGUAGES)
  i18next.addResourceBundle(language, 'translation', { audit: auditStrings[language] }, true, false);
