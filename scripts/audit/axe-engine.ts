/**
 * The axe-core the audit injects: the project's own (the version the app loads), not the older copy bundled
 * with @axe-core/playwright, so the in-app report and `npm run audit` judge by the same rules.
 */
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AXE_TAGS } from '../../common/audit/axe-tags';
import type { Finding } from '../../common/audit/types';

const require = createRequire(import.meta.url);

export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = axe.version;
/** Rule metadata, for the ACT rule ids that results do not carry. */
export const AXE_RULES = axe.getRules(AXE_TAGS);

const french = JSON.parse(readFileSync(require.resolve('axe-core/locales/fr.json'), 'utf8')) as {
  rules: Record<string, { help?: string }>;
};

/** A rule's help in French, from axe-core's own French locale. */
export function frenchRuleHelp(finding: Finding): string | undefined {
  return finding.source === 'axe' ? french.rules[finding.id]?.help : undefined;
}
