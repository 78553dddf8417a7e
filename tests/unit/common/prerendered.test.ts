import { describe, expect, it } from 'vitest';
import {
  betterStartingPage,
  contentDigest,
  KIOSK_START_PAGE,
  OTHER_LANGUAGE_PAGE,
  prerenderedNote,
  READER_PAGE,
  readPrerenderedNote,
  type PrerenderedScreenNote,
} from '../../../common/prerendered';
import type { ReaderDocument } from '../../../common/document';

describe('what a pre-rendered page notes it shows', () => {
  it('reads back what it wrote, for a reading screen and a kiosk’s start screen', () => {
    const notes: PrerenderedScreenNote[] = [
      { screen: 'reader', language: 'fr', documentId: 'about-us', digest: '0a1b2c3d' },
      { screen: 'kiosk-start', language: 'en' },
    ];
    for (const note of notes) expect(readPrerenderedNote(prerenderedNote(note))).toEqual(note);
  });

  it('reads nothing from a note it did not write', () => {
    for (const note of [null, '', 'de about-us 0a1b2c3d', 'fr', 'fr about-us', 'kiosk-start', 'kiosk-start de']) {
      expect(readPrerenderedNote(note)).toBeUndefined();
    }
  });
});

describe('the digest that tells a page drawn from the content the reader has from one drawn from older content', () => {
  const version: ReaderDocument = {
    id: 'about-us',
    lang: 'en',
    title: 'About Us',
    updated: '2025-01-01',
    source: 'https://www.ontariohealth.ca/about-us',
    intro: [],
    sections: [],
  };

  it('is the same for the same content, however it reached the page (structured clone, JSON)', () => {
    expect(contentDigest(structuredClone(version))).toBe(contentDigest(version));
    expect(contentDigest(JSON.parse(JSON.stringify(version)) as ReaderDocument)).toBe(contentDigest(version));
    expect(contentDigest(version)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes when a word of the content changes', () => {
    expect(contentDigest({ ...version, title: 'About us' })).not.toBe(contentDigest(version));
    expect(contentDigest({ ...version, updated: '2025-01-02' })).not.toBe(contentDigest(version));
  });
});

describe('the page the early script sends a reader to before anything is drawn', () => {
  const root = { [OTHER_LANGUAGE_PAGE]: './fr/about-us/', [KIOSK_START_PAGE]: './kiosk/' };
  const frenchPage = { [KIOSK_START_PAGE]: '../../kiosk/' };
  const kioskStart = { [READER_PAGE]: '../' };

  it('sends a reader who wants the other language from `/` to its page, and stays where the page is theirs', () => {
    expect(betterStartingPage({ kiosk: 'none', language: 'fr', pageLanguage: 'en', links: root })).toBe(
      './fr/about-us/',
    );
    expect(betterStartingPage({ kiosk: 'none', language: 'en', pageLanguage: 'en', links: root })).toBeUndefined();
    // A language's own page shows that language whatever was saved: the address chose it.
    expect(
      betterStartingPage({ kiosk: 'none', language: 'en', pageLanguage: 'fr', links: frenchPage }),
    ).toBeUndefined();
  });

  it('sends a kiosk that asks each visitor their language to its start screen, from any reading page', () => {
    for (const [links, start] of [
      [root, './kiosk/'],
      [frenchPage, '../../kiosk/'],
    ] as const) {
      expect(
        betterStartingPage({
          kiosk: 'asks-language',
          language: 'en',
          pageLanguage: links === root ? 'en' : 'fr',
          links,
        }),
      ).toBe(start);
    }
    expect(
      betterStartingPage({ kiosk: 'asks-language', language: 'en', pageLanguage: 'en', links: kioskStart }),
    ).toBeUndefined();
  });

  it('sends anyone else from the kiosk’s start screen to the reader', () => {
    expect(betterStartingPage({ kiosk: 'none', language: 'fr', pageLanguage: 'en', links: kioskStart })).toBe('../');
    expect(betterStartingPage({ kiosk: 'set-language', language: 'fr', pageLanguage: 'en', links: kioskStart })).toBe(
      '../',
    );
  });

  it('leaves a kiosk set to one language where it is: its reader is drawn by the page', () => {
    expect(
      betterStartingPage({ kiosk: 'set-language', language: 'fr', pageLanguage: 'en', links: root }),
    ).toBeUndefined();
  });

  it('stays on a page the build did not link anywhere', () => {
    expect(
      betterStartingPage({ kiosk: 'asks-language', language: 'fr', pageLanguage: 'en', links: {} }),
    ).toBeUndefined();
  });
});
