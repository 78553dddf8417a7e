/** Pairs parsed documents into library entries, one per id, with whichever languages exist. */
import type { ContentError } from '../../common/document';
import type { Language } from '../../common/languages';

/** What was read of one file: a version (a whole document, or only its summary) and where its fields are. */
export interface ParsedVersion<T> {
  document: T;
  /** File line of the `id` field, to locate a duplicate. */
  fieldLines: { id: number };
}

export type FileOutcome<T> = ({ parsed: ParsedVersion<T> } | { error: ContentError }) & { file: string };

export interface AssembledLibrary<T> {
  documents: { id: string; versions: Partial<Record<Language, T>> }[];
  errors: ContentError[];
  /** The file each version came from, keyed by `versionKey`. */
  files: Map<string, string>;
}

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function versionKey(id: string, lang: Language): string {
  return `${id}\n${lang}`;
}

/** @param outcomes in file order: of two files claiming the same (id, lang), the later one is the error */
export function assembleLibrary<T extends { id: string; lang: Language }>(outcomes: readonly FileOutcome<T>[]): AssembledLibrary<T> {
  const entries = new Map<string, { id: string; versions: Partial<Record<Language, T>> }>();
  const files = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      errors.push(outcome.error);
      continue;
    }
    const { document, fieldLines } = outcome.parsed;
    const key = versionKey(document.id, document.lang);
    const earlier = files.get(key);
    if (earlier !== undefined) {
      errors.push({
        file: outcome.file,
        line: fieldLines.id,
        message: `${earlier} already has the "${document.lang}" version of "${document.id}"`,
      });
      continue;
    }
    files.set(key, outcome.file);
    let entry = entries.get(document.id);
    if (!entry) entries.set(document.id, (entry = { id: document.id, versions: {} }));
    entry.versions[document.lang] = document;
  }
  return { documents: [...entries.values()].sort((a, b) => byCodeUnits(a.id, b.id)), errors, files };
}
