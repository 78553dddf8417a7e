/**
 * Every string of both languages, as one object: what the string tests, the audit scripts and the accessibility
 * report (loaded on demand) read. The reader itself loads one language at a time (./index.ts).
 */
import enAudit from '../../../common/locales/en/audit.json';
import en from '../../../common/locales/en/strings';
import frAudit from '../../../common/locales/fr/audit.json';
import fr from '../../../common/locales/fr/strings';

export const auditStrings = { en: enAudit, fr: frAudit } as const;

const english = { ...en, audit: enAudit };
const french: typeof english = { ...fr, audit: frAudit };

export const resources = { en: { translation: english }, fr: { translation: french } } as const;
