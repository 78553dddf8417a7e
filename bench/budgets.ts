/** The budgets of issue 7, checked against a run's figures. */
import { LINEAR_GROWTH } from './loader-scale';
import type { BenchResults } from './run';

export interface BudgetCheck {
  id: string;
  label: string;
  /** undefined when the figure was not measured in this run. */
  value: number | undefined;
  unit: string;
  budget: string;
  met: boolean | undefined;
}

export const BUDGETS = {
  startupReadyRatio: 1.3,
  interactionMedianMs: 16,
  interactionP95Ms: 50,
  /** 1 KB = 1,000 bytes, as Vite reports sizes. */
  initialJsGzipBytes: 100_000,
  loader1000DocumentsMs: 2000,
  /** Per-document cost at 1,000 documents ÷ at 100 (warm loads, CPU time): at most this for "linear". */
  loaderGrowth: LINEAR_GROWTH,
} as const;

const INTERACTION_LABELS = { language: 'Language switch', textSize: 'Text size step', theme: 'Theme change' } as const;

function check(
  id: string,
  label: string,
  value: number | undefined,
  unit: string,
  budget: string,
  test: (value: number) => boolean,
): BudgetCheck {
  return { id, label, value, unit, budget, met: value === undefined || Number.isNaN(value) ? undefined : test(value) };
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    check(
      'startup.readyRatio',
      'Content ready, app ÷ static floor (medians)',
      results.startup?.ratio.ready,
      '×',
      `≤ ${BUDGETS.startupReadyRatio}×`,
      (value) => value <= BUDGETS.startupReadyRatio,
    ),
  ];
  for (const kind of ['language', 'textSize', 'theme'] as const) {
    const figures = results.interactions?.[kind].toNextPaint;
    checks.push(
      check(
        `interactions.${kind}.median`,
        `${INTERACTION_LABELS[kind]}, input → next paint, median`,
        figures?.median,
        'ms',
        `< ${BUDGETS.interactionMedianMs} ms`,
        (value) => value < BUDGETS.interactionMedianMs,
      ),
      check(
        `interactions.${kind}.p95`,
        `${INTERACTION_LABELS[kind]}, input → next paint, p95`,
        figures?.p95,
        'ms',
        `< ${BUDGETS.interactionP95Ms} ms`,
        (value) => value < BUDGETS.interactionP95Ms,
      ),
    );
  }
  const largest = results.loader?.sizes.find((size) => size.documents === 1000);
  checks.push(
    check(
      'weight.initialJsGzip',
      'Initial JavaScript, gzip',
      results.weight?.initialJs.gzip,
      'B',
      `< ${BUDGETS.initialJsGzipBytes / 1000} KB`,
      (value) => value < BUDGETS.initialJsGzipBytes,
    ),
    check(
      'loader.1000',
      'Loader, 1,000 documents (2,000 files), cold',
      largest?.coldMs,
      'ms',
      `< ${BUDGETS.loader1000DocumentsMs} ms`,
      (value) => value < BUDGETS.loader1000DocumentsMs,
    ),
    check(
      'loader.growth',
      'Loader, per-document cost 1,000 ÷ 100 (warm, CPU)',
      results.loader?.growth.warmCpu,
      '×',
      `≤ ${BUDGETS.loaderGrowth}× (linear)`,
      (value) => value <= BUDGETS.loaderGrowth,
    ),
  );
  return checks;
}
