/** The bundled "About us" content against the two seed pages it was transcribed from. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Library, ReaderDocument, Section } from '../../../common/document';
import { otherLanguage, type Language } from '../../../common/languages';
import { loadLibrary } from '../../../main/content/loader';
import { normaliseText, seedLines, seedTitle, seedUpdatedDate, seedUpdatedLine } from '../../support/seed-text';
import { allSections, blockText, documentText, textRuns } from './document-text';

const CONTENT_DIR = fileURLToPath(new URL('../../../content', import.meta.url));

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(CONTENT_DIR);
});

function version(lang: Language): ReaderDocument {
  const document = library.documents.find((entry) => entry.id === 'about-us')?.versions[lang];
  if (!document) throw new Error(`no ${lang} version of about-us`);
  return document;
}

function section(document: ReaderDocument, id: string): Section {
  const found = allSections(document.sections).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section #${id} in the ${document.lang} version`);
  return found;
}

function lists(blocks: readonly Block[]): Extract<Block, { type: 'list' }>[] {
  return blocks.filter((block) => block.type === 'list');
}

function itemTexts(list: Extract<Block, { type: 'list' }> | undefined): string[] {
  return (list?.items ?? []).map((item) => normaliseText(item.map(blockText).join(' ')));
}

it('loads the bundled content without errors, both languages of about-us paired', () => {
  expect(library.errors).toEqual([]);
  const entry = library.documents.find((candidate) => candidate.id === 'about-us');
  expect(Object.keys(entry?.versions ?? {}).sort()).toEqual(['en', 'fr']);
});

describe.each(['en', 'fr'] as const)('the %s version', (lang) => {
  it('has the seed’s title and last-updated date', () => {
    expect(normaliseText(version(lang).title)).toBe(seedTitle(lang));
    expect(version(lang).updated).toBe(seedUpdatedDate(lang));
  });

  it('contains every line of the seed', () => {
    const text = normaliseText(documentText(version(lang)));
    expect(seedLines(lang).filter((line) => !text.includes(line))).toEqual([]);
  });

  it('adds no text of its own: every heading and paragraph is seed text', () => {
    const seed = seedLines(lang).join('\n');
    const runs = textRuns(version(lang)).slice(1); // the title is checked above
    expect(runs.map(normaliseText).filter((run) => !seed.includes(run))).toEqual([]);
  });

  it('contains no sentence of the other language’s seed', () => {
    const text = normaliseText(documentText(version(lang)));
    const foreign = seedLines(otherLanguage(lang)).filter((line) => line.includes(' ') && text.includes(line));
    expect(foreign).toEqual([]);
  });

  it('repeats neither the title nor the last-updated line in the body', () => {
    const document = version(lang);
    const text = normaliseText(documentText(document));
    expect(text).not.toContain(seedUpdatedLine(lang));
    expect(allSections(document.sections).map((s) => normaliseText(s.title))).not.toContain(seedTitle(lang));
  });

  it('has unique section anchors and no skipped heading level', () => {
    const sections = allSections(version(lang).sections);
    const ids = sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const check = (list: readonly Section[], level: number): void => {
      for (const s of list) {
        expect(s.level, s.title).toBe(level);
        check(s.sections, level + 1);
      }
    };
    check(version(lang).sections, 2);
  });
});

describe('shared anchors', () => {
  it.each([
    ['purpose', 'Our Purpose', 'Création de liens'],
    ['goal', 'Our Goal', 'Quintuple objectif'],
    ['principles', 'Our Guiding Principles', 'Éléments guidant notre travail'],
    ['vision', 'Our vision', 'Vision, mission et valeurs'],
  ])('#%s is the same ground in both languages', (id, english, french) => {
    expect(section(version('en'), id).title.startsWith(english)).toBe(true);
    expect(section(version('fr'), id).title.startsWith(french)).toBe(true);
  });
});

describe('the English structure', () => {
  const en = () => version('en');

  it('has the five top sections as level-2 headings, in the seed’s order', () => {
    expect(en().intro).toEqual([]);
    expect(en().sections.map((s) => [s.id, s.title.split(':')[0]])).toEqual([
      ['purpose', 'Our Purpose'],
      ['goal', 'Our Goal'],
      ['principles', 'Our Guiding Principles'],
      ['work', 'Our Work'],
      ['related', 'Related'],
    ]);
  });

  it('lists the five objectives', () => {
    expect(itemTexts(lists(section(en(), 'goal').blocks)[0])).toEqual([
      'enhance patient experience',
      'improve population health',
      'improve provider experience',
      'improve value',
      'advance health equity',
    ]);
  });

  it('has vision, mission and values as level-3 headings, the five values a list', () => {
    const principles = section(en(), 'principles');
    expect(principles.sections.map((s) => [s.level, s.title])).toEqual([
      [3, 'Our vision'],
      [3, 'Our mission'],
      [3, 'Our values'],
    ]);
    const values = principles.sections[2];
    expect(values?.blocks).toHaveLength(1);
    expect(itemTexts(lists(values?.blocks ?? [])[0])).toEqual(['Integrity', 'Inspiration', 'Tenacity', 'Humility', 'Care']);
  });

  it('gives each work area a level-3 heading followed by its description', () => {
    const areas = section(en(), 'work').sections;
    expect(areas.map((s) => s.title)).toEqual([
      'Health System Reporting',
      'Clinical Care Programs',
      'Regional Coordination',
      'Digital Tools and Innovations',
      'Organ and Tissue Donation and Transplantation',
      'Quality Improvement Initiatives',
      'Health Human Resources',
      'Emergency Planning and Management',
    ]);
    const seed = seedLines('en');
    for (const area of areas) {
      expect(area.level).toBe(3);
      expect(area.blocks.map((b) => b.type)).toEqual(['paragraph']);
      // The description is the seed line right after the area's name.
      expect(normaliseText(blockText(area.blocks[0] as Block))).toBe(seed[seed.indexOf(area.title) + 1]);
    }
  });

  it('lists the related pages as titled entries: a bold title, then its description', () => {
    const related = section(en(), 'related');
    expect(related.blocks.map((b) => b.type)).toEqual(['list']);
    const items = lists(related.blocks)[0]?.items ?? [];
    expect(items).toHaveLength(6);
    const seed = seedLines('en');
    for (const item of items) {
      const [title, description, ...rest] = item;
      expect(rest).toEqual([]);
      expect(title?.type === 'paragraph' && title.children.map((c) => c.type)).toEqual(['strong']);
      expect(description?.type).toBe('paragraph');
      expect(seed).toContain(normaliseText(`${blockText(title as Block)} ${blockText(description as Block)}`));
    }
  });
});

describe('the French structure', () => {
  const fr = () => version('fr');

  it('opens with three paragraphs and the seven-item list of its work, before any heading', () => {
    expect(fr().intro.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list']);
    expect(normaliseText(blockText(fr().intro[2] as Block))).toBe('Notre travail consiste à:');
    const items = itemTexts(lists(fr().intro)[0]);
    expect(items).toHaveLength(7);
    expect(items[0]).toBe('mesurer le rendement du système de santé et en rendre compte;');
  });

  it('has its two level-2 sections and three level-3 ones under the second', () => {
    expect(fr().sections.map((s) => [s.level, s.title])).toEqual([
      [2, 'Création de liens visant à améliorer les soins de santé'],
      [2, 'Éléments guidant notre travail'],
    ]);
    expect(section(fr(), 'principles').sections.map((s) => [s.level, s.title])).toEqual([
      [3, 'Vision, mission et valeurs'],
      [3, 'Équité'],
      [3, 'Quintuple objectif'],
    ]);
    expect(itemTexts(lists(fr().sections[0]?.blocks ?? [])[0])).toHaveLength(6);
  });

  it('keeps vision and mission as paragraphs and lists the five values', () => {
    const blocks = section(fr(), 'vision').blocks;
    const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => normaliseText(blockText(b)));
    expect(paragraphs.filter((p) => /^(Notre vision|Notre mission|Nos valeurs):/.test(p))).toHaveLength(3);
    expect(itemTexts(lists(blocks)[0])).toEqual(['Intégrité', 'Imagination', 'Tenacité', 'Humilité', 'Attention']);
  });

  it('lists the five objectives', () => {
    expect(itemTexts(lists(section(fr(), 'goal').blocks)[0])).toHaveLength(5);
  });
});

describe('French typography', () => {
  // Text runs of the French version with web addresses taken out: their colons take no space.
  const runs = () => textRuns(version('fr')).map((run) => run.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ''));

  it('puts U+00A0 before a colon and U+202F before ; ! ?', () => {
    const expected: Record<string, string> = { ':': '\u00a0', ';': '\u202f', '!': '\u202f', '?': '\u202f' };
    const wrong: string[] = [];
    const seen: Record<string, number> = {};
    for (const run of runs()) {
      for (const match of run.matchAll(/[:;!?]/g)) {
        const mark = match[0];
        seen[mark] = (seen[mark] ?? 0) + 1;
        const before = run[match.index - 1];
        if (before !== expected[mark]) {
          const shown = before === undefined ? 'nothing' : `U+${before.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
          wrong.push(`${shown} before "${mark}" in "${run.slice(Math.max(0, match.index - 30), match.index + 1)}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The seed has both marks; a document without them would pass vacuously.
    expect(seen[':']).toBeGreaterThan(0);
    expect(seen[';']).toBeGreaterThan(0);
  });

  it('uses the typographic apostrophe only', () => {
    const text = runs().join('\n');
    expect(text.match(/.{0,20}'.{0,20}/g) ?? []).toEqual([]);
    expect(text).toContain('’');
  });
});
