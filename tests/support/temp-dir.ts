/** A folder of its own for each test of a file on disk, made before the test and removed, whatever is in it, after. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Call in a test file's top level; the function returns the current test's folder. */
export function useTempDir(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
}
