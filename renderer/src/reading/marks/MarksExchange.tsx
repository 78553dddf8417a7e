/**
 * Export and import in the marks list: the marks saved as a file the reader chooses the format of (Web
 * Annotations for other tools, Markdown or HTML for people), through the bridge (the desktop's save dialog, a
 * browser's download), and a Web Annotation file read back. What import did is said in the live region: how many
 * marks were added, and how many of the document shown could not be placed (those are kept and listed apart, as
 * any mark whose passage is gone).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/languages';
import { HIGHLIGHT_CATEGORIES } from '../../../../common/marks';
import {
  EXPORT_FORMAT_NAMES,
  parseWebAnnotations,
  toHtml,
  toMarkdown,
  toWebAnnotations,
  withImported,
  type ExportFormat,
  type ExportWords,
} from '../../../../common/marks-exchange';
import { bridge } from '../../bridge';
import { useAnnounce } from '../../shared/Announcer';
import { currentMarks, replaceMarks } from './marks-store';
import { rangeOf } from './page-text';

export function MarksExchange({ language }: { language: Language }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('annotations');
  const fileInput = useRef<HTMLInputElement>(null);

  const words = (): ExportWords => ({
    title: t('marks.panel.title'),
    headings: {
      bookmarks: t('marks.panel.bookmarks'),
      highlights: t('marks.panel.highlights'),
      notes: t('marks.panel.notes'),
    },
    categories: Object.fromEntries(
      HIGHLIGHT_CATEGORIES.map((category) => [category, t(`marks.categories.${category}`)]),
    ) as ExportWords['categories'],
    quote: (text) => t('marks.quoted', { text }),
  });

  const exportMarks = async () => {
    const { marks } = currentMarks();
    const text =
      format === 'annotations'
        ? JSON.stringify(toWebAnnotations(marks, t('marks.panel.title')), null, 2)
        : format === 'markdown'
          ? toMarkdown(marks, words())
          : toHtml(marks, words(), language);
    try {
      const outcome = await bridge.exportMarks({ format, language, fileName: t('marks.exchange.fileName'), text });
      // Closing the save dialog is the reader's own choice: nothing to say.
      if (outcome === 'saved') announce(t('marks.exchange.exported', { count: marks.length }));
    } catch (error) {
      console.warn('Marks export failed:', error);
      announce(t('marks.exchange.failed'));
    }
  };

  const importFile = async (file: File) => {
    const imported = parseWebAnnotations(await file.text());
    if ('refused' in imported) {
      announce(t(`marks.exchange.refused.${imported.refused === 'too large' ? 'tooLarge' : 'notAnnotations'}`));
      return;
    }
    const { saved, added } = withImported(currentMarks(), imported.marks);
    replaceMarks(saved);
    // Those of the document shown are placed now; those of other documents are placed when they are opened.
    let unplaced = 0;
    for (const mark of added) {
      if ((await rangeOf(mark.target)) === null) unplaced += 1;
    }
    announce(
      unplaced === 0
        ? t('marks.exchange.imported', { count: added.length })
        : t('marks.exchange.importedUnplaced', { count: added.length, unplaced }),
    );
  };

  return (
    <section className="marks-exchange" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('marks.exchange.heading')}</h3>
      <div className="mark-actions">
        <label htmlFor={`${id}-format`}>{t('marks.exchange.format')}</label>
        <select id={`${id}-format`} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {EXPORT_FORMAT_NAMES.map((key) => (
            <option key={key} value={key}>
              {t(`marks.exchange.formats.${key}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportMarks()}>
          {t('marks.exchange.export')}
        </button>
      </div>
      <p className="mark-actions">
        <label htmlFor={`${id}-import`}>{t('marks.exchange.import')}</label>
        <input
          ref={fileInput}
          id={`${id}-import`}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file).finally(() => fileInput.current && (fileInput.current.value = ''));
          }}
        />
      </p>
      <p id={`${id}-import-hint`}>{t('marks.exchange.importHint')}</p>
    </section>
  );
}
