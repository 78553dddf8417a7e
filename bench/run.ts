/**
 * `npm run bench`: builds the browser build, then measures start-up against the static floor, interaction
 * latency, the content loader at scale, the build's weight and (where Electron exists) the desktop app. Prints
 * every figure against its budget and writes bench/results/latest.json. Figures, not tests: nothing here fails
 * because a number is high.
 *
 * Options:
 * - --runs N: start-up, cold runs of the app and of the static floor, default 15;
 * - --library-runs N: start-up per library size, cold runs in the browser and fresh processes of the desktop
 *   loader, default 16;
 * - --samples N: each interaction, default 30;
 * - --speech-trials N: read aloud's interruption, default 12;
 * - --processes N: the content loader's child processes per size, default 3;
 * - --launches N: the desktop app, default 5;
 * - --only a,b: only these sections (startup, interactions, speech, library, loader, weight, desktop), written to
 *   bench/results/partial.json, not latest.json;
 * - --no-build: use out/web as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { BUDGETS, type BudgetCheck, checkBudgets } from './budgets';
import { initialComposition, type CompositionGroup } from './composition';
import { measureDesktop, type DesktopResult } from './desktop';
import { measureInteractions, type InteractionsResult } from './interactions';
import { machineInfo } from './lib/machine';
import { PROJECT_ROOT, RESULTS_DIR } from './lib/paths';
import { startWebServer } from './lib/server';
import { measureLibraryStartup, type LibraryStartupResult } from './library-startup';
import { measureLoader, type LoaderResult } from './loader-scale';
import { printReport } from './report';
import { measureSpeechInterruption, type SpeechInterruptionResult } from './speech-interruption';
import { measureStartup, type StartupResult } from './startup';
import { measureWeight, type WeightResult } from './weight';

const SECTIONS = ['weight', 'startup', 'interactions', 'speech', 'library', 'loader', 'desktop'] as const;
type SectionName = (typeof SECTIONS)[number];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const settings = {
  startupRuns: option('runs', 15),
  libraryRuns: option('library-runs', 16),
  interactionSamples: option('samples', 30),
  speechTrials: option('speech-trials', 12),
  loaderProcesses: option('processes', 3),
  desktopLaunches: option('launches', 5),
};
const onlyIndex = process.argv.indexOf('--only');
const only = new Set<SectionName>(
  onlyIndex > 0
    ? ((process.argv[onlyIndex + 1] ?? '')
        .split(',')
        .filter((name) => (SECTIONS as readonly string[]).includes(name)) as SectionName[])
    : SECTIONS,
);
const log = (line: string) => console.log(line);

export interface BenchResults {
  machine: ReturnType<typeof machineInfo>;
  settings: typeof settings;
  budgets: BudgetCheck[];
  weight?: WeightResult & { initialComposition: CompositionGroup[] };
  startup?: StartupResult;
  interactions?: InteractionsResult;
  speech?: SpeechInterruptionResult;
  library?: LibraryStartupResult;
  loader?: LoaderResult;
  desktop?: DesktopResult;
}

if (!process.argv.includes('--no-build')) {
  log('Building the browser build (npm run build:web)…');
  const built = spawnSync('npm', ['run', 'build:web'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) {
    console.error(built.stdout, built.stderr);
    process.exit(built.status ?? 1);
  }
}

const results: Partial<BenchResults> = { settings };
let chromiumVersion: string | undefined;

if (only.has('weight')) {
  log('Weighing out/web…');
  results.weight = { ...measureWeight(), initialComposition: await initialComposition() };
}

if (only.has('speech')) {
  const server = await startWebServer();
  try {
    log(`Read aloud: a key stopping the sentence being said, ${String(settings.speechTrials)} times…`);
    results.speech = await measureSpeechInterruption(server.url, settings.speechTrials, log);
  } finally {
    await server.stop();
  }
}

if (only.has('startup') || only.has('interactions') || only.has('library')) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'No Chromium: install one (`npx playwright install chromium` or `apt-get install chromium`) or set CHROMIUM_PATH',
    );
  const server = await startWebServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  chromiumVersion = browser.version();
  try {
    if (only.has('startup')) {
      log(`Start-up, ${settings.startupRuns} cold runs each of the app and the static floor, ${server.url}…`);
      results.startup = await measureStartup(browser, server.url, settings.startupRuns, log);
    }
    if (only.has('interactions')) {
      log(`Interactions, ${settings.interactionSamples} samples each…`);
      results.interactions = await measureInteractions(browser, server.url, settings.interactionSamples, log);
    }
    if (only.has('library')) {
      log(
        `Start-up with generated libraries of 1 and 1,000 documents: ${settings.libraryRuns} cold runs each (browser), ${settings.libraryRuns} fresh processes each (desktop loader)…`,
      );
      // The loader's start takes 20–30 ms and varies by as much again from one process to the next: its ratio
      // needs as many samples as the browser's.
      results.library = await measureLibraryStartup(browser, settings.libraryRuns, settings.libraryRuns, log);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (only.has('loader')) {
  log(`Content loader on generated corpora, ${settings.loaderProcesses} fresh processes per size…`);
  results.loader = await measureLoader(settings.loaderProcesses, log);
}

if (only.has('desktop')) {
  log('Desktop (Electron)…');
  results.desktop = await measureDesktop(settings.desktopLaunches, log);
}

const complete: BenchResults = {
  machine: machineInfo(chromiumVersion),
  settings,
  budgets: [],
  ...results,
};
complete.budgets = checkBudgets(complete);
printReport(complete, BUDGETS);

mkdirSync(RESULTS_DIR, { recursive: true });
// A partial run (--only) does not replace the figures of the last full one.
const file = join(RESULTS_DIR, only.size === SECTIONS.length ? 'latest.json' : 'partial.json');
writeFileSync(file, `${JSON.stringify(complete, null, 2)}\n`);
log(`\nResults written to ${relative(PROJECT_ROOT, file)}`);
