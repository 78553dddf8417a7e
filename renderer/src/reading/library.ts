import type { LibraryEntry, ReaderDocument } from '../../../common/document';
import { otherLanguage, type Language } from '../../../common/languages';

/** The version to show in a language: that language's if it exists, otherwise the only one there is. */
export function versionFor(entry: LibraryEntry, language: Language): ReaderDocument {
  const version = entry.versions[language] ?? entry.versions[otherLanguage(language)];
  if (!version) throw new Error(`Document ${entry.id} has no version`);
  return version;
}

/** The entry named in `?doc=`, else the first. */
export function initialEntry(entries: LibraryEntry[], search: string): LibraryEntry | undefined {
  const requested = new URLSearchParams(search).get('doc');
  return entries.find((entry) => entry.id === requested) ?? entries[0];
}
