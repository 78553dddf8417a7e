/** The terminal report: every section's figures, then every budget with ✓ or ✗. */
import { START_DOCUMENTS } from '../common/document';
import { INTERACTION_LABELS, type BUDGETS as Budgets, type BudgetCheck } from './budgets';
import type { BenchResults } from './run';
import type { Summary } from './lib/stats';
import type { StartupSummary } from './startup';

const KB = 1000;

function kilobytes(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} KB`;
}

function ms(value: number | undefined, digits = 1): string {
  return value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(digits)} ms`;
}

function spread(summary: Summary): string {
  return `${ms(summary.median)} (IQR ${summary.p25.toFixed(1)}–${summary.p75.toFixed(1)}, range ${summary.min.toFixed(1)}–${summary.max.toFixed(1)})`;
}

function mark(met: boolean | undefined): string {
  return met === undefined ? '–' : met ? '✓' : '✗';
}

function table(rows: string[][], indent = '  '): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

function heading(text: string): void {
  console.log(`\n${text}\n${'─'.repeat(text.length)}`);
}

export function printReport(results: BenchResults, budgets: typeof Budgets): void {
  const { machine } = results;
  const byId = new Map(results.budgets.map((check) => [check.id, check]));
  console.log(
    `\nLisible benchmark, ${machine.date.slice(0, 10)}: ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}, commit ${machine.commit ?? '–'}; load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end`,
  );

  const { weight } = results;
  if (weight) {
    heading('Weight (out/web; gzip = zlib level 6; 1 KB = 1,000 bytes)');
    const rows = [['file', 'raw', 'gzip', 'loaded at start-up']];
    for (const asset of weight.assets.filter(
      (item) => item.kind === 'js' || item.kind === 'css' || item.kind === 'html' || item.kind === 'data',
    )) {
      rows.push([
        asset.file,
        kilobytes(asset.raw),
        kilobytes(asset.gzip),
        asset.initial ? 'yes (index.html)' : asset.kind === 'data' ? 'fetched by the app' : '',
      ]);
    }
    console.log(table(rows));
    const check = byId.get('weight.initialJsGzip');
    console.log(
      `  Initial JavaScript: ${weight.initialJs.files.length} file(s), ${kilobytes(weight.initialJs.raw)} raw, ${kilobytes(weight.initialJs.gzip)} gzip   budget < ${budgets.initialJsGzipBytes / KB} KB ${mark(check?.met)}, aim < ${budgets.initialJsGzipAimBytes / KB} KB ${mark(weight.initialJs.gzip < budgets.initialJsGzipAimBytes)}`,
    );
    console.log(
      `  Initial JavaScript by origin (share of the modules before minification): ${weight.initialComposition
        .filter((group) => group.share >= 1)
        .map((group) => `${group.group} ${group.share}%`)
        .join(', ')}`,
    );
    console.log(
      `  All JavaScript: ${kilobytes(weight.allJs.raw)} raw, ${kilobytes(weight.allJs.gzip)} gzip; initial CSS ${kilobytes(weight.initialCss.raw)} raw, ${kilobytes(weight.initialCss.gzip)} gzip`,
    );
    const fontsAtStartup = results.startup?.appRequests.filter((request) => request.type === 'font') ?? [];
    console.log(
      `  Fonts: ${weight.fonts.files} files, ${kilobytes(weight.fonts.raw)} (woff2 alone ${kilobytes(weight.fonts.woff2Raw)}); fetched at start-up: ${results.startup ? (fontsAtStartup.length > 0 ? fontsAtStartup.map((font) => font.file).join(', ') : 'none') : 'not measured'}`,
    );
  }

  const { startup } = results;
  if (startup) {
    heading(
      `Start-up (cold: new browser context per run; ${startup.runs} runs of each, alternating; ${startup.viewport.width}×${startup.viewport.height})`,
    );
    const ready = byId.get('startup.readyRatio');
    console.log(
      table([
        ['', 'app', 'static floor', 'app ÷ floor', 'budget'],
        [
          'First contentful paint',
          spread(startup.app.fcp),
          spread(startup.floor.fcp),
          `${startup.ratio.fcp.toFixed(2)}×`,
          '',
        ],
        [
          'Content ready',
          spread(startup.app.ready),
          spread(startup.floor.ready),
          `${startup.ratio.ready.toFixed(2)}×`,
          `≤ ${budgets.startupReadyRatio}× ${mark(ready?.met)}`,
        ],
        [
          '(its frame rendered)',
          spread(startup.app.readyFrame),
          spread(startup.floor.readyFrame),
          `${(startup.app.readyFrame.median / startup.floor.readyFrame.median).toFixed(2)}×`,
          '',
        ],
        [
          'Largest contentful paint',
          spread(startup.app.lcp),
          spread(startup.floor.lcp),
          `${startup.ratio.lcp.toFixed(2)}×`,
          `≤ ${budgets.startupLcpRatio}× ${mark(byId.get('startup.lcpRatio')?.met)}`,
        ],
        ['Controls answer input', spread(startup.app.interactive), '', '', ''],
        [
          'Layout shift (CLS), worst run',
          String(startup.clsMax.app),
          String(startup.clsMax.floor),
          '',
          `${budgets.startupCls} ${mark(byId.get('startup.cls')?.met)}`,
        ],
      ]),
    );
    console.log(
      '  Content ready: the h1 on screen (Element Timing, presented like FCP) and, for the app, the language toggle an',
    );
    console.log(
      '  enabled button in a rendered frame; "its frame rendered" is when the main thread finished that frame.',
    );
    const threads = (summary: StartupSummary) =>
      Object.entries(summary.mainThread)
        .map(([name, value]) => `${name} ${value.toFixed(0)}`)
        .join(', ');
    console.log(
      `  Main-thread time to ready, medians in ms: app ${threads(startup.app)}; floor ${threads(startup.floor)}`,
    );
    console.log(
      `  App start-up, medians in ms from navigation: ${Object.entries(startup.app.waterfall)
        .sort((a, b) => a[1] - b[1])
        .map(([name, value]) => `${name} ${value.toFixed(1)}`)
        .join(' → ')}`,
    );
    console.log(
      `  Fetched by one cold app start-up: ${startup.appRequests.map((request) => `${request.file} ${kilobytes(request.bytes)}`).join(', ')}`,
    );
  }

  const { speech } = results;
  if (speech) {
    heading('Read aloud: a key (Ctrl+.) → the speech engine ends the utterance being said (real engine, page clock)');
    if (speech.skipped || !speech.keyToSilence) {
      console.log(`  Not measured: ${speech.skipped ?? 'no trial'}`);
    } else {
      const median = byId.get('speech.interruption.median');
      const p95 = byId.get('speech.interruption.p95');
      console.log(
        `  ${spread(speech.keyToSilence)}; median ${speech.keyToSilence.median} ms ${mark(median?.met)}, p95 ${speech.keyToSilence.p95} ms ${mark(p95?.met)}, budget ≤ ${budgets.speechInterruptionMs} ms; ended by ${Object.entries(
          speech.endings,
        )
          .map(([ending, count]) => `${ending} ×${String(count)}`)
          .join(', ')}`,
      );
    }
  }

  const { interactions } = results;
  if (interactions) {
    heading('Interactions (input event → next paint showing the change)');
    const labels = {
      ...INTERACTION_LABELS,
      floor: 'Floor (static page)',
      staticLanguage: '  its language switch alone',
      staticTextSize: '  its size step alone',
      staticTheme: '  its theme change alone',
    } as const;
    const rows = [
      [
        '',
        'samples',
        'median',
        'p95',
        'max',
        'median budget',
        'p95 budget',
        'frame rendered (median, p95)',
        'handlers done (median)',
        'Event Timing ≥ 16 ms',
      ],
    ];
    const kinds = Object.keys(labels) as (keyof typeof labels)[];
    for (const kind of kinds) {
      const figures = interactions[kind];
      const budgeted = kind in INTERACTION_LABELS;
      rows.push([
        labels[kind],
        String(figures.samples),
        ms(figures.toNextPaint.median),
        ms(figures.toNextPaint.p95),
        ms(figures.toNextPaint.max),
        budgeted ? `< ${budgets.interactionMedianMs} ms ${mark(byId.get(`interactions.${kind}.median`)?.met)}` : '',
        budgeted ? `< ${budgets.interactionP95Ms} ms ${mark(byId.get(`interactions.${kind}.p95`)?.met)}` : '',
        `${ms(figures.toFrameRendered.median)}, ${ms(figures.toFrameRendered.p95)}`,
        ms(figures.toHandlersDone.median),
        `${figures.eventTiming.reportedAtOrAbove16ms} of ${figures.samples}${figures.eventTiming.maxDuration !== null ? ` (max ${figures.eventTiming.maxDuration} ms)` : ''}`,
      ]);
    }
    console.log(table(rows));
    console.log(
      "  Next paint: Event Timing's duration (input → frame presented) as Chromium's trace records it, for every event",
    );
    console.log(
      '  and unrounded, on the app and the floor alike. The page sees the same figure rounded to 8 ms, and only from',
    );
    console.log(
      '  16 ms up ("Event Timing ≥ 16 ms"). A sample the trace missed takes the main thread\'s frame instead.',
    );
    const untraced = kinds.reduce((sum, kind) => sum + interactions[kind].untraced, 0);
    console.log(`  Samples the trace missed: ${untraced}.`);
    console.log('  "Handlers done": the event\'s handlers and React\'s update and effects, before any rendering.');
    console.log(
      "  Floor: a click on the static page whose only effect is one colour change (the probe's): what waiting for the",
    );
    console.log("  next frame and presenting it cost on this machine, with no work of the app's.");
    console.log(
      "  Its size step and theme change alone: the same clicks on the static page make the app's own change of <html>'s",
    );
    console.log(
      "  reading attributes (100% ↔ 125%, light ↔ dark): what Chromium takes to show the app's change on the same page,",
    );
    console.log("  with no script of the app's. The app's figure less this one is the app's own share.");
    console.log(
      "  Its language switch alone: the same click puts in the other language's page as the build drew it, parsed",
    );
    console.log("  beforehand: its language, title and reader take the place of the static page's, and back.");
  }

  const { library } = results;
  if (library) {
    heading("Start-up against the library's size (generated documents, each in English and French)");
    const { browser, desktopLoader } = library;
    // Older results have no 30-document library: its cells stay empty.
    const same = String(START_DOCUMENTS);
    const cell = (summary: Summary | undefined) => (summary ? spread(summary) : '');
    const times = (ratio: number | undefined) => (ratio === undefined ? '' : `${ratio.toFixed(2)}×`);
    const ratioOf = (summaries: Record<string, Summary>, over: string) =>
      summaries['1000'] && summaries[over] ? summaries['1000'].median / summaries[over].median : undefined;
    const row = (name: string, summaries: Record<string, Summary>, budget = '') => [
      name,
      cell(summaries['1']),
      cell(summaries[same]),
      cell(summaries['1000']),
      times(ratioOf(summaries, '1')),
      times(ratioOf(summaries, same)),
      budget,
    ];
    const withinGrowth = (id: string) => `≤ ${budgets.libraryGrowthRatio}× ${mark(byId.get(id)?.met)}`;
    console.log(
      table([
        [
          '',
          '1 document',
          `${START_DOCUMENTS} documents`,
          '1,000 documents',
          '1,000 ÷ 1',
          `1,000 ÷ ${START_DOCUMENTS}`,
          'budget (1,000 ÷ 1)',
        ],
        row(`Browser, content ready (${browser.runs} cold runs each)`, browser.ready, withinGrowth('library.browser')),
        row('Browser, largest contentful paint', browser.lcp),
        row(
          `Desktop loader, start of the index + first body (${desktopLoader.processes} processes each)`,
          desktopLoader.wallMs,
          withinGrowth('library.desktopLoader'),
        ),
        row('Desktop loader, CPU time', desktopLoader.cpuMs),
        // Older results have no first-launch figures.
        ...(desktopLoader.firstLaunch
          ? [row('Desktop loader, first launch (nothing kept yet)', desktopLoader.firstLaunch.wallMs)]
          : []),
      ]),
    );
    console.log(
      `  From two documents up the first screen also shows the list of documents, its first ${START_DOCUMENTS} entries whatever the library's size, and the start of the index holds as many: 1,000 ÷ ${START_DOCUMENTS} compares the same first screen, 1,000 ÷ 1 a screen with the list against one without.`,
    );
    console.log(
      '  Desktop loader: in a fresh process, from opening the content folder to the start of its index and the first body parsed; the start kept by the previous launch in the user-data folder, except at the first launch.',
    );
  }

  const { loader } = results;
  if (loader) {
    heading('Content loader (generated Markdown, each document in English and French, about 10 KB a file)');
    const rows = [
      [
        'documents',
        'files',
        'MB',
        'cold',
        'cold, CPU time',
        'warm',
        'warm, CPU time',
        'documents/s',
        'MB/s',
        'ms/document',
        'peak RSS',
        'RSS before',
        'peak heap',
        'errors',
      ],
    ];
    for (const size of loader.sizes) {
      rows.push([
        size.documents.toLocaleString('en'),
        size.files.toLocaleString('en'),
        (size.bytes / 1e6).toFixed(1),
        ms(size.coldMs, 0),
        ms(size.coldCpuMs, 0),
        ms(size.warmMs, 0),
        ms(size.warmCpuMs, 0),
        size.documentsPerSecond.toLocaleString('en'),
        size.megabytesPerSecond.toFixed(2),
        size.msPerDocumentCold.toFixed(2),
        `${size.peakRssMB} MB`,
        `${size.rssBeforeMB} MB`,
        `${size.peakHeapMB} MB`,
        String(size.errors),
      ]);
    }
    console.log(table(rows));
    console.log(
      '  cold: first load in a fresh process (median of the processes); warm: later loads in the same process; documents/s and MB/s from cold.',
    );
    console.log(
      '  CPU time: user + system time of the cold load, which other work on the machine does not stretch as it does the wall time.',
    );
    console.log(
      `  Per-document cost at 1,000 ÷ at 100: warm CPU time ${loader.growth.warmCpu.toFixed(2)}× → ${loader.linear ? 'linear' : 'grows faster than linear'} (budget ≤ ${budgets.loaderGrowth}× ${mark(byId.get('loader.growth')?.met)}); wall time: cold ${loader.growth.cold.toFixed(2)}×, warm ${loader.growth.warm.toFixed(2)}×`,
    );
    const largest = byId.get('loader.1000');
    console.log(
      `  1,000 documents: ${ms(largest?.value, 0)} cold, budget < ${budgets.loader1000DocumentsMs} ms ${mark(largest?.met)}`,
    );
    for (const size of loader.sizes.filter((item) => item.errors > 0)) {
      console.log(
        `  ✗ ${size.documents} documents: ${size.errors} content errors, e.g. ${size.firstErrors.map((error) => `${error.file}:${error.line} ${error.message}`).join('; ')}`,
      );
    }
  }

  const { desktop } = results;
  if (desktop) {
    heading('Desktop (Electron)');
    if (desktop.skipped) {
      console.log(`  Skipped: ${desktop.reason}`);
    } else {
      console.log(
        table([
          ['', 'median (IQR, range)'],
          [`Launch → window shown (${desktop.launches} launches)`, spread(desktop.toShown)],
          ['Launch → h1 visible', spread(desktop.toContent)],
          ['Memory, main process', `${desktop.memoryMB.main.median.toFixed(1)} MB`],
          ['Memory, renderer', `${desktop.memoryMB.renderer.median.toFixed(1)} MB`],
          ['Memory, all processes', `${desktop.memoryMB.allProcesses.median.toFixed(1)} MB`],
        ]),
      );
    }
  }

  heading('Budgets');
  console.log(
    table(
      results.budgets.map((check: BudgetCheck) => [
        mark(check.met),
        check.label,
        check.value === undefined
          ? 'not measured'
          : check.unit === 'B'
            ? kilobytes(check.value)
            : `${check.value.toFixed(2)}${check.unit === '×' ? '×' : ` ${check.unit}`}`,
        check.budget,
      ]),
    ),
  );
  const measured = results.budgets.filter((check) => check.met !== undefined);
  console.log(`\n  ${measured.filter((check) => check.met).length} of ${measured.length} measured budgets met.`);
}
