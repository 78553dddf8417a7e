/**
 * One reader in front of Orca: Chromium opens the reader as an app window on the private desktop, keys are
 * pressed on the X display (so Orca hears them as it hears a person's), and what Orca says is awaited.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { SCREEN, type Desktop } from './desktop';
import { transcriptLine, type Utterance } from './orca-log';
import type { Expected } from './orca-speech';
import { start, waitFor, type Started } from './processes';
import type { DispatchedSpeech } from './speech-dispatcher-log';

const run = promisify(execFile);

/** Orca's summary once a page has loaded: "Page has 5 landmarks, 18 headings, 17 unvisited links." */
export const PAGE_SUMMARY = /^Page has \d+ landmarks?/;
/** What Orca says when the browser reports the page loaded. */
export const FINISHED_LOADING = /^Finished loading\b/;

export interface HearOptions {
  timeoutMs?: number;
  /** Look from this mark on instead of from the last key press. */
  since?: number;
}

export interface OpenOptions {
  /**
   * The Web Speech API, through speech-dispatcher, for a page that reads aloud. Off otherwise: Chromium would
   * list speech-dispatcher's voices at start, which keeps speech-dispatcher, and so Orca, busy for seconds.
   */
  webSpeech?: boolean;
}

export class ReaderSession {
  /** Where this reader's speech starts in Orca's log. */
  readonly start: number;
  /** Where this reader's page's own speech starts in speech-dispatcher's log. */
  readonly pageSpeechStart: number;
  /** Where the last key press was made. */
  private lastPress: number;
  private readonly presses: { at: number; keys: string }[] = [];

  private constructor(
    private readonly desktop: Desktop,
    private readonly browser: Started,
    readonly url: string,
  ) {
    this.start = desktop.speech.mark();
    this.pageSpeechStart = desktop.dispatched.mark();
    this.lastPress = this.start;
  }

  /** Opens the reader at `query` (for example `?lang=fr`) and waits until Orca has said the page loaded. */
  static async open(desktop: Desktop, query = '', { webSpeech = false }: OpenOptions = {}): Promise<ReaderSession> {
    const chromium = findChromium();
    if (!chromium) throw new Error('no Chromium found (set CHROMIUM_PATH)');
    const url = new URL(query, desktop.baseURL).href;
    await desktop.speech.settle(300, 3_000);
    const args = [
      ...CHROMIUM_ARGS,
      // Accessibility on for AT-SPI; --test-type drops the warning bar about --no-sandbox, which Orca would read.
      '--force-renderer-accessibility',
      '--test-type',
      '--no-first-run',
      '--no-default-browser-check',
      '--password-store=basic',
      '--disable-features=Translate',
      ...(webSpeech ? ['--enable-speech-dispatcher'] : []),
      `--user-data-dir=${desktop.profileDir()}`,
      '--window-position=0,0',
      `--window-size=${SCREEN.width},${SCREEN.height}`,
      // An app window, as the desktop app shows the reader: the page and nothing of a browser's toolbar.
      `--app=${url}`,
    ];
    const browser = start('Chromium', chromium, args, { env: desktop.env });
    const session = new ReaderSession(desktop, browser, url);
    try {
      const window = await waitFor(
        'the browser window',
        20_000,
        async () => {
          const found = await session.xdotool(['search', '--onlyvisible', '--class', 'chromium']).catch(() => '');
          return found.split('\n').find(Boolean);
        },
        200,
      );
      await session.xdotool(['windowfocus', '--sync', window]);
      await session.hears(FINISHED_LOADING, { timeoutMs: 30_000 });
      await desktop.speech.settle(600, 8_000);
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  /** Presses keys one after the other, as xdotool names them (`Tab`, `shift+h`, `ctrl+equal`, `KP_Add`). */
  async press(...keys: string[]): Promise<void> {
    this.lastPress = this.desktop.speech.mark();
    this.presses.push({ at: this.lastPress, keys: keys.join(' ') });
    await this.xdotool(['key', '--delay', '150', ...keys]);
  }

  /** Waits for Orca to say something that matches, after the last key press (or `since`), and returns it. */
  hears(expected: Expected, { timeoutMs = 10_000, since }: HearOptions = {}): Promise<Utterance> {
    return this.desktop.speech.waitFor(expected, { since: since ?? this.lastPress, timeoutMs });
  }

  /**
   * Waits until what Orca said since the last key press (or `since`), its utterances joined by spaces, matches:
   * Orca may say a name and its role in one utterance or two.
   */
  async hearsText(expected: RegExp, { timeoutMs = 10_000, since }: HearOptions = {}): Promise<string> {
    const from = since ?? this.lastPress;
    const joined = () =>
      this.desktop.speech
        .since(from)
        .map((utterance) => utterance.text)
        .join(' ');
    try {
      return await waitFor(String(expected), timeoutMs, () => (expected.test(joined()) ? joined() : undefined), 50);
    } catch {
      throw new Error(
        `Orca did not say ${String(expected)} within ${timeoutMs} ms. It said:\n${this.desktop.speech.since(from).map(transcriptLine).join('\n') || '(nothing)'}`,
      );
    }
  }

  /** Presses Tab until Orca names what has focus as `expected`, as a listener moving through the page does. */
  async tabTo(expected: RegExp, maxTabs = 30): Promise<Utterance> {
    for (let tab = 0; tab < maxTabs; tab++) {
      await this.press('Tab');
      // Whatever Orca says about the new focus, said to its end.
      await this.hears(() => true, { timeoutMs: 3_000 }).catch(() => undefined);
      await this.settle(300, 2_000);
      const found = this.heard().find((utterance) => expected.test(utterance.text));
      if (found) return found;
    }
    throw new Error(`${maxTabs} presses of Tab never reached ${String(expected)}. Orca said:\n${this.transcript()}`);
  }

  /** Everything Orca said since the last key press (or `since`). */
  heard(since = this.lastPress): Utterance[] {
    return this.desktop.speech.since(since);
  }

  /** The mark of the last key press, to look back at what followed it. */
  get pressMark(): number {
    return this.lastPress;
  }

  /** Waits until Orca is quiet. */
  settle(quietMs?: number, timeoutMs?: number): Promise<void> {
    return this.desktop.speech.settle(quietMs, timeoutMs);
  }

  /** What the page itself had speech-dispatcher say (reading aloud), from `mark` on. */
  pageSpeech(mark = this.pageSpeechStart): DispatchedSpeech[] {
    return this.desktop.dispatched.notOrcaSince(mark);
  }

  /**
   * What Orca said to this reader, one utterance a line with its flags, and the keys pressed in between; then what
   * the page said itself, if it read aloud.
   */
  transcript(): string {
    const lines: string[] = [];
    const utterances = this.desktop.speech.since(this.start);
    for (let index = 0; index <= utterances.length; index++) {
      for (const press of this.presses) if (press.at - this.start === index) lines.push(`           >>> ${press.keys}`);
      const utterance = utterances[index];
      if (utterance) lines.push(transcriptLine(utterance));
    }
    const pageSpeech = this.pageSpeech();
    if (pageSpeech.length > 0) {
      lines.push('', "# The page's own speech (read aloud), through speech-dispatcher");
      for (const { language, text } of pageSpeech) lines.push(`           [lang=${language ?? '?'}]  ${text}`);
    }
    return lines.join('\n');
  }

  /**
   * Quiets Orca (Ctrl stops its speech and a say-all), lets it finish with the page, then quits the browser as
   * a person would (SIGTERM lets Chromium close its windows and leave the accessibility bus in order). Orca
   * still busy with a page whose browser goes away blocks on it for a long time.
   */
  async close(): Promise<void> {
    await this.xdotool(['key', 'ctrl']).catch(() => undefined);
    await this.desktop.speech.settle(1_000, 5_000);
    await this.browser.stop(5_000, { leaderOnly: true });
    await this.desktop.speech.settle(1_000, 5_000);
  }

  private async xdotool(args: string[]): Promise<string> {
    const { stdout } = await run('xdotool', args, { env: this.desktop.env, timeout: 10_000 });
    return stdout;
  }
}
