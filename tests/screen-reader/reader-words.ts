/**
 * What a listener hears of the reader, in each language: the one place that describes the page's title, its
 * headings and the header's commands as Orca names them. When the header changes form (commands folded into a
 * panel, the table of contents as a disclosure), this file changes and the scenarios follow.
 */
import type { Language } from '../../common/languages';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];
export const OTHER: Record<Language, Language> = { en: 'fr', fr: 'en' };

export const TITLE: Record<Language, string> = { en: 'About Us', fr: 'À propos de nous' };

/** The first two section headings of the document, in reading order (and so the first two table of contents links). */
export const FIRST_SECTIONS: Record<Language, readonly [string, string]> = {
  en: [
    'Our Purpose: Connecting, coordinating and modernizing our health care system',
    'Our Goal: Delivering world-class health care services',
  ],
  fr: ['Création de liens visant à améliorer les soins de santé', 'Éléments guidant notre travail'],
};

/** The table of contents, a navigation landmark named after its heading. */
export const CONTENTS: Record<Language, string> = { en: 'On this page', fr: 'Sur cette page' };

/** The footer begins with the date of the last update. */
export const UPDATED: Record<Language, RegExp> = { en: /^Last updated:/, fr: /^Dernière mise à jour\s:/ };

export const SKIP_LINK: Record<Language, string> = { en: 'Skip to main content', fr: 'Passer au contenu principal' };

/** A command: its accessible name and the role Orca speaks after it. */
export interface Command {
  name: string;
  role: 'push button' | 'link';
  /** The language of its name, when it is not the page's (the language toggle names the other language). */
  lang?: Language;
}

const button = (name: string, lang?: Language): Command => ({ name, role: 'push button', ...(lang ? { lang } : {}) });

/** The header's commands in Tab order, after the skip link; the last one opens the folded commands. */
export const HEADER_COMMANDS: Record<Language, readonly Command[]> = {
  en: [button('Read aloud'), button('Français', 'fr'), button('Tools')],
  fr: [button('Lire à voix haute'), button('English', 'en'), button('Outils')],
};

/** The disclosure that holds the header's folded commands. */
export const TOOLS: Record<Language, string> = { en: 'Tools', fr: 'Outils' };

/** The folded commands, in Tab order once the Tools panel is open. */
export const TOOLS_COMMANDS: Record<Language, readonly Command[]> = {
  en: [
    button('Smaller'),
    button('Larger'),
    button('Reset'),
    button('Reading preferences'),
    button('Focus mode'),
    button('Keyboard shortcuts'),
    button('Bookmark'),
    button('Highlight'),
    button('Note'),
    button('All marks'),
    button('Back'),
    button('Forward'),
    button('Find'),
  ],
  fr: [
    button('Plus petit'),
    button('Plus grand'),
    button('Rétablir'),
    button('Préférences de lecture'),
    button('Mode concentration'),
    button('Raccourcis clavier'),
    button('Signet'),
    button('Surligner'),
    button('Note'),
    button('Toutes les annotations'),
    button('Précédent'),
    button('Suivant'),
    button('Rechercher'),
  ],
};

/** The command that opens the reading preferences, and the dialog's name. */
export const PREFERENCES: Record<Language, string> = { en: 'Reading preferences', fr: 'Préférences de lecture' };
/** The language toggle: it names the other language, in that language. */
export const LANGUAGE_TOGGLE: Record<Language, string> = { en: 'Français', fr: 'English' };

/** Live messages. */
export const SWITCHED: Record<Language, string> = {
  en: 'Showing the English version.',
  fr: 'Version française affichée.',
};
/** The colours that follow the system's, first of their group. */
export const THEME_LIGHT: Record<Language, RegExp> = { en: /^Colours\s?: Light/, fr: /^Couleurs\s?: Clair/ };
export const TEXT_SIZE_100: Record<Language, RegExp> = {
  en: /^Text size:? 100\s?%/,
  fr: /^Taille du texte\s?: 100\s?%/,
};
export const TEXT_SIZE_125: Record<Language, RegExp> = {
  en: /^Text size:? 125\s?%/,
  fr: /^Taille du texte\s?: 125\s?%/,
};

/** The kiosk's idle warning: its title and the start of its explanation (before any punctuation), its one action. */
export const IDLE_WARNING: Record<Language, { title: string; body: string; keepReading: string }> = {
  en: { title: 'Are you still reading', body: 'To protect your privacy', keepReading: 'Keep reading' },
  fr: { title: 'Lisez-vous toujours', body: 'Pour protéger votre vie privée', keepReading: 'Continuer la lecture' },
};

/** A pattern that matches `text` as written. */
export function literal(text: string, flags = ''): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
}
