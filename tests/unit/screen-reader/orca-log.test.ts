import { describe, expect, it } from 'vitest';
import { OrcaLogParser, transcriptLine } from '../../screen-reader/orca-log';

// Excerpts of Orca 43's debug log, as it writes them (continuation lines indented).
const FOCUS_ON_FRENCH_LINK = `12:57:12.556705 - SPEECH GENERATOR: Starting unfocused generation for [link | Passer au contenu principal] (ROLE_LINK)
12:57:12.558528 - SPEECH GENERATOR: default voice requested with language='fr', dialect=''
12:57:12.558986 - SPEECH GENERATOR: system voice requested with language='fr', dialect=''
12:57:12.562147 - WEB: Speech generation for document object [link | Passer au contenu principal] complete.
12:57:12.562174 - SPEECH: Last spoke 0.0454 seconds ago
12:57:12.562186 - SPEECH: Last spoke 0.0000 seconds ago
12:57:12.562207 - SPEECH OUTPUT: 'Passer au contenu principal link.'{'established': False, 'rate': 99}
12:57:12.563000 - SPEECH DISPATCHER: Speaking '<speak>Passer au contenu principal link.</speak>'
                  ORCA rate 99, pitch 5.0, volume 5.0, language en, punctuation: MOST
                  SD rate 100, pitch 10, volume 100, language en-us
`;

const LOAD_MESSAGE = `12:57:12.400000 - WEB: Getting caret context for None
12:57:12.492300 - SPEECH: Last spoke 4.7627 seconds ago
12:57:12.492384 - SPEECH OUTPUT: 'Finished loading À propos de nous — Lisible.' voice=hyperlink{'established': False}
`;

const LIVE_MESSAGE = `vvvvv PRESENT LIVE REGION MESSAGE vvvvv
12:58:17.170000 - SPEECH: Last spoke 2.0 seconds ago
12:58:17.177104 - SPEECH OUTPUT: 'Taille du texte : 125 %' voice=hyperlink{'established': False}
12:58:17.179889 - LIVE REGIONS: messages in queue: 0
^^^^^ PRESENT LIVE REGION MESSAGE ^^^^^
`;

const SAY_ALL = `12:57:15.959184 - WEB SAY ALL CONTENT: 0. [heading | Quintuple objectif] 'Quintuple objectif' (0-18)
12:57:15.963003 - SPEECH GENERATOR: default voice requested with language='fr', dialect=''
12:57:15.966884 - WEB SAY ALL: [heading | Quintuple objectif] 'Quintuple objectif' (0-18, current: 0)
12:57:16.759260 - WEB SAY ALL: [heading | Quintuple objectif] 'heading level 3' (0-18, current: 0)
`;

describe("Orca's debug log", () => {
  it('reads an utterance about content with the language Orca derived for it and the voice that spoke it', () => {
    const parser = new OrcaLogParser();
    parser.push(FOCUS_ON_FRENCH_LINK);
    expect(parser.utterances).toEqual([
      {
        at: expect.any(Number) as number,
        text: 'Passer au contenu principal link.',
        live: false,
        sayAll: false,
        message: false,
        language: 'fr',
        voice: 'en-us',
      },
    ]);
  });

  it("tells Orca's own messages and live-region messages from content", () => {
    const parser = new OrcaLogParser();
    parser.push(FOCUS_ON_FRENCH_LINK + LOAD_MESSAGE + LIVE_MESSAGE);
    const [, loaded, live] = parser.utterances;
    expect(loaded).toMatchObject({
      text: 'Finished loading À propos de nous — Lisible.',
      message: true,
      live: false,
      language: undefined,
    });
    expect(live).toMatchObject({ text: 'Taille du texte : 125 %', message: true, live: true });
  });

  it('reads each piece of a say-all with its language', () => {
    const parser = new OrcaLogParser();
    parser.push(SAY_ALL);
    expect(parser.utterances.map(({ text, sayAll, language }) => ({ text, sayAll, language }))).toEqual([
      { text: 'Quintuple objectif', sayAll: true, language: 'fr' },
      { text: 'heading level 3', sayAll: true, language: 'fr' },
    ]);
  });

  it('waits for the rest of a line written in two pieces, and counts time from the first line', () => {
    const parser = new OrcaLogParser();
    const cut = SAY_ALL.indexOf("Quintuple objectif' (0-18, current");
    parser.push(SAY_ALL.slice(0, cut));
    expect(parser.utterances).toEqual([]);
    parser.push(SAY_ALL.slice(cut));
    expect(parser.utterances.map((utterance) => transcriptLine(utterance))).toEqual([
      '    0.01s  [say-all lang=fr]  Quintuple objectif',
      '    0.80s  [say-all lang=fr]  heading level 3',
    ]);
  });
});
