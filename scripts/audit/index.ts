/**
 * `npm run audit`: builds the browser build, serves it, audits the whole matrix headless in Chromium and writes
 * reports/a11y/. Exits non-zero on any violation. Options:
 *   --quick      a few cases that touch every dimension (what `npm test` runs)
 *   --no-build   audit out/web as it is
 *   --out DIR    where the reports go (reports/a11y, or reports/a11y-quick with --quick)
 *   --workers N  pages audited at once (default: the number of cores, at most 4)
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Library } from '../../common/document';
import { AXE_TAGS } from '../../common/audit/axe-tags';
import { LANGUAGES } from '../../common/languages';
import { THEMES } from '../../common/preferences';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { AXE_VERSION } from './axe-engine';
import { AUDIT_MODES, AUDIT_TEXT_SIZES, fullMatrix, quickMatrix, type CaseSpec } from './cases';
import { knownTexts } from './known-texts';
import { progress } from './progress';
import { runCase, type CaseContext, type CaseResult } from './run-case';
import { serveWebBuild, webBuild } from './serve';
import { summarize } from './summary';
import { writeReports, type CaseEvidence } from './write-reports';

const root = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    workers: { type: 'string' },
  },
});

/** Audits every case, `workers` pages at a time, in one headless Chromium. */
async function auditCases(directory: string, cases: readonly CaseSpec[], library: Library, workers: number) {
  const server = await serveWebBuild(directory);
  const chromiumPath = findChromium();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  });
  const context: CaseContext = {
    browser,
    baseUrl: server.url,
    knownTexts: knownTexts(library),
    startScreens: new Set(),
  };
  const results: CaseResult[] = [];
  const errors: string[] = [];
  const tick = progress(cases.length);
  const queue = [...cases];
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let spec = queue.shift(); spec; spec = queue.shift()) {
          try {
            const done = await runCase(context, spec);
            results.push(...done);
            tick(
              spec.id,
              done.reduce(
                (sum, result) =>
                  sum + result.auditCase.findings.filter((finding) => finding.outcome === 'failed').length,
                0,
              ),
            );
          } catch (error) {
            errors.push(`${spec.id}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`);
            tick(`${spec.id} (could not be audited)`, 0);
          }
        }
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, errors };
}

async function main(): Promise<number> {
  const started = new Date();
  if (!options['no-build']) process.stdout.write('Building the browser build…\n');
  const build = await webBuild(options['no-build']);
  const library = JSON.parse(await readFile(resolve(build.directory, 'library.json'), 'utf8')) as Library;
  const documents = library.documents.map((entry) => entry.id);
  const cases = options.quick ? quickMatrix(documents) : fullMatrix(documents);
  const workers = Math.max(1, Number(options.workers ?? Math.min(availableParallelism(), 4)));
  const out = resolve(root, options.out ?? (options.quick ? 'reports/a11y-quick' : 'reports/a11y'));
  process.stdout.write(`Auditing ${cases.length} page states with axe-core ${AXE_VERSION}, ${workers} at a time…\n`);
  const { results, errors } = await auditCases(build.directory, cases, library, workers).finally(() => build.remove());

  const order = new Map(cases.map((spec, index) => [spec.id, index]));
  results.sort((a, b) => (order.get(a.auditCase.id) ?? -1) - (order.get(b.auditCase.id) ?? -1));
  const report = {
    tool: { name: 'Lisible npm run audit', version: process.env.npm_package_version ?? '' },
    engine: { name: 'axe-core', version: AXE_VERSION, tags: AXE_TAGS },
    userAgent: results[0]?.axe.testEnvironment.userAgent ?? '',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    scope: {
      documents,
      languages: [...LANGUAGES],
      themes: [...new Set(cases.map((spec) => spec.requested.theme))].sort(
        (a, b) => THEMES.indexOf(a as never) - THEMES.indexOf(b as never),
      ),
      textSizes: AUDIT_TEXT_SIZES.filter((size) => cases.some((spec) => spec.requested.textSize === size)),
      modes: AUDIT_MODES.filter((mode) => cases.some((spec) => spec.requested.mode === mode)),
      forcedColors: cases.some((spec) => spec.requested.forcedColors),
    },
    cases: results.map((result) => result.auditCase),
  };
  const evidence = new Map<string, CaseEvidence>(
    results.map((result) => [result.auditCase.id, { requested: result.requested, axe: result.axe }]),
  );
  await writeReports(out, report, evidence);
  return summarize(report, errors, out, Date.now() - started.getTime());
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
