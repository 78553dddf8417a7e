/**
 * The application menu as plain data, built from the reader's language and preferences. Pure, so it is tested
 * under Node in both languages; `main/desktop/application-menu.ts` turns it into an Electron `Menu`.
 */
import type { HostEvent } from '../../common/bridge';
import type { Language } from '../../common/languages';
import { readingPreferences, TEXT_SIZES, THEMES, type Preferences, type Theme } from '../../common/preferences';
import { SHORTCUTS, type Command } from '../../common/shortcuts';
import { formatPercent } from '../../common/format';
import { menuStrings, type MenuStringKey, type MenuStrings } from './strings';

/** What choosing an item does. Host events go to the page, which acts exactly as for the keyboard shortcut. */
export type MenuAction =
  { kind: 'host'; event: HostEvent } | { kind: 'print' } | { kind: 'savePdf' } | { kind: 'about' };

/** Electron's built-in roles the menu uses: editing, quitting, full screen and the macOS app/window items. */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'togglefullscreen'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front';

export type MenuEntry =
  | { type: 'separator' }
  | { type: 'submenu'; label: string; submenu: MenuEntry[] }
  | { type: 'role'; role: MenuRole; label: string }
  /** `accelerator` is only shown: the page handles the keys, so a key press never runs a command twice. */
  | { type: 'action'; id: string; label: string; action: MenuAction; accelerator?: string }
  | { type: 'radio'; id: string; label: string; checked: boolean; action: MenuAction };

interface MenuPlatform {
  isMac: boolean;
}

export const PRODUCT_NAME = 'Lisible';

/** Each language's name in that language, as the language toggle shows it. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: '&English', fr: '&Français' };

const THEME_LABELS: Readonly<Record<Theme, MenuStringKey>> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  'contrast-dark': 'themeContrastDark',
  'contrast-light': 'themeContrastLight',
  custom: 'themeCustom',
};

const SEPARATOR: MenuEntry = { type: 'separator' };

function acceleratorOf(command: Command): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.command === command);
  if (!shortcut) throw new Error(`No shortcut is registered for ${command}`);
  return shortcut.accelerator;
}

/** An item that runs a shortcut command in the page, showing its keys; the context menu's items are built the same way. */
export function commandItem(strings: MenuStrings, command: Command, label: MenuStringKey): MenuEntry {
  return {
    type: 'action',
    id: `command:${command}`,
    label: strings[label],
    action: { kind: 'host', event: { type: 'command', command } },
    accelerator: acceleratorOf(command),
  };
}

export function role(strings: MenuStrings, name: MenuRole, label: MenuStringKey): MenuEntry {
  return { type: 'role', role: name, label: strings[label] };
}

function macAppMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: PRODUCT_NAME,
    submenu: [
      { type: 'action', id: 'about', label: strings.about, action: { kind: 'about' } },
      SEPARATOR,
      role(strings, 'services', 'services'),
      SEPARATOR,
      role(strings, 'hide', 'hideApp'),
      role(strings, 'hideOthers', 'hideOthers'),
      role(strings, 'unhide', 'showAll'),
      SEPARATOR,
      role(strings, 'quit', 'quitApp'),
    ],
  };
}

function fileMenu(strings: MenuStrings, { isMac }: MenuPlatform): MenuEntry {
  // Print runs in main (webContents.print) but shows the registry's accelerator, which the page handles.
  const print: MenuEntry = {
    type: 'action',
    id: 'print',
    label: strings.print,
    action: { kind: 'print' },
    accelerator: acceleratorOf('print'),
  };
  const savePdf: MenuEntry = { type: 'action', id: 'savePdf', label: strings.savePdf, action: { kind: 'savePdf' } };
  // On macOS Quit lives in the app menu.
  const quit: MenuEntry[] = isMac ? [] : [SEPARATOR, role(strings, 'quit', 'quit')];
  return { type: 'submenu', label: strings.fileMenu, submenu: [print, savePdf, ...quit] };
}

function editMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: strings.editMenu,
    submenu: [
      role(strings, 'undo', 'undo'),
      role(strings, 'redo', 'redo'),
      SEPARATOR,
      role(strings, 'cut', 'cut'),
      role(strings, 'copy', 'copy'),
      role(strings, 'paste', 'paste'),
      role(strings, 'selectAll', 'selectAll'),
      SEPARATOR,
      commandItem(strings, 'findInDocument', 'findInDocument'),
    ],
  };
}

function goMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: strings.goMenu,
    submenu: [
      commandItem(strings, 'goBack', 'goBack'),
      commandItem(strings, 'goForward', 'goForward'),
      SEPARATOR,
      commandItem(strings, 'whereAmI', 'whereAmI'),
    ],
  };
}

function marksMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: strings.marksMenu,
    submenu: [
      commandItem(strings, 'addBookmark', 'addBookmark'),
      commandItem(strings, 'highlightSelection', 'highlightSelection'),
      commandItem(strings, 'addNote', 'addNote'),
      SEPARATOR,
      commandItem(strings, 'nextMark', 'nextMark'),
      commandItem(strings, 'previousMark', 'previousMark'),
      SEPARATOR,
      commandItem(strings, 'showMarks', 'showMarks'),
    ],
  };
}

function viewMenu(strings: MenuStrings, language: Language, preferences: Preferences): MenuEntry {
  const { textSize, theme } = readingPreferences(preferences);
  const textSizes: MenuEntry[] = TEXT_SIZES.map((size) => ({
    type: 'radio',
    id: `textSize:${size}`,
    label: formatPercent(size, language),
    checked: size === textSize,
    action: { kind: 'host', event: { type: 'setTextSize', textSize: size } },
  }));
  const themes: MenuEntry[] = THEMES.map((choice) => ({
    type: 'radio',
    id: `theme:${choice}`,
    label: strings[THEME_LABELS[choice]],
    checked: choice === theme,
    action: { kind: 'host', event: { type: 'setTheme', theme: choice } },
  }));
  const languages: MenuEntry[] = (['en', 'fr'] as const).map((choice) => ({
    type: 'radio',
    id: `language:${choice}`,
    label: LANGUAGE_NAMES[choice],
    checked: choice === language,
    action: { kind: 'host', event: { type: 'setLanguage', language: choice } },
  }));
  return {
    type: 'submenu',
    label: strings.viewMenu,
    submenu: [
      commandItem(strings, 'openPreferences', 'readingPreferences'),
      SEPARATOR,
      commandItem(strings, 'textSizeIncrease', 'textSizeIncrease'),
      commandItem(strings, 'textSizeDecrease', 'textSizeDecrease'),
      commandItem(strings, 'textSizeReset', 'textSizeReset'),
      { type: 'submenu', label: strings.textSizeMenu, submenu: textSizes },
      SEPARATOR,
      { type: 'submenu', label: strings.themeMenu, submenu: themes },
      {
        type: 'submenu',
        label: strings.languageMenu,
        submenu: [...languages, SEPARATOR, commandItem(strings, 'switchLanguage', 'switchLanguage')],
      },
      SEPARATOR,
      commandItem(strings, 'focusMode', 'focusMode'),
      role(strings, 'togglefullscreen', 'fullScreen'),
    ],
  };
}

function speechMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: strings.speechMenu,
    submenu: [
      commandItem(strings, 'speechPlayPause', 'speechPlayPause'),
      commandItem(strings, 'speechStop', 'speechStop'),
      SEPARATOR,
      commandItem(strings, 'speechPreviousSentence', 'speechPreviousSentence'),
      commandItem(strings, 'speechNextSentence', 'speechNextSentence'),
      commandItem(strings, 'speechPreviousSection', 'speechPreviousSection'),
      commandItem(strings, 'speechNextSection', 'speechNextSection'),
      commandItem(strings, 'speechSkipList', 'speechSkipList'),
      commandItem(strings, 'speechReadSelection', 'speechReadSelection'),
    ],
  };
}

function macWindowMenu(strings: MenuStrings): MenuEntry {
  return {
    type: 'submenu',
    label: strings.windowMenu,
    submenu: [
      role(strings, 'minimize', 'windowMinimize'),
      role(strings, 'zoom', 'windowZoom'),
      role(strings, 'close', 'windowClose'),
      SEPARATOR,
      role(strings, 'front', 'windowFront'),
    ],
  };
}

function helpMenu(strings: MenuStrings, { isMac }: MenuPlatform): MenuEntry {
  // On macOS About lives in the app menu.
  const about: MenuEntry[] = isMac
    ? []
    : [SEPARATOR, { type: 'action', id: 'about', label: strings.about, action: { kind: 'about' } }];
  return {
    type: 'submenu',
    label: strings.helpMenu,
    submenu: [
      commandItem(strings, 'showShortcuts', 'keyboardShortcuts'),
      commandItem(strings, 'accessibilityReport', 'accessibilityReport'),
      ...about,
    ],
  };
}

/**
 * File (print, save as PDF, quit), Edit (Electron's editing roles, find), View (text size, colours, language,
 * full screen), Go (back, forward, where am I), Read aloud and Help (keyboard shortcuts, accessibility report, about); on macOS also the app and
 * Window menus. Every command of the shortcut registry appears once, with its accelerator. Electron's zoom roles
 * are left out on purpose: their keys (Ctrl+= / - / 0) are the text-size shortcuts, which reflow the text
 * instead of scaling the whole page.
 */
export function applicationMenuTemplate(
  language: Language,
  preferences: Preferences,
  platform: MenuPlatform,
): MenuEntry[] {
  const strings = menuStrings(language);
  return [
    ...(platform.isMac ? [macAppMenu(strings)] : []),
    fileMenu(strings, platform),
    editMenu(strings),
    viewMenu(strings, language, preferences),
    goMenu(strings),
    marksMenu(strings),
    speechMenu(strings),
    ...(platform.isMac ? [macWindowMenu(strings)] : []),
    helpMenu(strings, platform),
  ];
}
