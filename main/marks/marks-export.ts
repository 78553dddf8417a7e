/**
 * Exported marks saved where the reader chooses: the save dialog offered in their language, named after the
 * export with the format's extension and filter, and the file written atomically, so a crash mid-write leaves
 * whatever was there before, never half an export.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EXPORT_FORMATS, type ExportFormat, type MarksExport } from '../../common/marks-exchange';
import { safeFileName } from '../files/file-name';
import type { SaveDialogRequest } from '../files/save-dialog';
import { menuStrings, type MenuStringKey } from '../menu/strings';

const FILTER_NAMES: Record<ExportFormat, MenuStringKey> = {
  annotations: 'annotationFiles',
  markdown: 'markdownFiles',
  html: 'htmlFiles',
};

/** The dialog for one export: its title, the suggested name and one filter, the export's format. */
export function marksExportDialog({ format, language, fileName }: MarksExport): SaveDialogRequest {
  const strings = menuStrings(language);
  const { extension } = EXPORT_FORMATS[format];
  return {
    title: strings.exportMarksTitle,
    fileName: safeFileName(fileName, extension),
    filters: [{ name: strings[FILTER_NAMES[format]], extensions: [extension] }],
  };
}

/** The path chosen, with the format's extension added when the reader typed a name without any. */
export function exportPath(chosen: string, format: ExportFormat): string {
  return extname(chosen) === '' ? `${chosen}.${EXPORT_FORMATS[format].extension}` : chosen;
}

/** Writes the export whole or not at all. */
export async function writeExportFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}
