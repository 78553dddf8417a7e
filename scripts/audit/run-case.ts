/** Opens the reader in one state of the matrix, as a person would reach it, and audits it. */
import type { Browser, Page } from '@playwright/test';
import type { AuditCase, AuditedState, StateMismatch } from '../../common/audit/types';
import type { AxeRawResults } from '../../common/audit/from-axe';
import { auditPage } from './audit-page';
import { caseQuery, type CaseSpec } from './cases';
import type { KnownText } from './checks/language';

export interface CaseResult {
  auditCase: AuditCase;
  requested: AuditedState;
  axe: AxeRawResults;
}

export interface CaseContext {
  browser: Browser;
  baseUrl: string;
  knownTexts: readonly KnownText[];
  /** Kiosk start screens already audited, by the state they showed in. */
  startScreens: Set<string>;
}

/** The state the page is really in, which may differ from what the address asked for. */
function actualState(page: Page, requested: AuditedState): Promise<AuditedState> {
  return page.evaluate((asked) => {
    const root = document.documentElement;
    const scale = parseFloat(getComputedStyle(root).getPropertyValue('--text-scale')) || 1;
    return {
      ...asked,
      language: root.lang as typeof asked.language,
      theme: root.dataset.theme ?? asked.theme,
      ...(root.dataset.palette ? { palette: root.dataset.palette } : {}),
      textSize: Math.round(scale * 100),
      font: root.dataset.font ?? asked.font,
      mode: root.dataset.kiosk === 'true' ? 'kiosk' : 'normal',
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, requested);
}

function mismatches(requested: AuditedState, actual: AuditedState): StateMismatch[] {
  const keys = ['language', 'theme', 'textSize', 'mode'] as const;
  return keys
    .filter((key) => requested[key] !== actual[key])
    .map((property) => ({ property, requested: String(requested[property]), actual: String(actual[property]) }));
}

async function openPage(context: CaseContext, spec: CaseSpec): Promise<{ page: Page; close: () => Promise<void> }> {
  const browserContext = await context.browser.newContext({
    viewport: { width: 1280, height: 800 },
    forcedColors: spec.requested.forcedColors ? 'active' : 'none',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    // The WCAG 1.4.12 check injects a stylesheet, which the reader's CSP would rightly refuse.
    bypassCSP: true,
  });
  // Functions sent into the page were compiled by tsx, which wraps named functions in `__name`.
  await browserContext.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const page = await browserContext.newPage();
  await page.goto(new URL(caseQuery(spec), context.baseUrl).href);
  await page.locator('main').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, close: () => browserContext.close() };
}

/** `language` is the language the page must be in: the one asked for, not whatever `<html lang>` says. */
async function auditOpenPage(
  page: Page,
  spec: CaseSpec,
  id: string,
  context: CaseContext,
  language: string,
): Promise<CaseResult> {
  const state = await actualState(page, spec.requested);
  const { axe, findings } = await auditPage(page, {
    language,
    textSize: state.textSize,
    kiosk: state.mode === 'kiosk',
    forcedColors: state.forcedColors,
    knownTexts: context.knownTexts,
  });
  const differences = mismatches(spec.requested, state);
  return {
    auditCase: {
      id,
      url: page.url(),
      title: await page.title(),
      state,
      findings,
      date: axe.timestamp,
      ...(differences.length > 0 ? { mismatches: differences } : {}),
    },
    requested: spec.requested,
    axe,
  };
}

/** Audits one case; a kiosk's bilingual start screen, the first time it shows in a given state, as its own. */
export async function runCase(context: CaseContext, spec: CaseSpec): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const { page, close } = await openPage(context, spec);
  try {
    const startScreen = page.locator('.start-screen');
    if ((await startScreen.count()) > 0) {
      const shown = await actualState(page, spec.requested);
      const key = `${shown.theme}/${shown.textSize}/${spec.requested.forcedColors ? 'forced' : ''}`;
      if (!context.startScreens.has(key)) {
        context.startScreens.add(key);
        const start = await openPage(context, spec);
        try {
          const id = [
            'kiosk-start',
            shown.theme,
            String(shown.textSize),
            ...(spec.requested.forcedColors ? ['forced-colors'] : []),
          ].join('/');
          // Bilingual, in English first with the French half marked: the language check looks at the parts.
          results.push(
            await auditOpenPage(
              start.page,
              { ...spec, requested: { ...spec.requested, language: 'en' } },
              id,
              context,
              'en',
            ),
          );
        } finally {
          await start.close();
        }
      }
      await startScreen.locator(`[lang="${spec.requested.language}"] button`).first().click();
    }
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    results.push(await auditOpenPage(page, spec, spec.id, context, spec.requested.language));
  } finally {
    await close();
  }
  return results;
}
