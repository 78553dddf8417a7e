/** Cuts a content file into its front matter (YAML) and its body (Markdown), keeping track of file lines. */
import type { Fail } from './content-file-error';

/** A content file cut in two: the front matter's YAML and the Markdown body after it. */
export interface SplitSource {
  yaml: string;
  /** The file line of the opening `---`: YAML line n is file line `fenceLine + n`. */
  fenceLine: number;
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
}

/** A fence line: three hyphens, trailing spaces or tabs allowed (they are invisible in an editor). */
const OPENING_FENCE = /^---[ \t]*\n/;
const CLOSING_FENCE = /^---[ \t]*$/m;

const FENCE_RULE = 'the file must start with a "---" line, the fields, then another "---" line';

/**
 * The file must start with a `---` line; the front matter ends at the next `---` line.
 * @param source the file's text: any line endings, a byte-order mark or not; both parts come out with `\n` endings
 */
export function splitFrontMatter(source: string, fail: Fail): SplitSource {
  const unmarked = source.startsWith('\ufeff') ? source.slice(1) : source;
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  const opening = OPENING_FENCE.exec(text);
  if (!opening) fail(1, `missing front matter: ${FENCE_RULE}`);
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) fail(1, `the front matter is not closed: ${FENCE_RULE}`);
  const yaml = rest.slice(0, closing.index);
  const closingLine = 2 + countLines(yaml);
  const bodyStart = rest.indexOf('\n', closing.index);
  return { yaml, fenceLine: 1, body: bodyStart < 0 ? '' : rest.slice(bodyStart + 1), bodyLine: closingLine + 1 };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
