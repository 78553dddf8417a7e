/** The marks' strings, both languages, added to i18next when the marks are first loaded. */
import i18next from 'i18next';
import english from '../../../../common/locales/en/marks.json';
import french from '../../../../common/locales/fr/marks.json';

i18next.addResourceBundle('en', 'translation', { marks: english }, true, false);
i18next.addResourceBundle('fr', 'translation', { marks: french }, true, false);
