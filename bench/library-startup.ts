/**
 * Start-up against the library's size: content ready (the probe's `ready`: the h1 and the controls on screen)
 * with a generated library of 1 document and of 1,000 (each in English and French), in the browser build and in
 * the desktop app's content loader. A library of 30 documents is measured too: from two documents up, the first
 * screen also shows the list of documents, its first 30 entries whatever the library's size, so 1,000 ÷ 30
 * compares the same first screen, 1,000 ÷ 1 two.
 * - Browser: the web build is built for each library into its own folder, all served at once, and loaded in turn
 *   in fresh browser contexts, as the start-up benchmark loads the app and the static floor.
 * - Desktop loader: in a fresh process each time, as at app start, from opening the library to the start of the
 *   index and the first document's body in hand (what the page waits for before it can show anything), wall and
 *   CPU time: at a launch after the first, with the index the previous launch kept (the app keeps it in its
 *   user-data folder), the budget's figure; and at the first launch, with nothing kept yet, for comparison.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { START_DOCUMENTS } from '../common/document';
import { writeCorpus } from './corpus';
import { PROJECT_ROOT } from './lib/paths';
import { startWebServer } from './lib/server';
import { round, summarize, type Summary } from './lib/stats';
import { loadOnce } from './startup';

const run = promisify(execFile);
/** The two libraries of the budget, and one whose first screen is the same as 1,000's. */
const LIBRARY_SIZES = [1, START_DOCUMENTS, 1000] as const;

/** The items in the order of the `round`th round: each first, middle and last in turn. */
function inTurn<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export interface LibraryStartupResult {
  browser: {
    runs: number;
    ready: Record<string, Summary>;
    lcp: Record<string, Summary>;
    /** Content ready, 1,000 documents ÷ 1: the budget's figure. */
    ratio: number;
    /** Content ready, 1,000 documents ÷ 30: the same first screen, list of documents included. */
    sameScreenRatio?: number;
  };
  desktopLoader: {
    processes: number;
    wallMs: Record<string, Summary>;
    cpuMs: Record<string, Summary>;
    ratio: number;
    cpuRatio: number;
    /** 1,000 documents ÷ 30: the same first screen, the start of the index as long. */
    sameScreenRatio?: number;
    /** The first launch, nothing kept yet: every file's front matter read before the first screen. */
    firstLaunch?: { wallMs: Record<string, Summary>; ratio: number };
  };
}

function build(contentDir: string, webOut: string): Promise<void> {
  return new Promise((resolveBuilt, reject) => {
    const child = spawn('npm', ['run', 'build:web'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LISIBLE_CONTENT_DIR: contentDir, LISIBLE_WEB_OUT: webOut },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolveBuilt() : reject(new Error(`build:web for ${contentDir} failed:\n${output}`)),
    );
  });
}

interface OpenChildResult {
  wallMs: number;
  cpuMs: number;
  documents: number;
}

export async function measureLibraryStartup(
  browser: Browser,
  runs: number,
  processes: number,
  log: (line: string) => void,
): Promise<LibraryStartupResult> {
  const root = await mkdtemp(join(tmpdir(), 'lisible-library-'));
  try {
    const folders = Object.fromEntries(
      await Promise.all(
        LIBRARY_SIZES.map(async (size) => {
          const content = join(root, `content-${size}`);
          await writeCorpus(content, size);
          return [size, content] as const;
        }),
      ),
    ) as Record<number, string>;

    // Desktop loader, fresh processes, sizes alternating. Each size keeps its index in its own folder, as the app
    // keeps it in its user-data folder; a first launch starts from an empty one.
    const openOnce = async (size: number, keepIndexIn: string): Promise<OpenChildResult> => {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'bench/loader-child.ts', folders[size] ?? '', '0', '--open', '--keep', keepIndexIn],
        { cwd: PROJECT_ROOT },
      );
      const result = JSON.parse(stdout) as OpenChildResult;
      if (result.documents !== size)
        throw new Error(`the desktop loader indexed ${result.documents} documents of ${size}`);
      return result;
    };
    const samples = (): Record<number, number[]> => Object.fromEntries(LIBRARY_SIZES.map((size) => [size, []]));
    const [wall, cpu, firstWall] = [samples(), samples(), samples()];
    for (let index = 0; index < processes; index++) {
      for (const size of inTurn(LIBRARY_SIZES, index)) {
        const firstLaunch = join(root, `user-data-${size}-${index}`);
        // The first launch keeps the index the next one starts from.
        firstWall[size]?.push((await openOnce(size, firstLaunch)).wallMs);
        const result = await openOnce(size, firstLaunch);
        wall[size]?.push(result.wallMs);
        cpu[size]?.push(result.cpuMs);
      }
    }
    const medians = (samples: Record<number, number[]>) =>
      Object.fromEntries(LIBRARY_SIZES.map((size) => [String(size), summarize(samples[size] ?? [])]));
    const ratioOf = (summaries: Record<string, Summary>, over = 1) =>
      round((summaries['1000']?.median ?? Number.NaN) / (summaries[String(over)]?.median ?? Number.NaN));
    const wallMs = medians(wall);
    const cpuMs = medians(cpu);
    const firstLaunchMs = medians(firstWall);
    const desktopLoader = {
      processes,
      wallMs,
      cpuMs,
      ratio: ratioOf(wallMs),
      cpuRatio: ratioOf(cpuMs),
      sameScreenRatio: ratioOf(wallMs, START_DOCUMENTS),
      firstLaunch: { wallMs: firstLaunchMs, ratio: ratioOf(firstLaunchMs) },
    };
    log(
      `  desktop loader, start of the index + first body: 1 document ${wallMs['1']?.median} ms, ${START_DOCUMENTS} documents ${wallMs[String(START_DOCUMENTS)]?.median} ms, 1,000 documents ${wallMs['1000']?.median} ms (${desktopLoader.ratio}× the first, ${desktopLoader.sameScreenRatio}× the second); first launch, nothing kept yet: ${firstLaunchMs['1']?.median} ms, ${firstLaunchMs['1000']?.median} ms (${desktopLoader.firstLaunch.ratio}×)`,
    );

    // Browser: one build per library, served side by side.
    const servers = await Promise.all(
      LIBRARY_SIZES.map(async (size) => {
        const out = join(root, `web-${size}`);
        await build(folders[size] ?? '', out);
        return [size, await startWebServer(out)] as const;
      }),
    );
    const ready = new Map<number, number[]>(LIBRARY_SIZES.map((size) => [size, []]));
    const lcp = new Map<number, number[]>(LIBRARY_SIZES.map((size) => [size, []]));
    try {
      for (const [, server] of servers) await loadOnce(browser, server.url);
      for (let index = 0; index < runs; index++) {
        for (const [size, server] of inTurn(servers, index)) {
          const sample = await loadOnce(browser, server.url);
          ready.get(size)?.push(sample.ready);
          if (sample.lcp !== null) lcp.get(size)?.push(sample.lcp);
        }
      }
    } finally {
      await Promise.all(servers.map(([, server]) => server.stop()));
    }
    const summaries = (samples: Map<number, number[]>) =>
      Object.fromEntries(LIBRARY_SIZES.map((size) => [String(size), summarize(samples.get(size) ?? [])]));
    const readySummary = summaries(ready);
    const readyOf = (size: number) => readySummary[String(size)]?.median ?? Number.NaN;
    const ratio = round(readyOf(1000) / readyOf(1));
    const sameScreenRatio = round(readyOf(1000) / readyOf(START_DOCUMENTS));
    log(
      `  browser, content ready: 1 document ${readyOf(1)} ms, ${START_DOCUMENTS} documents ${readyOf(START_DOCUMENTS)} ms, 1,000 documents ${readyOf(1000)} ms (${ratio}× the first, ${sameScreenRatio}× the second)`,
    );
    return { browser: { runs, ready: readySummary, lcp: summaries(lcp), ratio, sameScreenRatio }, desktopLoader };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
