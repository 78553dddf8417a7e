import { describe, expect, it } from 'vitest';
import { normaliseText, seedLines, seedTitle, seedUpdatedDate, seedUpdatedLine } from '../../support/seed-text';

describe('normaliseText', () => {
  it('makes French typography and layout comparable with the plain seed text', () => {
    expect(normaliseText('  Notre vision\u00a0: Ensemble,\n  nous\u202f;  l’équité ? oui ! ')).toBe(
      "Notre vision: Ensemble, nous; l'équité? oui!",
    );
  });

  it('keeps words, punctuation and case as they are', () => {
    expect(normaliseText('Tenacité, COVID-19.')).toBe('Tenacité, COVID-19.');
  });
});

describe.each(['en', 'fr'] as const)('the %s seed', (lang) => {
  it('has no scraping artefacts, title or last-updated line among its lines', () => {
    const lines = seedLines(lang);
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((line) => /^[-•]/.test(line) || line !== normaliseText(line))).toEqual([]);
    expect(lines).not.toContain(seedTitle(lang));
    expect(lines).not.toContain(seedUpdatedLine(lang));
  });

  it('gives its last-updated date in ISO form', () => {
    expect(seedUpdatedDate(lang)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(seedUpdatedLine(lang)).toContain(String(Number(seedUpdatedDate(lang).slice(8))));
  });
});
