/**
 * Shows the context menu (`menu/context-menu.ts`) where the reader right-clicks, or, from the Menu key or
 * Shift+F10 (Electron raises the same event), where the page puts it. Its items run exactly as the application
 * menu's do (`toElectron`): "Read the selection" sends the page the same command as Read aloud → Read the selection.
 */
import { Menu, type BrowserWindow } from 'electron';
import type { Language } from '../../common/languages';
import { contextMenuTemplate } from '../menu/context-menu';
import { toElectron, type MenuHandlers } from './application-menu';

export function offerContextMenu(
  window: BrowserWindow,
  handlers: MenuHandlers,
  options: { kiosk: boolean; language: () => Language },
): void {
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      { selectionText: params.selectionText, isEditable: params.isEditable, linkURL: params.linkURL },
      options.language(),
      { kiosk: options.kiosk },
    );
    if (template.length === 0) return;
    const menu = Menu.buildFromTemplate(template.map((entry) => toElectron(entry, handlers)));
    menu.popup({ window, x: params.x, y: params.y });
  });
}
