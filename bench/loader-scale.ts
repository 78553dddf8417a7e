/**
 * The content loader at scale: corpora of 10, 100 and 1,000 generated documents (each in English and French,
 * about 10 KB a file) in a temporary folder, each size loaded in fresh child processes (cold: the first load in
 * the process, as when the app starts; then warm repeats). Peak memory is the child's peak RSS (VmHWM) after its
 * cold load; "RSS before" is the same process before loading (Node, tsx and the loader's modules).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeCorpus } from './corpus';
import { PROJECT_ROOT } from './lib/paths';
import { percentile, round } from './lib/stats';

const run = promisify(execFile);

interface ChildResult {
  cold: number;
  coldCpu: number;
  warm: number[];
  warmCpu: number[];
  rssBefore: number;
  peakRss: number;
  heapPeak: number;
  documents: number;
  versions: number;
  errors: { file: string; line: number; message: string }[];
  errorCount: number;
}

export interface LoaderSize {
  documents: number;
  files: number;
  bytes: number;
  processes: number;
  /** Medians over the child processes' first loads (ms). */
  coldMs: number;
  coldMsMax: number;
  /** Median CPU time (user + system) of the cold loads: what the wall time would be on an idle machine, roughly. */
  coldCpuMs: number;
  /** Median CPU time of the warm loads. */
  warmCpuMs: number;
  /** Median over every warm repeat (ms). */
  warmMs: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  msPerDocumentCold: number;
  msPerDocumentWarm: number;
  cpuMsPerDocumentWarm: number;
  peakRssMB: number;
  rssBeforeMB: number;
  peakHeapMB: number;
  errors: number;
  firstErrors: ChildResult['errors'];
}

export interface LoaderResult {
  sizes: LoaderSize[];
  /**
   * Per-document cost at the largest size ÷ at the middle size (1 = perfectly linear). `warmCpu` decides: warm
   * loads leave out the first load's one-off warm-up, CPU time leaves out waiting for a busy machine.
   */
  growth: { cold: number; warm: number; warmCpu: number };
  linear: boolean;
}

const SIZES = [10, 100, 1000];
/** Per-document cost at 1,000 documents at most this many times that at 100 counts as linear. */
export const LINEAR_GROWTH = 1.25;
const MB = 1_000_000;

function childRun(dir: string, repeats: number): Promise<ChildResult> {
  return run(process.execPath, ['--import', 'tsx', 'bench/loader-child.ts', dir, String(repeats)], {
    cwd: PROJECT_ROOT,
    maxBuffer: 16 * MB,
  }).then(({ stdout }) => JSON.parse(stdout) as ChildResult);
}

export async function measureLoader(processes: number, log: (line: string) => void): Promise<LoaderResult> {
  const root = await mkdtemp(join(tmpdir(), 'lisible-bench-'));
  const sizes: LoaderSize[] = [];
  try {
    for (const documents of SIZES) {
      const dir = join(root, String(documents));
      const bytes = await writeCorpus(dir, documents);
      const repeats = documents >= 1000 ? 2 : documents >= 100 ? 5 : 20;
      const results: ChildResult[] = [];
      for (let index = 0; index < processes; index++) results.push(await childRun(dir, repeats));
      const cold = results.map((result) => result.cold);
      const warm = results.flatMap((result) => result.warm);
      const coldMs = percentile(cold, 50);
      const warmMs = percentile(warm, 50);
      const first = results[0];
      sizes.push({
        documents,
        files: documents * 2,
        bytes,
        processes,
        coldMs: round(coldMs),
        coldMsMax: round(Math.max(...cold)),
        coldCpuMs: round(
          percentile(
            results.map((result) => result.coldCpu),
            50,
          ),
        ),
        warmCpuMs: round(
          percentile(
            results.flatMap((result) => result.warmCpu),
            50,
          ),
        ),
        warmMs: round(warmMs),
        documentsPerSecond: round(documents / (coldMs / 1000), 0),
        megabytesPerSecond: round(bytes / MB / (coldMs / 1000)),
        msPerDocumentCold: round(coldMs / documents, 3),
        msPerDocumentWarm: round(warmMs / documents, 3),
        cpuMsPerDocumentWarm: round(
          percentile(
            results.flatMap((result) => result.warmCpu),
            50,
          ) / documents,
          3,
        ),
        peakRssMB: round(
          percentile(
            results.map((result) => result.peakRss),
            50,
          ) / MB,
          1,
        ),
        rssBeforeMB: round(
          percentile(
            results.map((result) => result.rssBefore),
            50,
          ) / MB,
          1,
        ),
        peakHeapMB: round(
          percentile(
            results.map((result) => result.heapPeak),
            50,
          ) / MB,
          1,
        ),
        errors: first?.errorCount ?? 0,
        firstErrors: first?.errors ?? [],
      });
      const last = sizes.at(-1);
      if (last) {
        log(
          `  loader, ${documents} documents (${last.files} files, ${round(bytes / MB, 1)} MB): cold ${last.coldMs} ms, warm ${last.warmMs} ms, peak RSS ${last.peakRssMB} MB${last.errors ? `, ${last.errors} ERRORS` : ''}`,
        );
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const middle = sizes[1];
  const largest = sizes[2];
  const ratio = (key: 'msPerDocumentCold' | 'msPerDocumentWarm' | 'cpuMsPerDocumentWarm') =>
    middle && largest ? round(largest[key] / middle[key]) : Number.NaN;
  const growth = {
    cold: ratio('msPerDocumentCold'),
    warm: ratio('msPerDocumentWarm'),
    warmCpu: ratio('cpuMsPerDocumentWarm'),
  };
  // Linear (or better): ten times the documents costs at most about ten times the time.
  return { sizes, growth, linear: growth.warmCpu <= LINEAR_GROWTH };
}
