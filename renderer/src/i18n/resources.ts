/**
 * Every string of both languages, as one object: what the string tests, the audit scripts and the accessibility
 * report and the marks (loaded on demand) read. The reader itself loads one language at a time (./index.ts).
 */
import enAudit from '../../../common/locales/en/audit.json';
import en from '../../../common/locales/en/strings';
import frAudit from '../../../common/locales/fr/audit.json';
import enMarks from '../../../common/locales/en/marks.json';
import frMarks from '../../../common/locales/fr/marks.json';
import fr from '../../../common/locales/fr/strings';

export const auditStrings = { en: enAudit, fr: frAudit } as const;

// The marks' strings beyond their Tools commands come with the marks (reading/marks/strings.ts).
const english = { ...en, audit: enAudit, marks: enMarks };
const french: typeof english = { ...fr, audit: frAudit, marks: frMarks };

export const resources = { en: { translation: english }, fr: { translation: french } } as const;
