/**
 * One size of the loader benchmark, in its own process so its memory is its own: loads the corpus in `dir`
 * once cold (the first load in a fresh process, as at app start), then `repeats` more times, and prints JSON.
 * With `--open`, measures instead what the desktop app's first screen waits for, once, cold: open the library,
 * read the start of its index and the first document's body. With `--keep <folder>`, the index is kept there
 * between launches as the app keeps it in its user-data folder: the start comes from what the previous launch
 * kept (a launch like every one after the first), or, when nothing is kept there yet, from every file's front
 * matter (the first launch). Then, untimed, what follows the first screen: the folder checked and the index kept.
 * Usage: node --import tsx bench/loader-child.ts <dir> <repeats> [--open [--keep <folder>]]
 */
import { readFileSync } from 'node:fs';
import { loadLibrary, openContentLibrary } from '../main/content/loader';

const [dir, repeatArgument] = process.argv.slice(2);
if (!dir) throw new Error('usage: loader-child.ts <dir> <repeats> [--open]');
const repeats = Number(repeatArgument ?? 3);

if (process.argv.includes('--open')) {
  const keepIndex = process.argv.indexOf('--keep');
  const keepIndexIn = keepIndex > 0 ? process.argv[keepIndex + 1] : undefined;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const content = openContentLibrary(dir, undefined, keepIndexIn === undefined ? {} : { keepIndexIn });
  const start = await content.start();
  const first = start.documents[0];
  const body = first && (await content.document(first.id, first.versions.en ? 'en' : 'fr'));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (body?.status !== 'ok') throw new Error(`the first document did not load: ${JSON.stringify(body)}`);
  const index = await content.index();
  process.stdout.write(
    JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, documents: index.documents.length }),
  );
  process.exit(0);
}

/**
 * This process's peak resident memory: Linux's VmHWM (per process image; getrusage's maxRSS is not, as it keeps
 * the parent's size from before exec), else the highest RSS sampled.
 */
function highWaterMark(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

let heapPeak = 0;
let rssPeak = 0;
const sampleHeap = () => {
  const usage = process.memoryUsage();
  heapPeak = Math.max(heapPeak, usage.heapUsed);
  rssPeak = Math.max(rssPeak, usage.rss);
};
const rssBefore = process.memoryUsage().rss;
const sampler = setInterval(sampleHeap, 2);

let started = performance.now();
const cpuBefore = process.cpuUsage();
let library = await loadLibrary(dir);
const cold = performance.now() - started;
// CPU time (user + system, all threads) of the cold load: unlike wall time, not stretched by other work on the machine.
const cpu = process.cpuUsage(cpuBefore);
const coldCpu = (cpu.user + cpu.system) / 1000;
sampleHeap();
clearInterval(sampler);
// So far only the one cold load.
const peakRss = highWaterMark() ?? rssPeak;

const warm: number[] = [];
const warmCpu: number[] = [];
for (let run = 0; run < repeats; run++) {
  started = performance.now();
  const before = process.cpuUsage();
  library = await loadLibrary(dir);
  warm.push(performance.now() - started);
  const used = process.cpuUsage(before);
  warmCpu.push((used.user + used.system) / 1000);
}

process.stdout.write(
  JSON.stringify({
    cold,
    coldCpu,
    warm,
    warmCpu,
    rssBefore,
    peakRss,
    heapPeak,
    documents: library.documents.length,
    versions: library.documents.reduce((sum, entry) => sum + Object.keys(entry.versions).length, 0),
    errors: library.errors.slice(0, 3),
    errorCount: library.errors.length,
  }),
);
