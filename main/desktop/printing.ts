/** File → Print and File → Save as PDF, on the current document with the page's print stylesheet. */
import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../common/languages';
import { formatMenuString, menuStrings } from '../menu/strings';
import { pdfFileName } from '../printing/pdf-file-name';
import { chooseSavePath } from './save-dialog';

export function printDocument(window: BrowserWindow): void {
  window.webContents.print({ silent: false, printBackground: false }, (success, failureReason) => {
    if (!success && failureReason !== 'cancelled') console.warn(`Printing failed: ${failureReason}`);
  });
}

/** Asks where to save, then writes the PDF; a failure is told to the reader, not just logged. */
export async function saveDocumentAsPdf(window: BrowserWindow, language: Language): Promise<void> {
  const strings = menuStrings(language);
  const filePath = await chooseSavePath(window, {
    title: strings.savePdfTitle,
    fileName: pdfFileName(window.getTitle()),
    filters: [{ name: strings.pdfFiles, extensions: ['pdf'] }],
  });
  if (!filePath) return;
  try {
    // The page's @page rules and print stylesheet decide the layout; backgrounds stay off, as on paper.
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: false });
    await writeFile(filePath, pdf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`Could not save ${filePath}: ${reason}`);
    await dialog.showMessageBox(window, {
      type: 'error',
      title: strings.savePdfTitle,
      message: formatMenuString(strings.savePdfFailed, { reason }),
      buttons: [strings.ok],
    });
  }
}
