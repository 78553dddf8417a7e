/*
 * Runs in the page before any of its own scripts (Playwright init script). Measures from outside the app,
 * without touching its code:
 * - start-up: when the document's h1 is visible and (for the app, not the static floor) the language toggle is
 *   an enabled button. The h1 is given an `elementtiming` attribute as it enters the DOM (before its first
 *   paint), so Chromium's Element Timing reports when it reached the screen; "ready" is the later of that and
 *   the end of the first frame rendered with the controls in place;
 * - interactions: from an input event's timeStamp to the end of the first frame rendered with its effect in the
 *   DOM, and Chromium's Event Timing entries (input → frame presented) for the same events.
 * lib/probe-script.ts turns this file into the init script with TypeScript's own transpiler, which adds no
 * helpers (functions serialised from a tsx-transpiled module would call esbuild's `__name`, absent in the page).
 * Only types may be exported: the script runs as a classic script.
 */

/**
 * `floor`: on the static page, a click whose only effect (the probe's own) is one colour change.
 * `staticTextSize`, `staticTheme`: on the static page, a click whose effect is the app's change of `<html>`'s
 * reading attributes (the probe's own): what Chromium alone takes to show that change, with no script of the app's.
 * `staticLanguage`: on the static page, a click that puts in the other language's page as the build drew it
 * (parsed beforehand, by the probe): what Chromium alone takes to show the other language.
 */
export type InteractionKind =
  'language' | 'textSize' | 'theme' | 'floor' | 'staticTextSize' | 'staticTheme' | 'staticLanguage';

/** What the probe itself changes when the event comes, for the static page's kinds. */
export interface ProbeChange {
  /** Set on `<html>`. */
  rootAttributes?: Record<string, string>;
  /** A page's whole HTML: its reader, language and title take the place of this page's. */
  page?: string;
}

export interface ProbeSample {
  kind: InteractionKind;
  eventType: string;
  /** The input event's timeStamp. */
  start: number;
  /** The event's listeners, and the microtasks they queued (React's update), are done. */
  handlersDone: number | null;
  /** The change was first seen in the DOM, at the start of a frame. */
  inDom: number | null;
  /** That frame has been rendered by the main thread. */
  painted: number | null;
  /** Frames looked at until the change was there (1: the first frame after the input). */
  frames: number;
  error: string | null;
}

export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ProbeState {
  fcp: number | null;
  lcp: number | null;
  /** Cumulative layout shift so far (shifts not caused by input), as Chromium reports it. */
  cls: number;
  /** React has taken over the page: the language toggle answers clicks (the app only). */
  interactive: number | null;
  /** The DOM first met the ready condition (before that frame is rendered). */
  domReady: number | null;
  /** End of the first frame rendered (main thread) with the content and controls in place. */
  readyFrame: number | null;
  /** When the h1 was first on screen (Element Timing's renderTime: presented, like FCP). */
  h1Paint: number | null;
  /** The later of the two: content and controls on screen. */
  ready: number | null;
  eventEntries: EventEntry[];
  samples: ProbeSample[];
  pending: ProbeSample | null;
  /** `change`: made by the probe itself when the event comes (the static page's changes). */
  arm(kind: InteractionKind, eventType: string, change?: ProbeChange): void;
}

/** The page's global as the benchmark reads it. */
export type ProbeWindow = { __lisibleBench?: ProbeState };

/** Event Timing's interactionId is not in TypeScript's DOM library yet. */
interface EventTiming extends PerformanceEventTiming {
  interactionId?: number;
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

(() => {
  const TOGGLE_LABELS = ['Français', 'English'];
  const H1_TIMING = 'lisible-bench-h1';
  const isFloor = location.pathname.endsWith('/static.html');
  const elementTimingSupported = PerformanceObserver.supportedEntryTypes.includes('element');

  const state: ProbeState = {
    fcp: null,
    lcp: null,
    cls: 0,
    interactive: null,
    domReady: null,
    readyFrame: null,
    h1Paint: null,
    ready: null,
    eventEntries: [],
    samples: [],
    pending: null,
    arm: () => undefined,
  };
  (window as ProbeWindow).__lisibleBench = state;

  /** Content ready once both the h1's paint and the controls' frame are known. */
  const settle = () => {
    if (state.readyFrame !== null && (state.h1Paint !== null || !elementTimingSupported)) {
      state.ready = Math.max(state.readyFrame, state.h1Paint ?? 0);
    }
  };

  /** A task queued from rAF runs once the main thread has rendered that frame. */
  const afterNextFrame = (callback: (time: number) => void) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        callback(performance.now());
      };
      channel.port2.postMessage(0);
    });
  };

  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) onEntry(entry);
      }).observe({ type, buffered: true, ...(type === 'event' ? { durationThreshold: 16 } : {}) });
    } catch {
      // An engine without this entry type still gets the probe's own figures.
    }
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    state.lcp = entry.startTime;
  });
  observe('layout-shift', (entry) => {
    const shift = entry as LayoutShift;
    if (!shift.hadRecentInput) state.cls += shift.value;
  });
  observe('element', (entry) => {
    const timing = entry as ElementTiming;
    if (timing.identifier !== H1_TIMING || state.h1Paint !== null) return;
    state.h1Paint = timing.renderTime || timing.loadTime;
    settle();
  });
  observe('event', (entry) => {
    const timing = entry as EventTiming;
    state.eventEntries.push({
      name: timing.name,
      startTime: timing.startTime,
      duration: timing.duration,
      processingStart: timing.processingStart,
      processingEnd: timing.processingEnd,
      interactionId: timing.interactionId ?? 0,
    });
  });

  const languageToggle = () =>
    [...document.querySelectorAll('button')].find((button) => TOGGLE_LABELS.includes(button.textContent.trim()));

  const contentReady = () => {
    const heading = document.querySelector('h1');
    if (!heading || heading.textContent.trim() === '' || !heading.checkVisibility()) return false;
    if (isFloor) return true;
    const toggle = languageToggle();
    return Boolean(
      toggle && !toggle.disabled && toggle.getAttribute('aria-disabled') !== 'true' && toggle.checkVisibility(),
    );
  };

  const check = () => {
    if (state.domReady !== null) return;
    // Marked as soon as it exists, which is before it can have been painted (mutation callbacks run first).
    const heading = document.querySelector('h1');
    if (heading && !heading.hasAttribute('elementtiming')) heading.setAttribute('elementtiming', H1_TIMING);
    if (!contentReady()) return;
    state.domReady = performance.now();
    observer.disconnect();
    afterNextFrame((time) => {
      state.readyFrame = time;
      settle();
    });
    if (!isFloor) watchForScript();
  };

  /**
   * When the page's script has taken the page over: the language toggle is there and nothing says it is still
   * the page drawn at build time (`data-hydrating`). Checked at every frame until then.
   */
  const watchForScript = () => {
    if (languageToggle() && !document.querySelector('[data-hydrating]')) state.interactive = performance.now();
    else requestAnimationFrame(watchForScript);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);

  const fontSize = () => ({ fontSize: getComputedStyle(document.documentElement).fontSize });
  const background = () => ({ background: getComputedStyle(document.body).backgroundColor });
  const language = () => ({
    lang: document.documentElement.lang,
    title: document.querySelector('h1')?.textContent ?? null,
    toggle: languageToggle()?.textContent ?? null,
    navHeading: document.querySelector('nav h2')?.textContent ?? null,
  });
  /** What each interaction changes on screen, read before and after. */
  const SNAPSHOTS: Record<InteractionKind, () => Record<string, string | null>> = {
    language,
    textSize: fontSize,
    theme: background,
    floor: () => ({ color: document.querySelector('h1')?.style.color ?? null }),
    staticTextSize: fontSize,
    staticTheme: background,
    staticLanguage: language,
  };

  /** Every field that had a value has changed. */
  const changed = (before: Record<string, string | null>, after: Record<string, string | null>) =>
    Object.keys(before).every((key) => before[key] === null || before[key] !== after[key]);

  /**
   * Waits for the next `eventType` event; from its timeStamp, checks at every frame whether `kind`'s change is
   * in the DOM, and records when that frame has been rendered.
   */
  state.arm = (kind, eventType, change = {}) => {
    const before = SNAPSHOTS[kind]();
    // Parsed now, not when the event comes: what is timed is Chromium showing the other page, not reading its HTML.
    const page = change.page === undefined ? undefined : new DOMParser().parseFromString(change.page, 'text/html');
    const reader = page?.querySelector('.reader');
    if (page && !reader) throw new Error('the page given to the probe has no reader');
    const sample: ProbeSample = {
      kind,
      eventType,
      start: 0,
      handlersDone: null,
      inDom: null,
      painted: null,
      frames: 0,
      error: null,
    };
    state.pending = sample;
    const finish = () => {
      state.samples.push(sample);
      state.pending = null;
    };
    const frame = () => {
      sample.frames += 1;
      if (changed(before, SNAPSHOTS[kind]())) {
        sample.inDom = performance.now();
        const done = new MessageChannel();
        done.port1.onmessage = () => {
          sample.painted = performance.now();
          finish();
        };
        done.port2.postMessage(0);
      } else if (performance.now() - sample.start > 5000) {
        sample.error = `no visible change 5 s after the ${eventType}`;
        finish();
      } else {
        requestAnimationFrame(frame);
      }
    };
    const onEvent = (event: Event) => {
      window.removeEventListener(eventType, onEvent, true);
      sample.start = event.timeStamp;
      if (kind === 'floor') {
        // The least an interaction can do and still need a new frame: two all-but-identical colours.
        const heading = document.querySelector('h1');
        if (heading) heading.style.color = heading.style.color === 'rgb(0, 0, 1)' ? 'rgb(0, 0, 2)' : 'rgb(0, 0, 1)';
      }
      for (const [name, value] of Object.entries(change.rootAttributes ?? {}))
        document.documentElement.setAttribute(name, value);
      if (page && reader) {
        document.documentElement.lang = page.documentElement.lang;
        document.title = page.title;
        document.querySelector('.reader')?.replaceWith(document.adoptNode(reader));
      }
      // Last of the event's listeners (bubbling to window, after React's at its root), then past the microtasks
      // they queued: the handlers and React's update are done, before any rendering.
      window.addEventListener(
        eventType,
        () => {
          void Promise.resolve()
            .then(() => Promise.resolve())
            .then(() => {
              sample.handlersDone = performance.now();
            });
        },
        { once: true },
      );
      requestAnimationFrame(frame);
    };
    window.addEventListener(eventType, onEvent, true);
  };
})();
