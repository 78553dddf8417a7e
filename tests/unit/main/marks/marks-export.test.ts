import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAMES } from '../../../../common/marks-exchange';
import { exportPath, marksExportDialog } from '../../../../main/marks/marks-export';

describe('marksExportDialog', () => {
  it("names the file after the export, with one filter: the format chosen, in the reader's language", () => {
    expect(marksExportDialog({ format: 'annotations', language: 'en', fileName: 'lisible-marks', text: '' })).toEqual({
      title: 'Export marks',
      fileName: 'lisible-marks.jsonld',
      filters: [{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld'] }],
    });
    expect(marksExportDialog({ format: 'html', language: 'fr', fileName: 'lisible-marques', text: '' })).toEqual({
      title: 'Exporter les marques',
      fileName: 'lisible-marques.html',
      filters: [{ name: 'Pages Web (HTML)', extensions: ['html'] }],
    });
  });

  it('makes a name the page suggests safe for every file system', () => {
    const { fileName } = marksExportDialog({ format: 'markdown', language: 'en', fileName: '../../a:b?', text: '' });
    expect(fileName).toBe('a b.md');
  });

  it('has a filter name of its own for every format, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const names = EXPORT_FORMAT_NAMES.map(
        (format) => marksExportDialog({ format, language, fileName: 'x', text: '' }).filters[0]?.name,
      );
      expect(new Set(names).size).toBe(EXPORT_FORMAT_NAMES.length);
    }
  });
});

describe('exportPath', () => {
  it('adds the extension only to a name that has none', () => {
    expect(exportPath('/home/r/notes', 'markdown')).toBe('/home/r/notes.md');
    expect(exportPath('/home/r/notes.txt', 'markdown')).toBe('/home/r/notes.txt');
    expect(exportPath('/home/r/marks.jsonld', 'annotations')).toBe('/home/r/marks.jsonld');
  });
});
