/** Builders for content files written on the fly by the loader tests. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface FrontMatterFields {
  id?: string | undefined;
  lang?: string | undefined;
  title?: string | undefined;
  updated?: string | undefined;
  source?: string | undefined;
}

/** A content file: front matter (a field set to undefined is left out) and a body. */
export function contentFile(fields: FrontMatterFields, body = 'Some text.\n'): string {
  const merged: FrontMatterFields = {
    id: 'sample',
    lang: 'en',
    title: 'Sample',
    updated: '2024-05-06',
    source: 'https://example.org/sample',
    ...fields,
  };
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', '', body].join('\n');
}

/** 1-based line of the first line of `source` containing `needle`. */
export function lineOf(source: string, needle: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the fixture`);
  return index + 1;
}

/** Writes `files` to a fresh temporary folder; call the returned `remove` when done. */
export async function contentFolder(files: Record<string, string>): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lisible-content-'));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(dir, name), text, 'utf8')));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A small library: a document in both languages and one in English only. */
export const GOOD_LIBRARY = {
  'guide.en.md': contentFile({ id: 'guide', lang: 'en', title: 'Guide' }, '## Start\n\nHello.\n'),
  'guide.fr.md': contentFile({ id: 'guide', lang: 'fr', title: 'Guide (fr)' }, '## Début\n\nBonjour.\n'),
  'notes.en.md': contentFile({ id: 'notes', lang: 'en', title: 'Notes' }),
};
