/**
 * The real speech engine in the end-to-end tests: Chromium on Linux speaks through speech-dispatcher (with
 * espeak-ng, into PulseAudio's null sink; scripts/speech-engine.sh sets them up), but only when asked to.
 * The recorder below watches the Web Speech API from the test's side: what the page asks the engine to say,
 * in which voice and at which speed, the events the engine sends back, and the sentence highlight.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page, type test as playwrightTest } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const chromiumPath = findChromium();

/** The PulseAudio server's address, or undefined if none is running. */
function pulseServer(): string | undefined {
  try {
    const info = execFileSync('pactl', ['info'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const address = /^Server String: (.+)$/m.exec(info)?.[1]?.trim();
    return address?.startsWith('/') ? `unix:${address}` : address;
  } catch {
    return undefined;
  }
}

/**
 * Each worker's Chromium gets a speech-dispatcher of its own: speech-dispatcher starts one per runtime folder,
 * and two browsers talking through one would cut each other off. PulseAudio is found by its address instead.
 */
function speechEnvironment(): Record<string, string> {
  const environment = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const pulse = pulseServer();
  const runtimeDir = mkdtempSync(join(tmpdir(), 'lisible-speech-'));
  process.on('exit', () => rmSync(runtimeDir, { recursive: true, force: true }));
  return {
    ...environment,
    XDG_RUNTIME_DIR: runtimeDir,
    ...(pulse ? { PULSE_SERVER: pulse } : {}),
  };
}

/** Launch options for Chromium with speech-dispatcher: Linux builds leave it off without the flag. */
export const SPEECH_LAUNCH_OPTIONS = {
  args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
  env: speechEnvironment(),
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
};

/** speech-dispatcher lists espeak-ng's thousands of voice variants; the first listing takes seconds. */
export const VOICES_TIMEOUT_MS = 45_000;
/** Generous: a sentence at normal speed takes several seconds to say. */
export const SPEECH_TIMEOUT_MS = 45_000;

interface SpokenUtterance {
  text: string;
  lang: string;
  voiceName: string | undefined;
  voiceLang: string | undefined;
  rate: number;
  /** `start`, `end`, `error:<reason>`, in the order the engine sent them. */
  events: string[];
  /** When the page asked the engine to say it (`performance.now()`), and when the engine started and ended. */
  requestedAt: number;
  startedAt: number | undefined;
  endedAt: number | undefined;
}

interface SpeechLog {
  utterances: SpokenUtterance[];
  /** Every sentence the highlight has been on, in order (a repeat counts when something else came between). */
  highlights: string[];
}

declare global {
  interface Window {
    speechLog: SpeechLog;
  }
}

/**
 * Why the real engine cannot be used here, or undefined if it can: it lists English and French voices and
 * sends `end` for an utterance.
 */
export async function speechEngineProblem(browser: Browser): Promise<string | undefined> {
  const page = await browser.newPage();
  try {
    await page.goto('data:text/html,<title>speech</title>');
    return await page.evaluate(
      async ({ voicesTimeout, speechTimeout }) => {
        const until = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
        const deadline = performance.now() + voicesTimeout;
        while (speechSynthesis.getVoices().length === 0 && performance.now() < deadline) await until(200);
        const voices = speechSynthesis.getVoices();
        if (voices.length === 0)
          return 'Chromium lists no speech voices: speech-dispatcher and espeak-ng are missing (run scripts/speech-engine.sh)';
        const english = voices.find((voice) => voice.lang.toLowerCase().startsWith('en'));
        if (!english || !voices.some((voice) => voice.lang.toLowerCase().startsWith('fr')))
          return 'No English or no French voice is installed';
        const ended = await Promise.race([
          new Promise<boolean>((resolve) => {
            const utterance = new SpeechSynthesisUtterance('ok');
            utterance.voice = english;
            utterance.rate = 3;
            utterance.onend = () => resolve(true);
            utterance.onerror = () => resolve(false);
            speechSynthesis.speak(utterance);
          }),
          until(speechTimeout).then(() => false),
        ]);
        return ended
          ? undefined
          : 'The speech engine never finishes an utterance: no audio output (run scripts/speech-engine.sh for PulseAudio)';
      },
      { voicesTimeout: VOICES_TIMEOUT_MS, speechTimeout: SPEECH_TIMEOUT_MS },
    );
  } finally {
    await page.close();
  }
}

/** Records the page's speech and highlight from its first script on. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: SpeechLog = { utterances: [], highlights: [] };
    window.speechLog = log;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      const entry: SpokenUtterance = {
        text: utterance.text,
        lang: utterance.lang,
        voiceName: utterance.voice?.name,
        voiceLang: utterance.voice?.lang,
        rate: utterance.rate,
        events: [],
        requestedAt: performance.now(),
        startedAt: undefined,
        endedAt: undefined,
      };
      log.utterances.push(entry);
      utterance.addEventListener('start', () => {
        entry.events.push('start');
        entry.startedAt = performance.now();
      });
      utterance.addEventListener('end', () => {
        entry.events.push('end');
        entry.endedAt = performance.now();
      });
      utterance.addEventListener('error', (event) => entry.events.push(`error:${event.error}`));
      speak(utterance);
    };
    // The highlight is not in the DOM tree: look at it every frame.
    const watch = () => {
      const highlight = CSS.highlights.get('speech-sentence');
      const text = highlight ? [...highlight].map((range) => (range as Range).toString()).join('') : '';
      if (text && log.highlights.at(-1) !== text) log.highlights.push(text);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

/** Waits until the engine has listed its voices to the page. */
export async function waitForVoices(page: Page): Promise<void> {
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: VOICES_TIMEOUT_MS });
}

export function speechLog(page: Page): Promise<SpeechLog> {
  return page.evaluate(() => window.speechLog);
}

/** Waits until the engine has started saying `count` utterances. */
export async function utterancesStarted(page: Page, count: number): Promise<void> {
  await expect
    .poll(
      async () => (await speechLog(page)).utterances.filter((utterance) => utterance.events.includes('start')).length,
      {
        timeout: SPEECH_TIMEOUT_MS * count,
        intervals: [50],
      },
    )
    .toBeGreaterThanOrEqual(count);
}

/** Waits until the engine has started saying `text` (again, if it said it before: `times`). */
export async function startedSaying(page: Page, text: string, times = 1): Promise<void> {
  await expect
    .poll(
      async () =>
        (await speechLog(page)).utterances.filter(
          (utterance) => utterance.text === text && utterance.events.includes('start'),
        ).length,
      {
        timeout: SPEECH_TIMEOUT_MS,
        intervals: [50],
      },
    )
    .toBeGreaterThanOrEqual(times);
}

export async function notSpeaking(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending), {
      timeout: SPEECH_TIMEOUT_MS,
    })
    .toBe(false);
}

/** The text of the sentence highlighted now, or '' when none is. */
export function highlightedSentence(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('speech-sentence');
    return highlight ? [...highlight].map((range) => (range as Range).toString()).join('') : '';
  });
}

/**
 * Sets up a spec whose tests all speak: the real engine in each test's browser, checked once; where it is
 * missing the tests are skipped, saying why, except in CI, which sets it up (scripts/speech-engine.sh) and
 * fails without it; every utterance recorded from the page's first script on.
 */
export function useSpeechEngine(test: typeof playwrightTest): void {
  test.use({ launchOptions: SPEECH_LAUNCH_OPTIONS });
  let engineProblem: string | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    engineProblem = await speechEngineProblem(browser);
  });
  test.beforeEach(async ({ page }) => {
    if (engineProblem && process.env.CI) throw new Error(engineProblem);
    test.skip(engineProblem !== undefined, `Speech engine unavailable: ${engineProblem ?? ''}`);
    await recordSpeech(page);
  });
}
