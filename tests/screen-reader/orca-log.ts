/**
 * What Orca said, read from its debug log (`orca --debug-file`). Orca writes a line for everything it speaks:
 *
 * - `SPEECH OUTPUT: 'text'{voice}` for what it presents one utterance at a time (focus, navigation, messages);
 * - `WEB SAY ALL: [role | name] 'text' (…)` for each piece of a say-all;
 * - `vvvvv PRESENT LIVE REGION MESSAGE vvvvv` … `^^^^^ PRESENT LIVE REGION MESSAGE ^^^^^` around live-region speech;
 * - `SPEECH GENERATOR: default voice requested with language='fr', …` (or `system voice`, for role words) when it derives the content's language from
 *   Chromium's `language:` text attribute, while it generates what to say about an object;
 * - `SPEECH: Last spoke … ago` before each new thing it speaks: right after a generation (or the speech of
 *   one) for content it read, after anything else for a message of its own ("Finished loading …", a page
 *   summary, live-region text);
 * - `SD rate …, language en-us` after each utterance: the voice speech-dispatcher actually used.
 *
 * The parser is fed the log in chunks as Orca writes it.
 */

export interface Utterance {
  /** Seconds since Orca started, from the log's clock. */
  at: number;
  text: string;
  /** Spoken as a live-region message. */
  live: boolean;
  /** Spoken by a say-all. */
  sayAll: boolean;
  /** A message of Orca's own (load progress, page summary, live-region text), not content it read. */
  message: boolean;
  /** The content language Orca derived for this utterance, when it read document content. */
  language: string | undefined;
  /** The language of the voice speech-dispatcher spoke it with. */
  voice: string | undefined;
}

const TIME = /^(\d\d):(\d\d):(\d\d\.\d+) - /;
const SPEECH_OUTPUT = / - SPEECH OUTPUT: '(.*)'(?: voice=\w+)?\s*\{.*\}\s*$/;
const SAY_ALL = / - WEB SAY ALL: \[.*\] '(.*)' \(\d+-\d+, current: -?\d+\)\s*$/;
const CONTENT_LANGUAGE = / - SPEECH GENERATOR: (?:default|system) voice requested with language='([^']*)'/;
/** Lines that belong to speaking what a generation produced: a new utterance after them is more of it. */
const GENERATED_SPEECH =
  / - (?:SPEECH GENERATOR: |WEB: Speech generation |SPEECH DISPATCHER: |SPEECH OUTPUT: |SPEECH: Last spoke )/;
const NEW_GENERATION = / - (?:SPEECH GENERATOR: Starting |WEB SAY ALL CONTENT: )/;
const SPEAKING_NEXT = / - SPEECH: Last spoke /;
const VOICE = /^\s+SD rate .*, language (\S+)\s*$/;
const LIVE_START = 'vvvvv PRESENT LIVE REGION MESSAGE vvvvv';
const LIVE_END = '^^^^^ PRESENT LIVE REGION MESSAGE ^^^^^';

export class OrcaLogParser {
  readonly utterances: Utterance[] = [];
  private partial = '';
  private live = false;
  private contentLanguage: string | undefined;
  private message = false;
  private previousTimedLine = '';
  private clock = 0;
  private firstClock: number | undefined;

  /** Feeds the next piece of the log; complete lines are parsed, a trailing partial line waits for the rest. */
  push(chunk: string): void {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    const time = TIME.exec(line);
    if (time) {
      const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
      this.firstClock ??= seconds;
      // The log's clock is the time of day: carry over midnight.
      this.clock = seconds < this.firstClock ? seconds + 86_400 - this.firstClock : seconds - this.firstClock;
    }
    this.parse(line);
    if (time) this.previousTimedLine = line;
  }

  private parse(line: string): void {
    if (line.includes(LIVE_START)) this.live = true;
    else if (line.includes(LIVE_END)) this.live = false;
    else if (NEW_GENERATION.test(line)) {
      this.contentLanguage = undefined;
      this.message = false;
    } else if (SPEAKING_NEXT.test(line)) {
      this.message = !GENERATED_SPEECH.test(this.previousTimedLine);
      if (this.message) this.contentLanguage = undefined;
    } else {
      const language = CONTENT_LANGUAGE.exec(line)?.[1];
      if (language !== undefined) {
        this.contentLanguage = language === 'None' || language === '' ? undefined : language;
        return;
      }
      const voice = VOICE.exec(line)?.[1];
      if (voice !== undefined) {
        const last = this.utterances.at(-1);
        if (last && last.voice === undefined) last.voice = voice;
        return;
      }
      const output = SPEECH_OUTPUT.exec(line);
      if (output) {
        this.add(output[1] ?? '', { sayAll: false, message: this.message, language: this.contentLanguage });
        return;
      }
      const sayAll = SAY_ALL.exec(line);
      if (sayAll) this.add(sayAll[1] ?? '', { sayAll: true, message: false, language: this.contentLanguage });
    }
  }

  private add(text: string, flags: Pick<Utterance, 'sayAll' | 'message' | 'language'>): void {
    // A live region's text reaches Orca as a message, whatever it spoke before.
    const live = this.live ? { message: true, language: undefined } : {};
    this.utterances.push({ at: this.clock, text: text.trim(), live: this.live, voice: undefined, ...flags, ...live });
  }
}

/** One transcript line: time, flags, then the words. */
export function transcriptLine(utterance: Utterance): string {
  const flags = [
    utterance.live ? 'live' : undefined,
    utterance.sayAll ? 'say-all' : undefined,
    utterance.message ? 'message' : undefined,
    utterance.language ? `lang=${utterance.language}` : undefined,
    utterance.voice ? `voice=${utterance.voice}` : undefined,
  ].filter(Boolean);
  return `${utterance.at.toFixed(2).padStart(8)}s  [${flags.join(' ')}]  ${utterance.text}`;
}
