/**
 * What every client of this desktop's speech-dispatcher asked it to say, read from its protocol log
 * (`CustomLogFile "protocol"`, which records each client's SSIP commands and data). Orca is one client; the
 * browser, reading the page aloud with the Web Speech API, is another. Orca's own log says what Orca said; this
 * says what the page said, so that a scenario can tell whether both said the same thing.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface DispatchedSpeech {
  /** The client's name as it gave it (`SET SELF CLIENT_NAME "user:application:component"`). */
  client: string;
  /** The language the client had set when it spoke, if any. */
  language: string | undefined;
  text: string;
}

/** One logged record: `[time] speechd:   <fd>:DATA:|<what the client sent>` then `| (<length>)`. */
const RECORD = /^\[[^\]]*\] speechd:\s+(\d+):(DATA|REPLY):\|([\s\S]*?)\n\|(?: \(\d+\))?$/gm;

/** Parses a whole protocol log: every message a client had spoken, in order. */
export function dispatchedSpeech(log: string): DispatchedSpeech[] {
  const clients = new Map<string, { name: string; language: string | undefined; receiving: string[] | null }>();
  const spoken: DispatchedSpeech[] = [];
  for (const [, fd = '', kind, data = ''] of log.matchAll(RECORD)) {
    if (kind !== 'DATA') continue;
    const client = clients.get(fd) ?? { name: '', language: undefined, receiving: null };
    clients.set(fd, client);
    const lines = data.replace(/\r$/, '').split(/\r?\n/);
    if (client.receiving) {
      for (const line of lines) {
        if (line === '.') {
          spoken.push({
            client: client.name,
            language: client.language,
            text: client.receiving.join(' ').replace(/\s+/g, ' ').trim(),
          });
          client.receiving = null;
          break;
        }
        // SSIP doubles a leading dot so that a line of one dot can end the message.
        client.receiving.push(line.startsWith('..') ? line.slice(1) : line);
      }
      continue;
    }
    const command = lines[0] ?? '';
    const name = /^SET SELF CLIENT_NAME "?([^"]*)"?$/i.exec(command);
    if (name) client.name = name[1] ?? '';
    const language = /^SET SELF LANGUAGE (\S+)$/i.exec(command);
    if (language) client.language = language[1];
    if (/^SPEAK$/i.test(command)) client.receiving = [];
  }
  return spoken;
}

/** Follows the log of a running speech-dispatcher. */
export class SpeechDispatcherLog {
  constructor(private readonly path: string) {}

  /** Everything spoken so far, by every client. */
  get spoken(): DispatchedSpeech[] {
    return existsSync(this.path) ? dispatchedSpeech(readFileSync(this.path, 'utf8')) : [];
  }

  /** The index the next message will have. */
  mark(): number {
    return this.spoken.length;
  }

  /** What clients other than Orca had spoken from `mark` on. */
  notOrcaSince(mark: number): DispatchedSpeech[] {
    return this.spoken.slice(mark).filter((speech) => !/\borca\b/i.test(speech.client));
  }
}
