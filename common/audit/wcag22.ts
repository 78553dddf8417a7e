/**
 * The 86 success criteria of WCAG 2.2 (4.1.1 Parsing is obsolete and left out), with their level and their
 * titles in English and in the W3C's authorized French wording, for the per-criterion matrix.
 */
import type { Language } from '../languages';

export type WcagLevel = 'A' | 'AA' | 'AAA';

export interface Criterion {
  id: string;
  level: WcagLevel;
  title: Record<Language, string>;
}

const c = (id: string, level: WcagLevel, en: string, fr: string): Criterion => ({ id, level, title: { en, fr } });

export const WCAG22_CRITERIA: readonly Criterion[] = [
  c('1.1.1', 'A', 'Non-text Content', 'Contenu non textuel'),
  c('1.2.1', 'A', 'Audio-only and Video-only (Prerecorded)', 'Contenu seulement audio ou vidéo (pré-enregistré)'),
  c('1.2.2', 'A', 'Captions (Prerecorded)', 'Sous-titres (pré-enregistrés)'),
  c(
    '1.2.3',
    'A',
    'Audio Description or Media Alternative (Prerecorded)',
    'Audiodescription ou version de remplacement pour un média temporel (pré-enregistré)',
  ),
  c('1.2.4', 'AA', 'Captions (Live)', 'Sous-titres (en direct)'),
  c('1.2.5', 'AA', 'Audio Description (Prerecorded)', 'Audiodescription (pré-enregistrée)'),
  c('1.2.6', 'AAA', 'Sign Language (Prerecorded)', 'Langue des signes (pré-enregistrée)'),
  c('1.2.7', 'AAA', 'Extended Audio Description (Prerecorded)', 'Audiodescription étendue (pré-enregistrée)'),
  c(
    '1.2.8',
    'AAA',
    'Media Alternative (Prerecorded)',
    'Version de remplacement pour un média temporel (pré-enregistré)',
  ),
  c('1.2.9', 'AAA', 'Audio-only (Live)', 'Seulement audio (en direct)'),
  c('1.3.1', 'A', 'Info and Relationships', 'Information et relations'),
  c('1.3.2', 'A', 'Meaningful Sequence', 'Ordre séquentiel logique'),
  c('1.3.3', 'A', 'Sensory Characteristics', 'Caractéristiques sensorielles'),
  c('1.3.4', 'AA', 'Orientation', 'Orientation'),
  c('1.3.5', 'AA', 'Identify Input Purpose', 'Identifier la finalité des champs'),
  c('1.3.6', 'AAA', 'Identify Purpose', 'Identifier la finalité'),
  c('1.4.1', 'A', 'Use of Color', 'Utilisation de la couleur'),
  c('1.4.2', 'A', 'Audio Control', 'Contrôle du son'),
  c('1.4.3', 'AA', 'Contrast (Minimum)', 'Contraste (minimum)'),
  c('1.4.4', 'AA', 'Resize Text', 'Redimensionnement du texte'),
  c('1.4.5', 'AA', 'Images of Text', 'Texte sous forme d’image'),
  c('1.4.6', 'AAA', 'Contrast (Enhanced)', 'Contraste (amélioré)'),
  c('1.4.7', 'AAA', 'Low or No Background Audio', 'Arrière-plan sonore de faible volume ou absent'),
  c('1.4.8', 'AAA', 'Visual Presentation', 'Présentation visuelle'),
  c('1.4.9', 'AAA', 'Images of Text (No Exception)', 'Texte sous forme d’image (sans exception)'),
  c('1.4.10', 'AA', 'Reflow', 'Redistribution'),
  c('1.4.11', 'AA', 'Non-text Contrast', 'Contraste du contenu non textuel'),
  c('1.4.12', 'AA', 'Text Spacing', 'Espacement du texte'),
  c('1.4.13', 'AA', 'Content on Hover or Focus', 'Contenu au survol ou au focus'),
  c('2.1.1', 'A', 'Keyboard', 'Clavier'),
  c('2.1.2', 'A', 'No Keyboard Trap', 'Pas de piège au clavier'),
  c('2.1.3', 'AAA', 'Keyboard (No Exception)', 'Clavier (pas d’exception)'),
  c('2.1.4', 'A', 'Character Key Shortcuts', 'Raccourcis clavier utilisant des caractères'),
  c('2.2.1', 'A', 'Timing Adjustable', 'Réglage du délai'),
  c('2.2.2', 'A', 'Pause, Stop, Hide', 'Mettre en pause, arrêter, masquer'),
  c('2.2.3', 'AAA', 'No Timing', 'Pas de délai d’exécution'),
  c('2.2.4', 'AAA', 'Interruptions', 'Interruptions'),
  c('2.2.5', 'AAA', 'Re-authenticating', 'Nouvelle authentification'),
  c('2.2.6', 'AAA', 'Timeouts', 'Délais d’expiration'),
  c('2.3.1', 'A', 'Three Flashes or Below Threshold', 'Pas plus de trois flashs ou sous le seuil critique'),
  c('2.3.2', 'AAA', 'Three Flashes', 'Trois flashs'),
  c('2.3.3', 'AAA', 'Animation from Interactions', 'Animation résultant d’interactions'),
  c('2.4.1', 'A', 'Bypass Blocks', 'Contourner des blocs'),
  c('2.4.2', 'A', 'Page Titled', 'Titre de page'),
  c('2.4.3', 'A', 'Focus Order', 'Parcours du focus'),
  c('2.4.4', 'A', 'Link Purpose (In Context)', 'Fonction du lien (selon le contexte)'),
  c('2.4.5', 'AA', 'Multiple Ways', 'Accès multiples'),
  c('2.4.6', 'AA', 'Headings and Labels', 'En-têtes et étiquettes'),
  c('2.4.7', 'AA', 'Focus Visible', 'Visibilité du focus'),
  c('2.4.8', 'AAA', 'Location', 'Localisation'),
  c('2.4.9', 'AAA', 'Link Purpose (Link Only)', 'Fonction du lien (lien uniquement)'),
  c('2.4.10', 'AAA', 'Section Headings', 'En-têtes de section'),
  c('2.4.11', 'AA', 'Focus Not Obscured (Minimum)', 'Focus non masqué (minimum)'),
  c('2.4.12', 'AAA', 'Focus Not Obscured (Enhanced)', 'Focus non masqué (amélioré)'),
  c('2.4.13', 'AAA', 'Focus Appearance', 'Apparence du focus'),
  c('2.5.1', 'A', 'Pointer Gestures', 'Gestes de pointeur'),
  c('2.5.2', 'A', 'Pointer Cancellation', 'Annulation de l’action du pointeur'),
  c('2.5.3', 'A', 'Label in Name', 'Étiquette dans le nom'),
  c('2.5.4', 'A', 'Motion Actuation', 'Activation par le mouvement'),
  c('2.5.5', 'AAA', 'Target Size (Enhanced)', 'Taille de la cible (améliorée)'),
  c('2.5.6', 'AAA', 'Concurrent Input Mechanisms', 'Mécanismes d’entrée simultanés'),
  c('2.5.7', 'AA', 'Dragging Movements', 'Mouvements de glissement'),
  c('2.5.8', 'AA', 'Target Size (Minimum)', 'Taille de la cible (minimum)'),
  c('3.1.1', 'A', 'Language of Page', 'Langue de la page'),
  c('3.1.2', 'AA', 'Language of Parts', 'Langue d’un passage'),
  c('3.1.3', 'AAA', 'Unusual Words', 'Mots rares'),
  c('3.1.4', 'AAA', 'Abbreviations', 'Abréviations'),
  c('3.1.5', 'AAA', 'Reading Level', 'Niveau de lecture'),
  c('3.1.6', 'AAA', 'Pronunciation', 'Prononciation'),
  c('3.2.1', 'A', 'On Focus', 'Au focus'),
  c('3.2.2', 'A', 'On Input', 'À la saisie'),
  c('3.2.3', 'AA', 'Consistent Navigation', 'Navigation cohérente'),
  c('3.2.4', 'AA', 'Consistent Identification', 'Identification cohérente'),
  c('3.2.5', 'AAA', 'Change on Request', 'Changement à la demande'),
  c('3.2.6', 'A', 'Consistent Help', 'Aide cohérente'),
  c('3.3.1', 'A', 'Error Identification', 'Identification des erreurs'),
  c('3.3.2', 'A', 'Labels or Instructions', 'Étiquettes ou instructions'),
  c('3.3.3', 'AA', 'Error Suggestion', 'Suggestion après une erreur'),
  c(
    '3.3.4',
    'AA',
    'Error Prevention (Legal, Financial, Data)',
    'Prévention des erreurs (juridiques, financières, de données)',
  ),
  c('3.3.5', 'AAA', 'Help', 'Aide'),
  c('3.3.6', 'AAA', 'Error Prevention (All)', 'Prévention des erreurs (toutes)'),
  c('3.3.7', 'A', 'Redundant Entry', 'Saisie redondante'),
  c('3.3.8', 'AA', 'Accessible Authentication (Minimum)', 'Authentification accessible (minimum)'),
  c('3.3.9', 'AAA', 'Accessible Authentication (Enhanced)', 'Authentification accessible (améliorée)'),
  c('4.1.2', 'A', 'Name, Role, Value', 'Nom, rôle et valeur'),
  c('4.1.3', 'AA', 'Status Messages', 'Messages d’état'),
];

const BY_ID = new Map(WCAG22_CRITERIA.map((criterion) => [criterion.id, criterion]));

export function criterion(id: string): Criterion | undefined {
  return BY_ID.get(id);
}

/**
 * The success criteria an axe-core rule's tags name: `wcag1410` is 1.4.10. Level tags (`wcag2aa`) and
 * criteria outside WCAG 2.2 (4.1.1) are left out.
 */
export function criteriaFromTags(tags: readonly string[]): string[] {
  const ids = tags.flatMap((tag) => {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
  return [...new Set(ids)].filter((id) => BY_ID.has(id));
}

/** The criterion's section in the WCAG 2.2 Recommendation, whose anchors are its English title in lower case. */
export function criterionUrl(id: string): string {
  const title = BY_ID.get(id)?.title.en ?? id;
  const anchor = title.toLowerCase().replace(/[(),]/g, '').replace(/\s+/g, '-');
  return `https://www.w3.org/TR/WCAG22/#${anchor}`;
}

/** Sorts "1.4.10" after "1.4.9". */
export function compareCriteria(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (pa[index] ?? 0) - (pb[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
