/**
 * Start-up, cold: every run opens a new browser context (empty cache, no saved preferences) and loads either
 * the app or the static floor (out/web/static.html), alternating which goes first, in the same browser.
 */
import type { Browser } from '@playwright/test';
import { basename } from 'node:path';
import { probeScript } from './lib/probe-script';
import type { ProbeWindow } from './page/probe';
import { round, summarize, type Summary } from './lib/stats';

export interface StartupRun {
  fcp: number;
  lcp: number | null;
  domReady: number;
  /** End of the main thread's frame with the content in place. */
  readyFrame: number;
  /** The h1 on screen (Element Timing). */
  h1Paint: number | null;
  ready: number;
  /** Cumulative layout shift from navigation until measured (after ready and LCP). */
  cls: number;
  /** The app answers input (React has rendered or hydrated the controls); null for the floor. */
  interactive: number | null;
  /** Main-thread time spent up to ready (Chromium's Performance domain), ms. */
  mainThread: Record<string, number>;
  /** Milestones of the app's loading, from navigation start (ms). */
  waterfall: Record<string, number>;
  requests: { file: string; type: string; bytes: number }[];
}

export interface StartupResult {
  runs: number;
  viewport: { width: number; height: number };
  app: StartupSummary & { waterfall: Record<string, number>; interactive: Summary };
  /** The largest cumulative layout shift of any run, unrounded: the budget is none at all. */
  clsMax: { app: number; floor: number };
  floor: StartupSummary;
  /** Medians: app ÷ floor. */
  ratio: { fcp: number; ready: number; lcp: number };
  /** What one cold app start-up fetched. */
  appRequests: { file: string; type: string; bytes: number }[];
  samples: { app: StartupRun[]; floor: StartupRun[] };
}

export interface StartupSummary {
  fcp: Summary;
  ready: Summary;
  readyFrame: Summary;
  domReady: Summary;
  lcp: Summary;
  cls: Summary;
  /** Medians, ms. */
  mainThread: Record<string, number>;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Chromium's Performance.getMetrics names (seconds) → ours. */
const MAIN_THREAD_METRICS: Record<string, string> = {
  TaskDuration: 'all tasks',
  ScriptDuration: 'script',
  V8CompileDuration: 'compile',
  RecalcStyleDuration: 'style',
  LayoutDuration: 'layout',
};

export async function loadOnce(browser: Browser, url: string): Promise<StartupRun> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: probeScript() });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const sizes: Promise<StartupRun['requests'][number] | undefined>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then(
          (size) => ({
            file: basename(new URL(request.url()).pathname) || '/',
            type: request.resourceType(),
            bytes: size.responseBodySize,
          }),
          // A request still finishing as the context closes (one the page made after its first screen).
          () => undefined,
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const probe = (window as ProbeWindow).__lisibleBench;
        return (
          probe !== undefined &&
          probe.ready !== null &&
          probe.fcp !== null &&
          (probe.interactive !== null || location.pathname.endsWith('/static.html'))
        );
      },
      undefined,
      { timeout: 15_000, polling: 10 },
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const mainThread = Object.fromEntries(
      metrics
        .filter((metric) => metric.name in MAIN_THREAD_METRICS)
        .map((metric) => [MAIN_THREAD_METRICS[metric.name] ?? metric.name, round(metric.value * 1000)]),
    );
    // Let the largest-contentful-paint entries arrive.
    await page.waitForTimeout(50);
    const measured = await page.evaluate(() => {
      const probe = (window as ProbeWindow).__lisibleBench;
      if (!probe) throw new Error('the benchmark probe is not in the page');
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        name: entry.name,
        startTime: entry.startTime,
        responseEnd: entry.responseEnd,
      }));
      return {
        fcp: probe.fcp ?? Number.NaN,
        lcp: probe.lcp,
        domReady: probe.domReady ?? Number.NaN,
        readyFrame: probe.readyFrame ?? Number.NaN,
        h1Paint: probe.h1Paint,
        ready: probe.ready ?? Number.NaN,
        cls: probe.cls,
        interactive: probe.interactive,
        htmlReceived: navigation?.responseEnd ?? Number.NaN,
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        load: navigation?.loadEventEnd ?? Number.NaN,
        resources,
      };
    });
    const waterfall: Record<string, number> = { 'HTML received': measured.htmlReceived };
    for (const resource of measured.resources) {
      const file = basename(new URL(resource.name).pathname);
      const kind = file.endsWith('.js') ? 'JS' : file.endsWith('.css') ? 'CSS' : file;
      waterfall[`${kind} requested`] ??= resource.startTime;
      waterfall[`${kind} received`] = Math.max(waterfall[`${kind} received`] ?? 0, resource.responseEnd);
    }
    waterfall['DOMContentLoaded'] = measured.domContentLoaded;
    waterfall['h1 and controls in the DOM'] = measured.domReady;
    waterfall['that frame rendered'] = measured.readyFrame;
    waterfall['h1 on screen (ready)'] = measured.ready;
    if (measured.interactive !== null) waterfall['controls answer input'] = measured.interactive;
    const requests = (await Promise.all(sizes)).filter((request) => request !== undefined);
    return {
      fcp: measured.fcp,
      lcp: measured.lcp,
      domReady: measured.domReady,
      readyFrame: measured.readyFrame,
      h1Paint: measured.h1Paint,
      ready: measured.ready,
      cls: measured.cls,
      interactive: measured.interactive,
      mainThread,
      waterfall,
      requests,
    };
  } finally {
    await context.close();
  }
}

export async function measureStartup(
  browser: Browser,
  baseUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<StartupResult> {
  const appUrl = baseUrl;
  const floorUrl = new URL('static.html', baseUrl).href;
  // One of each first, not counted: the browser process itself warms up (not the page, whose context is new).
  await loadOnce(browser, appUrl);
  await loadOnce(browser, floorUrl);
  const app: StartupRun[] = [];
  const floor: StartupRun[] = [];
  for (let run = 0; run < runs; run++) {
    const appFirst = run % 2 === 0;
    const first = await loadOnce(browser, appFirst ? appUrl : floorUrl);
    const second = await loadOnce(browser, appFirst ? floorUrl : appUrl);
    app.push(appFirst ? first : second);
    floor.push(appFirst ? second : first);
    log(
      `  start-up run ${run + 1}/${runs}: app ready ${round(app.at(-1)?.ready ?? Number.NaN, 1)} ms, floor ready ${round(floor.at(-1)?.ready ?? Number.NaN, 1)} ms`,
    );
  }
  const summaryOf = (samples: StartupRun[]): StartupSummary => ({
    fcp: summarize(samples.map((sample) => sample.fcp)),
    ready: summarize(samples.map((sample) => sample.ready)),
    readyFrame: summarize(samples.map((sample) => sample.readyFrame)),
    domReady: summarize(samples.map((sample) => sample.domReady)),
    lcp: summarize(samples.map((sample) => sample.lcp ?? Number.NaN).filter((value) => !Number.isNaN(value))),
    cls: summarize(samples.map((sample) => sample.cls)),
    mainThread: Object.fromEntries(
      Object.values(MAIN_THREAD_METRICS).map((name) => [
        name,
        summarize(samples.map((sample) => sample.mainThread[name] ?? Number.NaN)).median,
      ]),
    ),
  });
  const appSummary = summaryOf(app);
  const floorSummary = summaryOf(floor);
  const milestones = [...new Set(app.flatMap((sample) => Object.keys(sample.waterfall)))];
  const waterfall = Object.fromEntries(
    milestones.map((name) => [
      name,
      summarize(app.map((sample) => sample.waterfall[name] ?? Number.NaN).filter((value) => !Number.isNaN(value)))
        .median,
    ]),
  );
  return {
    runs,
    viewport: VIEWPORT,
    app: { ...appSummary, waterfall, interactive: summarize(app.map((sample) => sample.interactive ?? Number.NaN)) },
    clsMax: {
      app: Math.max(...app.map((sample) => sample.cls)),
      floor: Math.max(...floor.map((sample) => sample.cls)),
    },
    floor: floorSummary,
    ratio: {
      fcp: round(appSummary.fcp.median / floorSummary.fcp.median),
      ready: round(appSummary.ready.median / floorSummary.ready.median),
      lcp: round(appSummary.lcp.median / floorSummary.lcp.median),
    },
    appRequests: app[0]?.requests ?? [],
    samples: { app, floor },
  };
}
