/** The file name offered when saving the document as PDF: the document's title, safe on every OS. */
import { safeFileName } from '../files/file-name';

const TITLE_SUFFIX = /\s+—\s+Lisible$/u;

/** "About Us — Lisible" → "About Us.pdf"; a title with nothing usable left → "Lisible.pdf". */
export function pdfFileName(windowTitle: string): string {
  return safeFileName(windowTitle.replace(TITLE_SUFFIX, ''), 'pdf');
}
