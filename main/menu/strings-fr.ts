/**
 * Libellés français du menu et des boîtes de dialogue de main : les mêmes clés que `strings-en.ts` (le type
 * l’exige), en français canadien, avec espace insécable avant « : » et espace fine insécable avant « ; ! ? ».
 */
import type { MenuStrings } from './strings-en';

export const FR_MENU_STRINGS: MenuStrings = {
  fileMenu: '&Fichier',
  print: '&Imprimer…',
  savePdf: '&Enregistrer en PDF…',
  quit: '&Quitter',

  editMenu: 'É&dition',
  undo: '&Annuler',
  redo: '&Rétablir',
  cut: '&Couper',
  copy: 'Co&pier',
  paste: 'C&oller',
  selectAll: '&Tout sélectionner',
  findInDocument: 'Rec&hercher dans le document…',

  goMenu: 'All&er',
  goBack: '&Précédent',
  goForward: '&Suivant',
  whereAmI: '&Où suis-je\u202f?',

  viewMenu: '&Affichage',
  readingPreferences: '&Préférences de lecture…',
  textSizeIncrease: 'Texte plus &grand',
  textSizeDecrease: 'Texte plus p&etit',
  textSizeReset: '&Rétablir la taille du texte',
  textSizeMenu: '&Taille du texte',
  themeMenu: '&Couleurs',
  themeSystem: '&Comme mon système',
  themeLight: 'C&lair',
  themeDark: '&Sombre',
  themeContrastDark: 'Contraste élevé, texte clair sur fond &noir',
  themeContrastLight: 'Contraste élevé, texte noir sur fond &blanc',
  languageMenu: '&Langue',
  switchLanguage: '&Changer de langue',
  fullScreen: 'Plei&n écran',

  speechMenu: '&Lecture à voix haute',
  speechPlayPause: '&Lire ou mettre en pause',
  speechStop: '&Arrêter',
  speechPreviousSentence: 'Phrase &précédente',
  speechNextSentence: 'Phrase &suivante',
  speechPreviousSection: 'Section p&récédente',
  speechNextSection: 'Section s&uivante',

  windowMenu: 'Fenê&tre',
  windowMinimize: 'Placer dans le Dock',
  windowZoom: 'Réduire/agrandir',
  windowClose: 'Fermer la fenêtre',
  windowFront: 'Tout ramener au premier plan',

  helpMenu: 'A&ide',
  keyboardShortcuts: '&Raccourcis clavier',
  accessibilityReport: 'Rapport d’a&ccessibilité',
  about: 'À &propos de Lisible',

  services: 'Services',
  hideApp: 'Masquer Lisible',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher',
  quitApp: 'Quitter Lisible',

  aboutVersion: 'Version {version}',
  aboutDescription: 'Un lecteur bilingue accessible pour le contenu «\u202fÀ propos de nous\u202f» de Santé Ontario.',
  ok: 'OK',
  savePdfTitle: 'Enregistrer en PDF',
  pdfFiles: 'Documents PDF',
  savePdfFailed: 'Le PDF n’a pas pu être enregistré\u00a0: {reason}',
};
