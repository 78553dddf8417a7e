/** Help → About: a native dialog in the reader's language (Electron's own About panel is English only). */
import { app, dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../common/languages';
import { formatMenuString, menuStrings, withoutAccessKey } from '../menu/strings';
import { PRODUCT_NAME } from '../menu/template';

export async function showAbout(window: BrowserWindow, language: Language): Promise<void> {
  const strings = menuStrings(language);
  await dialog.showMessageBox(window, {
    type: 'info',
    title: withoutAccessKey(strings.about),
    message: PRODUCT_NAME,
    detail: `${formatMenuString(strings.aboutVersion, { version: app.getVersion() })}\n\n${strings.aboutDescription}`,
    buttons: [strings.ok],
  });
}
