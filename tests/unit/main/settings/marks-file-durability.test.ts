/**
 * The marks file survives its writer being killed at any moment: a real writer (a child process saving random
 * adds, edits, deletes and imports through `marks-file.ts`) is killed with SIGKILL at random points, again and
 * again on the same file. After each kill the file (or its backup) loads, and holds the last set whose write had
 * completed, or the one being written when it was killed: never an older one, never a damaged one.
 */
import { fork } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSavedMarks, type SavedMarks } from '../../../../common/marks';
import { createMarksStore } from '../../../../main/settings/marks-file';
import { backupPath } from '../../../../main/settings/settings-file';

const CHILD = join(import.meta.dirname, 'marks-writer-child.ts');
// Each write is fsync'd two or three times, and each writer's life starts a Node process (about a second of each
// life of 0.1 to 2 s): some 50 writes a second on a quiet machine, 13 to 17 on one busy with other runs. The
// 10,000 writes take 3 to 13 minutes; MARKS_DURABILITY_WRITES=500 gives a quick look while working on the store.
const WANTED_WRITES = Number(process.env.MARKS_DURABILITY_WRITES ?? 10_000);

let folder = '';
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Runs one writer until killed after `lifetime` ms; the sets it announced and those it finished writing. */
function runWriter(path: string, seed: number, lifetime: number) {
  const child = fork(CHILD, [path, String(seed)], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
  const announced: SavedMarks[] = [];
  let written: SavedMarks | undefined;
  let writes = 0;
  child.on('message', (message: { writing?: SavedMarks; written?: SavedMarks }) => {
    if (message.writing) announced.push(message.writing);
    if (message.written) {
      written = message.written;
      writes += 1;
      // The writer saves one set at a time: once this one is written, nothing announced before it can be on disk.
      announced.length = 0;
    }
  });
  return new Promise<{ written: SavedMarks | undefined; inFlight: SavedMarks[]; writes: number }>((resolve) => {
    // The clock starts once the writer is running (its first announcement), so every life writes something.
    child.once('message', () => setTimeout(() => child.kill('SIGKILL'), lifetime));
    child.on('exit', () => resolve({ written, inFlight: announced, writes }));
  });
}

describe('the marks file under a writer killed at random points', () => {
  it(
    `never loses a completed write nor leaves a file that does not load, over ${WANTED_WRITES} writes`,
    async () => {
      folder = await mkdtemp(join(tmpdir(), 'marks-durability-'));
      const path = join(folder, 'marks.json');
      let lastCompleted: SavedMarks | undefined;
      let writes = 0;
      let kills = 0;
      for (let seed = 1; writes < WANTED_WRITES; seed += 1) {
        const life = await runWriter(path, seed, 100 + ((seed * 7919) % 1900));
        kills += 1;
        writes += life.writes;
        lastCompleted = life.written ?? lastCompleted;
        const loaded = await createMarksStore(path).load();
        expect(loaded.problem).toBeUndefined();
        const candidates = [lastCompleted, ...life.inFlight].filter(Boolean).map((set) => JSON.stringify(set));
        expect(candidates).toContain(JSON.stringify(loaded.value));
        // The backup, when there is one, loads too.
        const backup = await readFile(backupPath(path), 'utf8').catch(() => undefined);
        if (backup !== undefined) expect(parseSavedMarks(JSON.parse(backup))).toBeDefined();
        lastCompleted = loaded.value;
      }
      expect(kills).toBeGreaterThan(10);
    },
    // Only a bound for a writer that hangs: the checks above are what the test is about, whatever the pace.
    WANTED_WRITES * 100,
  );
});
