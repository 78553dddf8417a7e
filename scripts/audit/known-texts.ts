/**
 * Texts whose language is known, for the language-of-parts check: each language's name (the language toggle),
 * each document version's title, and the kiosk's bilingual start screen.
 */
import type { Library } from '../../common/document';
import { LANGUAGES } from '../../common/languages';
import { resources } from '../../renderer/src/i18n';
import type { KnownText } from './checks/language';

/** A string at a dotted path of a locale, if there is one (the kiosk's strings may not exist yet). */
function lookUp(tree: unknown, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
      tree,
    );
  return typeof value === 'string' ? value : undefined;
}

export function knownTexts(library: Library): KnownText[] {
  const texts: KnownText[] = [];
  for (const lang of LANGUAGES) {
    const strings = resources[lang].translation;
    for (const path of ['language.name', 'kiosk.start.title', 'kiosk.start.choose']) {
      const text = lookUp(strings, path);
      if (text) texts.push({ text, lang });
    }
  }
  for (const entry of library.documents) {
    for (const version of Object.values(entry.versions)) texts.push({ text: version.title, lang: version.lang });
  }
  return texts;
}
