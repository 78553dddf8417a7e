/**
 * English labels for the desktop menu and the dialogs main shows. `&` marks the access key (Alt+letter on
 * Windows and Linux; macOS drops it); `{name}` is filled in by `formatMenuString`.
 */
export const EN_MENU_STRINGS = {
  fileMenu: '&File',
  print: '&Print…',
  savePdf: 'Save as P&DF…',
  quit: '&Quit',

  editMenu: '&Edit',
  undo: '&Undo',
  redo: '&Redo',
  cut: 'Cu&t',
  copy: '&Copy',
  paste: '&Paste',
  selectAll: 'Select &All',
  findInDocument: '&Find in document…',

  goMenu: '&Go',
  goBack: '&Back',
  goForward: '&Forward',
  whereAmI: '&Where am I?',

  viewMenu: '&View',
  readingPreferences: 'Reading &preferences…',
  textSizeIncrease: '&Larger text',
  textSizeDecrease: '&Smaller text',
  textSizeReset: '&Reset text size',
  textSizeMenu: 'Text si&ze',
  themeMenu: '&Colours',
  themeSystem: '&Same as my system',
  themeLight: '&Light',
  themeDark: '&Dark',
  themeContrastDark: 'High contrast, light text on &black',
  themeContrastLight: 'High contrast, black text on &white',
  languageMenu: 'Lan&guage',
  switchLanguage: '&Switch language',
  fullScreen: '&Full screen',

  speechMenu: '&Read aloud',
  speechPlayPause: '&Play or pause',
  speechStop: '&Stop',
  speechPreviousSentence: 'P&revious sentence',
  speechNextSentence: '&Next sentence',
  speechPreviousSection: 'Previous s&ection',
  speechNextSection: 'Next se&ction',

  windowMenu: '&Window',
  windowMinimize: 'Minimize',
  windowZoom: 'Zoom',
  windowClose: 'Close Window',
  windowFront: 'Bring All to Front',

  helpMenu: '&Help',
  keyboardShortcuts: '&Keyboard shortcuts',
  accessibilityReport: 'Accessibility &report',
  about: '&About Lisible',

  services: 'Services',
  hideApp: 'Hide Lisible',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quitApp: 'Quit Lisible',

  aboutVersion: 'Version {version}',
  aboutDescription: 'An accessible bilingual reader for Ontario Health’s “About us” content.',
  ok: 'OK',
  savePdfTitle: 'Save as PDF',
  pdfFiles: 'PDF documents',
  savePdfFailed: 'The PDF could not be saved: {reason}',
} as const;

export type MenuStringKey = keyof typeof EN_MENU_STRINGS;
export type MenuStrings = Readonly<Record<MenuStringKey, string>>;
