/** The system's save dialog, over the reader's window, opening in their documents folder. */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SaveDialogRequest } from '../files/save-dialog';

export async function chooseSavePath(
  window: BrowserWindow | null,
  { title, fileName, filters }: SaveDialogRequest,
): Promise<string | undefined> {
  const options = { title, defaultPath: join(app.getPath('documents'), fileName), filters };
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return canceled || !filePath ? undefined : filePath;
}
