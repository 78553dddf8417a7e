/** Pairs parsed documents into library entries, one per id, with whichever languages exist. */
import type { ContentError, Library, LibraryEntry } from '../../common/document';
import type { ParsedContentFile } from './parse-document';

export type FileOutcome = ({ parsed: ParsedContentFile } | { error: ContentError }) & { file: string };

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @param outcomes in file order: of two files claiming the same (id, lang), the later one is the error */
export function assembleLibrary(outcomes: readonly FileOutcome[]): Library {
  const entries = new Map<string, LibraryEntry>();
  const versionFiles = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      errors.push(outcome.error);
      continue;
    }
    const { document, fieldLines } = outcome.parsed;
    const key = `${document.id}\n${document.lang}`;
    const earlier = versionFiles.get(key);
    if (earlier !== undefined) {
      errors.push({
        file: outcome.file,
        line: fieldLines.id,
        message: `${earlier} already has the "${document.lang}" version of "${document.id}"`,
      });
      continue;
    }
    versionFiles.set(key, outcome.file);
    let entry = entries.get(document.id);
    if (!entry) entries.set(document.id, (entry = { id: document.id, versions: {} }));
    entry.versions[document.lang] = document;
  }
  return { documents: [...entries.values()].sort((a, b) => byCodeUnits(a.id, b.id)), errors };
}

export { byCodeUnits };
