import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../../renderer/src/reading/find/match';
import { pointAt } from '../../../../../renderer/src/reading/find/text-points';

const found = (language: string, text: string, query: string) =>
  createMatcher(language)
    .find(text, query)
    .map(({ start, end }) => text.slice(start, end));

describe('finding text without accents or case', () => {
  it('finds « équité » typed « equite », and the other way round', () => {
    expect(found('fr', 'L’équité en santé, pour l’équité.', 'equite')).toEqual(['équité', 'équité']);
    expect(found('fr', 'Health equity', 'équité')).toEqual([]);
    expect(found('fr', 'une equite', 'équité')).toEqual(['equite']);
  });

  it('ignores case', () => {
    expect(found('en', 'Our Work and our work', 'OUR WORK')).toEqual(['Our Work', 'our work']);
    expect(found('fr', 'ÉQUITÉ', 'équité')).toEqual(['ÉQUITÉ']);
  });

  it('treats decomposed accents (e + combining acute) as one letter', () => {
    const decomposed = 'e\u0301quite\u0301';
    expect(found('fr', `Une ${decomposed}.`, 'equite')).toEqual([decomposed]);
    // A match never stops between a letter and its accent.
    expect(found('fr', decomposed, 'equit')).toEqual(['e\u0301quit']);
  });

  it('equates ligatures with their letters, in both directions', () => {
    expect(found('fr', 'Le cœur du système', 'coeur')).toEqual(['cœur']);
    expect(found('fr', 'Le coeur du système', 'cœur')).toEqual(['coeur']);
    expect(found('fr', 'Un curriculum vitæ', 'vitae')).toEqual(['vitæ']);
  });

  it('matches a typed space against a no-break space or a line break', () => {
    expect(found('fr', 'Santé\u00a0Ontario et Santé\nOntario', 'sante ontario')).toEqual([
      'Santé\u00a0Ontario',
      'Santé\nOntario',
    ]);
  });

  it('finds nothing for an empty query, and does not find a letter as a different one', () => {
    expect(found('en', 'text', '')).toEqual([]);
    expect(found('en', 'text', '   ')).toEqual([]);
    expect(found('fr', 'côte', 'cote d')).toEqual([]);
    expect(found('en', 'cat', 'cot')).toEqual([]);
  });

  it('finds matches that do not overlap, with offsets into the original text', () => {
    const text = 'aaaa';
    expect(createMatcher('en').find(text, 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('follows the language: in Turkish, dotless ı is its own letter', () => {
    expect(found('en', 'DIŞ', 'dis')).toEqual(['DIŞ']);
    expect(found('tr', 'DIŞ', 'diş')).toEqual([]);
    expect(found('tr', 'DIŞ', 'ış')).toEqual(['IŞ']);
  });
});

describe('mapping a match back to text nodes', () => {
  // "Santé " + "Ontario" (a link) + " travaille"
  const lengths = [6, 7, 10];

  it('puts a start at the node its first character is in', () => {
    expect(pointAt(lengths, 0, 'start')).toEqual({ node: 0, offset: 0 });
    expect(pointAt(lengths, 6, 'start')).toEqual({ node: 1, offset: 0 });
    expect(pointAt(lengths, 8, 'start')).toEqual({ node: 1, offset: 2 });
  });

  it('puts an end at the node its last character is in', () => {
    expect(pointAt(lengths, 6, 'end')).toEqual({ node: 0, offset: 6 });
    expect(pointAt(lengths, 13, 'end')).toEqual({ node: 1, offset: 7 });
    expect(pointAt(lengths, 23, 'end')).toEqual({ node: 2, offset: 10 });
  });

  it('skips empty nodes and clamps past the end', () => {
    expect(pointAt([3, 0, 4], 3, 'start')).toEqual({ node: 2, offset: 0 });
    expect(pointAt([3, 0, 4], 3, 'end')).toEqual({ node: 0, offset: 3 });
    expect(pointAt([3, 4], 99, 'end')).toEqual({ node: 1, offset: 4 });
  });
});
