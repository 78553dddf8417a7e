import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../../main/printing/pdf-file-name';

describe('pdfFileName', () => {
  it('names the PDF after the document, without the app name', () => {
    expect(pdfFileName('About Us — Lisible')).toBe('About Us.pdf');
    expect(pdfFileName('À propos de nous — Lisible')).toBe('À propos de nous.pdf');
  });

  it('falls back to the app name when there is no document title', () => {
    expect(pdfFileName('Lisible')).toBe('Lisible.pdf');
    expect(pdfFileName('')).toBe('Lisible.pdf');
    expect(pdfFileName('  ...  ')).toBe('Lisible.pdf');
  });

  it('replaces characters no file system accepts', () => {
    expect(pdfFileName('Q&A: who/what? <now> "yes" | no* \\ — Lisible')).toBe('Q&A who what now yes no.pdf');
    expect(pdfFileName('Line\nbreak\u0000 — Lisible')).toBe('Line break.pdf');
  });

  it('avoids names Windows reserves, and hidden or trailing-dot names', () => {
    expect(pdfFileName('CON — Lisible')).toBe('Lisible - CON.pdf');
    expect(pdfFileName('.hidden — Lisible')).toBe('hidden.pdf');
    expect(pdfFileName('Notes. — Lisible')).toBe('Notes.pdf');
  });

  it('keeps long names to a sensible length without splitting a character', () => {
    const name = pdfFileName(`${'é'.repeat(300)} — Lisible`);
    expect(name).toBe(`${'é'.repeat(120)}.pdf`);
  });
});
