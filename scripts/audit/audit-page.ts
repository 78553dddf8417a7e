/**
 * Audits one page as it is: axe-core, then the checks axe cannot make. The page is left as the checks found
 * it only up to the text-spacing check, which comes last because it restyles the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_TAGS, RULES_OFF_UNDER_FORCED_COLORS } from '../../common/audit/axe-tags';
import { CHECKS, checkFinding } from '../../common/audit/checks';
import { findingsFromAxe, type AxeRawResults } from '../../common/audit/from-axe';
import type { Finding } from '../../common/audit/types';
import {
  applyWcagTextSpacing,
  clippedText,
  controlsWithoutBoundary,
  horizontalOverflow,
} from '../../tests/e2e/page-checks';
import { AXE_RULES, AXE_SOURCE } from './axe-engine';
import { walkFocus } from './checks/focus';
import { languageFaults, type KnownText } from './checks/language';
import { installSelectorHelper } from './checks/selector';
import { smallTargets } from './checks/targets';

export interface PageAuditOptions {
  /** The language the page should be in. */
  language: string;
  /** Text size in percent: the reflow width grows with it (320 CSS px at 100%, 1280 at 400%). */
  textSize: number;
  kiosk: boolean;
  forcedColors: boolean;
  /** Texts whose language is known, for the language-of-parts check. */
  knownTexts: readonly KnownText[];
}

export interface PageAudit {
  axe: AxeRawResults;
  findings: Finding[];
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function auditPage(page: Page, options: PageAuditOptions): Promise<PageAudit> {
  await installSelectorHelper(page);
  // Legacy mode runs axe in the page alone, without the blank page it otherwise opens to merge frames' results:
  // the reader has no frames, and this halves the time axe takes.
  const builder = new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(AXE_TAGS).setLegacyMode(true);
  if (options.forcedColors) builder.disableRules(RULES_OFF_UNDER_FORCED_COLORS);
  const axe = (await builder.analyze()) as unknown as AxeRawResults;
  const findings = findingsFromAxe(axe, AXE_RULES);
  const check = (key: keyof typeof CHECKS, faults: Parameters<typeof checkFinding>[1], checked?: number) =>
    findings.push(checkFinding(CHECKS[key], faults, checked));

  check('language', await languageFaults(page, options.language, options.knownTexts));
  const targets = options.kiosk ? await smallTargets(page) : undefined;
  check('targetSize', targets?.faults, targets?.checked);
  const focus = await walkFocus(page);
  check('focusVisible', focus.withoutIndicator, focus.stops);
  check('focusNotObscured', focus.obscured, focus.stops);
  check('resizeText', options.textSize >= 200 ? await clippedText(page) : undefined);
  check('forcedColors', options.forcedColors ? await controlsWithoutBoundary(page) : undefined);

  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: Math.round((320 * options.textSize) / 100), height: viewport.height });
  await settle(page);
  check('reflow', await horizontalOverflow(page));
  await page.setViewportSize(viewport);
  await settle(page);

  await applyWcagTextSpacing(page);
  await settle(page);
  check('textSpacing', [...(await clippedText(page)), ...(await horizontalOverflow(page))]);
  return { axe, findings };
}
