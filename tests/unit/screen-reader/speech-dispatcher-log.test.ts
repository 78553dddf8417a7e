import { describe, expect, it } from 'vitest';
import { dispatchedSpeech } from '../../screen-reader/speech-dispatcher-log';

/** A protocol log as speech-dispatcher writes it: each record, then a line with the length received. */
const record = (fd: number, kind: 'DATA' | 'REPLY', data: string) =>
  `[Tue Dec  1 23:15:53 2026 : 566937] speechd:     ${fd}:${kind}:|${data}\n| (${data.length + 2})\n`;

describe('what speech-dispatcher was asked to say', () => {
  it('tells each client’s messages apart, with the language each had set', () => {
    const log = [
      record(18, 'DATA', 'SET SELF CLIENT_NAME "root:orca:speech"\r'),
      record(18, 'REPLY', '208 OK CLIENT NAME SET\r'),
      record(21, 'DATA', 'SET SELF CLIENT_NAME "root:chromium:main"\r'),
      record(21, 'DATA', 'SET SELF LANGUAGE fr\r'),
      record(21, 'DATA', 'SPEAK\r'),
      record(21, 'REPLY', '230 OK RECEIVING DATA\r'),
      record(18, 'DATA', 'SPEAK\r'),
      record(21, 'DATA', 'À propos de nous\r'),
      record(18, 'DATA', 'Reading aloud\r\n.\r'),
      record(21, 'DATA', '.\r'),
      record(21, 'REPLY', '225-1\n225 OK MESSAGE QUEUED\r'),
    ].join('');
    expect(dispatchedSpeech(log)).toEqual([
      { client: 'root:orca:speech', language: undefined, text: 'Reading aloud' },
      { client: 'root:chromium:main', language: 'fr', text: 'À propos de nous' },
    ]);
  });

  it('joins a message of several lines, and undoes SSIP’s doubled leading dot', () => {
    const log = [
      record(7, 'DATA', 'SET SELF CLIENT_NAME "root:chromium:main"\r'),
      record(7, 'DATA', 'SPEAK\r'),
      record(7, 'DATA', 'First line\r\n..and a dot\r'),
      record(7, 'DATA', '.\r'),
    ].join('');
    expect(dispatchedSpeech(log).map((speech) => speech.text)).toEqual(['First line .and a dot']);
  });

  it('keeps nothing of a message that has not ended', () => {
    const log = [record(7, 'DATA', 'SPEAK\r'), record(7, 'DATA', 'half of it\r')].join('');
    expect(dispatchedSpeech(log)).toEqual([]);
  });
});
