/**
 * WCAG 3.1.1 and 3.1.2: the page's `lang` is the language the reader chose, and text known to be in the other
 * language (its name on the language toggle, the other version's title, a bilingual screen's half) sits
 * inside an element carrying that language. axe-core checks only that `lang` values are valid.
 */
import type { Page } from '@playwright/test';
import type { FindingNode } from '../../../common/audit/types';

/** A text the page may show, and the language it is written in. */
export interface KnownText {
  text: string;
  lang: string;
}

export function languageFaults(page: Page, expected: string, known: readonly KnownText[]): Promise<FindingNode[]> {
  return page.evaluate(
    ({ expected: pageLanguage, known: texts }) => {
      const faults: { target?: string; summary: string }[] = [];
      const primary = (tag: string | null | undefined) => (tag ?? '').toLowerCase().split('-')[0] ?? '';
      const declared = document.documentElement.getAttribute('lang');
      if (primary(declared) !== primary(pageLanguage)) {
        faults.push({
          target: 'html',
          summary: `<html lang="${declared ?? ''}">, but the page is in "${pageLanguage}"`,
        });
      }
      const wanted = new Map(texts.map(({ text, lang }) => [text.trim(), lang]));
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        const text = element.textContent.trim();
        const lang = wanted.get(text);
        if (lang === undefined || !element.checkVisibility()) continue;
        // The innermost element holding the text.
        if ([...element.children].some((child) => child.textContent.trim() === text)) continue;
        const effective = element.closest('[lang]')?.getAttribute('lang');
        if (primary(effective) !== primary(lang)) {
          faults.push({
            target: window.lisibleSelector?.(element) ?? element.tagName.toLowerCase(),
            summary: `"${text}" is in "${lang}" but is marked "${effective ?? ''}"`,
          });
        }
      }
      return faults;
    },
    { expected, known: [...known] },
  );
}
