/**
 * Exported marks saved as the browser saves any file: a download of a Blob URL, released once the download has
 * begun. Loaded with the first export, not with the first screen.
 */
import { EXPORT_FORMATS, type MarksExport } from '../../../common/marks-exchange';

export function downloadExport({ format, fileName, text }: MarksExport): 'saved' {
  const { extension, mediaType } = EXPORT_FORMATS[format];
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.${extension}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return 'saved';
}
