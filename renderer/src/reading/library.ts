import * as v from 'valibot';
import { DocumentIdSchema, type IndexEntry, type VersionSummary } from '../../../common/document';
import { otherLanguage, type Language } from '../../../common/languages';

/** The version to show in a language: that language's if it exists, otherwise the only one there is. */
export function versionFor<V extends VersionSummary>(
  entry: { id: string; versions: Partial<Record<Language, V>> },
  language: Language,
): V {
  const version = entry.versions[language] ?? entry.versions[otherLanguage(language)];
  if (!version) throw new Error(`Document ${entry.id} has no version`);
  return version;
}

/** The entry named in `?doc=`, else the first. */
export function initialEntry(entries: IndexEntry[], search: string): IndexEntry | undefined {
  const requested = new URLSearchParams(search).get('doc');
  return entries.find((entry) => entry.id === requested) ?? entries[0];
}

/** The document named in `?doc=`, if it is a possible document id (anything else opens the first document). */
export function requestedDocument(search: string): string | undefined {
  const requested = new URLSearchParams(search).get('doc');
  return v.is(DocumentIdSchema, requested) ? requested : undefined;
}
