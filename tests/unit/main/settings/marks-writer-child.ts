/**
 * A marks writer to be killed: saves random changes (add, edit, delete, import) through the real marks file
 * store, one after another, telling the parent each set before writing it and once it is written, until killed.
 */
import { createMarksStore } from '../../../../main/settings/marks-file';
import { withMark, withoutMark, type SavedMarks } from '../../../../common/marks';
import { withImported } from '../../../../common/marks-exchange';
import { highlight, note } from '../../../support/marks';

const [path = '', seedText = '1'] = process.argv.slice(2);
let seed = Number(seedText);
/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}
const tell = (message: object) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));

// A writer whose test has gone (stopped, timed out, killed) stops too, rather than writing on alone.
process.on('disconnect', () => process.exit(0));

async function main() {
  const store = createMarksStore(path);
  let saved: SavedMarks = (await store.load()).value;
  for (let step = 0; ; step += 1) {
    const choice = random();
    const id = `m${Math.floor(random() * 60)}`;
    if (choice < 0.4) saved = withMark(saved, highlight(id));
    else if (choice < 0.6) saved = withMark(saved, note(id, `Edited ${step}`));
    else if (choice < 0.8) saved = withoutMark(saved, saved.marks[0]?.id ?? id);
    else saved = withImported(saved, [note(`i${step % 50}`), highlight(id)]).saved;
    await tell({ writing: saved });
    await store.save(saved);
    await tell({ written: saved });
  }
}
void main();
