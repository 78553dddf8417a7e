/**
 * ARCHITECTURE.md is the map a newcomer follows; a path it names that no longer exists sends them nowhere. Every
 * backticked repository path in it must exist, except on a line marked "arriving": work merging from a branch,
 * whose new files appear when it lands (the mark goes then, and the line is checked like the rest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MAP = readFileSync(resolve(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** `main/desktop/`, `common/shortcuts.ts`, `README.md`: a slash, or a file name with a source or document extension. */
const PATH = /^[\w.-]+(\/[\w.-]+)*\/?$/;
const FILE = /\.(ts|tsx|mts|mjs|js|json|css|md|yml|html)$/;

function namedPaths(line: string): string[] {
  return [...line.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((text) => PATH.test(text) && (text.includes('/') || FILE.test(text)));
}

const lines = MAP.split('\n');
const checked = lines.filter((line) => !/\barriving\b/i.test(line)).flatMap(namedPaths);

describe('ARCHITECTURE.md', () => {
  it('names repository paths (the check below has something to check)', () => {
    expect(checked.length).toBeGreaterThan(30);
  });

  it('names only paths that exist', () => {
    const missing = checked.filter((path) => !existsSync(resolve(ROOT, path)));
    expect(missing).toEqual([]);
  });
});
