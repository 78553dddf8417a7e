/** Turns the menu template (`menu/template.ts`) into Electron's application menu, rebuilt only when it changes. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostEvent } from '../../common/bridge';
import type { Language } from '../../common/languages';
import type { Preferences } from '../../common/preferences';
import { applicationMenuTemplate, type MenuAction, type MenuEntry } from '../menu/template';

export interface MenuHandlers {
  sendHostEvent: (event: HostEvent) => void;
  print: () => void;
  savePdf: () => void;
  about: () => void;
}

function run(action: MenuAction, handlers: MenuHandlers): void {
  switch (action.kind) {
    case 'host':
      handlers.sendHostEvent(action.event);
      break;
    case 'print':
      handlers.print();
      break;
    case 'savePdf':
      handlers.savePdf();
      break;
    case 'about':
      handlers.about();
      break;
  }
}

/** One entry as Electron's menu item: the application menu's and the context menu's items run the same way. */
export function toElectron(entry: MenuEntry, handlers: MenuHandlers): MenuItemConstructorOptions {
  switch (entry.type) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return { label: entry.label, submenu: entry.submenu.map((child) => toElectron(child, handlers)) };
    case 'role':
      return { role: entry.role, label: entry.label };
    case 'action':
      return {
        id: entry.id,
        label: entry.label,
        click: () => run(entry.action, handlers),
        ...(entry.accelerator === undefined ? {} : { accelerator: entry.accelerator, registerAccelerator: false }),
      };
    case 'radio':
      return {
        id: entry.id,
        type: 'radio',
        label: entry.label,
        checked: entry.checked,
        click: () => run(entry.action, handlers),
      };
  }
}

/** Keeps the application menu in step with the reader's language and preferences. */
export function createApplicationMenu(handlers: MenuHandlers): (language: Language, preferences: Preferences) => void {
  let shown = '';
  return (language, preferences) => {
    const template = applicationMenuTemplate(language, preferences, { isMac: process.platform === 'darwin' });
    const key = JSON.stringify(template);
    if (key === shown) return;
    shown = key;
    Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((entry) => toElectron(entry, handlers))));
  };
}
