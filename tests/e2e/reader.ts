/** Shared steps of the end-to-end tests: open the reader as a person would, and audit it with axe-core. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { AXE_TAGS } from '../../common/audit/axe-tags';
import type { Language } from '../../common/languages';

export const TITLES: Record<Language, string> = { en: 'About Us', fr: 'À propos de nous' };

/**
 * Opens the reader (optionally with a query such as `?lang=fr`) and waits until the document is shown and the
 * page's script has taken over the page drawn at build time (its controls then answer the pointer).
 */
export async function openReader(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await untilStarted(page);
}

/**
 * On a kiosk's start screen, chooses a language as a visitor would, and waits for the document in it. The start
 * screen has a heading of its own (hidden but for screen readers), and a choice made before the page's script has
 * started is acted on only once it has: the document's own title is what says the choice took.
 */
export async function chooseKioskLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole('button', { name: language === 'en' ? 'English' : 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLES[language] })).toBeVisible();
  await untilStarted(page);
}

/** Until the page's script has taken over the page drawn at build time (the header says so while it has not). */
export async function untilStarted(page: Page): Promise<void> {
  await expect(page.locator('.site-header[data-hydrating]')).toHaveCount(0);
}

/** The axe-core tags every state of the reader must pass: WCAG 2.2 A/AA, best practice, and AAA contrast. */
export { AXE_TAGS };

interface Violation {
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Rule id and the elements involved, so a failure says what to fix.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Opens the header's Tools panel, where the text size, the preferences and focus mode are, unless it is open. */
export async function openTools(page: Page, language: Language = 'en'): Promise<void> {
  const tools = page.getByRole('button', { name: language === 'en' ? 'Tools' : 'Outils', exact: true });
  if ((await tools.getAttribute('aria-expanded')) !== 'true') await tools.click();
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
}

/** The language toggle: it names the other language, in that language. */
export function languageToggle(page: Page, other: Language) {
  return page.getByRole('button', { name: other === 'fr' ? 'Français' : 'English', exact: true });
}

/** The read-aloud toolbar's buttons while reading, in their order on screen. */
export const TRANSPORT = {
  en: ['Pause', 'Stop', 'Previous sentence', 'Next sentence', 'Previous section', 'Next section', 'Voice and speed'],
  fr: [
    'Mettre en pause',
    'Arrêter',
    'Phrase précédente',
    'Phrase suivante',
    'Section précédente',
    'Section suivante',
    'Voix et vitesse',
  ],
} as const;

/**
 * Checks that each of a toolbar's buttons (`names`, in order) is three key presses at most from its first: Right
 * arrows from it, or End then Left arrows. Focus is in the toolbar when it is called.
 */
export async function expectEachWithinThreePresses(page: Page, toolbar: Locator, names: readonly string[]) {
  for (const [index, name] of names.entries()) {
    const fromEnd = names.length - 1 - index;
    const keys =
      index <= fromEnd ? Array<string>(index).fill('ArrowRight') : ['End', ...Array<string>(fromEnd).fill('ArrowLeft')];
    expect(keys.length, name).toBeLessThanOrEqual(3);
    await page.keyboard.press('Home');
    await expect(toolbar.getByRole('button', { name: names[0] ?? '', exact: true })).toBeFocused();
    for (const key of keys) await page.keyboard.press(key);
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeFocused();
  }
}

/**
 * Where the reader's status messages are said: the live region of the open dialog while one is open (the page
 * behind a modal dialog is inert, its live region with it), the page's otherwise.
 */
export function statusMessages(page: Page): Locator {
  return page
    .locator(
      'dialog[open] [data-testid="dialog-live-region"], body:not(:has(dialog[open])) [data-testid="live-region"]',
    )
    .last();
}
