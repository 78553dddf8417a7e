/**
 * The standards an Accessibility Conformance Report covers, in the VPAT 2.5 International Edition's order:
 * WCAG 2.2 (levels A, AA, AAA), the Revised Section 508 chapters that apply to software (3, 5, 6) and EN 301 549
 * V3.2.1 chapters 4, 5, 11 and 12. Chapter ids, criterion numbers and English handles follow OpenACR's catalogue
 * `catalog/2.5-edition-wcag-2.2-508-eu-en.yaml` (GSA/openacr, CC0); the French handles are ours.
 *
 * Left out on purpose: 4.1.1 Parsing (obsolete in WCAG 2.2), 508 chapter 4 and EN chapters 6 to 10 and 13
 * (hardware, two-way voice, video, web and documents as separate products, relay services), and headings that
 * carry no requirement of their own (5.1, 5.1.3…). EN 11.1 to 11.4 and 508 501.1 repeat WCAG: the chapter notes
 * refer to the WCAG tables, as the VPAT does.
 */
import type { Language } from '../languages';
import { WCAG22_CRITERIA, type WcagLevel } from './wcag22';

export const STANDARDS = ['wcag', 'section508', 'en301549'] as const;
export type Standard = (typeof STANDARDS)[number];

export interface ReportCriterion {
  /** The criterion's number as the standard writes it: `1.4.3`, `503.2`, `5.1.3.4`. */
  id: string;
  handle: Record<Language, string>;
  /** WCAG's level; other standards have none. */
  level?: WcagLevel;
}

export interface ReportChapter {
  /** OpenACR's chapter id. */
  id: string;
  standard: Standard;
  title: Record<Language, string>;
  criteria: readonly ReportCriterion[];
  /** What the VPAT says once for the whole table: which rows repeat WCAG, say. */
  note?: Record<Language, string>;
}

type Row = readonly [id: string, en: string, fr: string];
const rows = (entries: readonly Row[]): ReportCriterion[] =>
  entries.map(([id, en, fr]) => ({ id, handle: { en, fr } }));

const wcagLevel = (level: WcagLevel): ReportCriterion[] =>
  WCAG22_CRITERIA.filter((criterion) => criterion.level === level).map(({ id, level: criterionLevel, title }) => ({
    id,
    handle: title,
    level: criterionLevel,
  }));

const SEE_WCAG = {
  en: 'Criteria that apply WCAG 2.2 to software are reported in the WCAG 2.2 tables above.',
  fr: 'Les critères qui appliquent les WCAG 2.2 aux logiciels figurent dans les tableaux WCAG 2.2 ci-dessus.',
};

export const REPORT_CHAPTERS: readonly ReportChapter[] = [
  {
    id: 'success_criteria_level_a',
    standard: 'wcag',
    title: { en: 'Table 1: Success Criteria, Level A', fr: 'Tableau 1\u00a0: critères de succès, niveau A' },
    criteria: wcagLevel('A'),
    note: {
      en: '4.1.1 Parsing is obsolete in WCAG 2.2 and is not reported.',
      fr: 'Le critère 4.1.1 Analyse syntaxique est obsolète dans les WCAG 2.2\u00a0; il ne figure pas au rapport.',
    },
  },
  {
    id: 'success_criteria_level_aa',
    standard: 'wcag',
    title: { en: 'Table 2: Success Criteria, Level AA', fr: 'Tableau 2\u00a0: critères de succès, niveau AA' },
    criteria: wcagLevel('AA'),
  },
  {
    id: 'success_criteria_level_aaa',
    standard: 'wcag',
    title: { en: 'Table 3: Success Criteria, Level AAA', fr: 'Tableau 3\u00a0: critères de succès, niveau AAA' },
    criteria: wcagLevel('AAA'),
  },
  {
    id: 'functional_performance_criteria',
    standard: 'section508',
    title: {
      en: 'Chapter 3: Functional Performance Criteria (FPC)',
      fr: 'Chapitre 3\u00a0: critères de performance fonctionnelle',
    },
    criteria: rows([
      ['302.1', 'Without Vision', 'Sans vision'],
      ['302.2', 'With Limited Vision', 'Avec une vision limitée'],
      ['302.3', 'Without Perception of Color', 'Sans perception des couleurs'],
      ['302.4', 'Without Hearing', 'Sans audition'],
      ['302.5', 'With Limited Hearing', 'Avec une audition limitée'],
      ['302.6', 'Without Speech', 'Sans parole'],
      ['302.7', 'With Limited Manipulation', 'Avec une capacité de manipulation limitée'],
      ['302.8', 'With Limited Reach and Strength', 'Avec une portée et une force limitées'],
      [
        '302.9',
        'With Limited Language, Cognitive, and Learning Abilities',
        'Avec des capacités langagières, cognitives et d’apprentissage limitées',
      ],
    ]),
  },
  {
    id: 'software',
    standard: 'section508',
    title: { en: 'Chapter 5: Software', fr: 'Chapitre 5\u00a0: logiciels' },
    note: SEE_WCAG,
    criteria: rows([
      ['502.2.1', 'User Control of Accessibility Features', 'Contrôle des fonctions d’accessibilité par l’utilisateur'],
      ['502.2.2', 'No Disruption of Accessibility Features', 'Aucune perturbation des fonctions d’accessibilité'],
      ['502.3.1', 'Object Information', 'Information sur les objets'],
      ['502.3.2', 'Modification of Object Information', 'Modification de l’information sur les objets'],
      ['502.3.3', 'Row, Column, and Headers', 'Lignes, colonnes et en-têtes'],
      ['502.3.4', 'Values', 'Valeurs'],
      ['502.3.5', 'Modification of Values', 'Modification des valeurs'],
      ['502.3.6', 'Label Relationships', 'Relations des étiquettes'],
      ['502.3.7', 'Hierarchical Relationships', 'Relations hiérarchiques'],
      ['502.3.8', 'Text', 'Texte'],
      ['502.3.9', 'Modification of Text', 'Modification du texte'],
      ['502.3.10', 'List of Actions', 'Liste des actions'],
      ['502.3.11', 'Actions on Objects', 'Actions sur les objets'],
      ['502.3.12', 'Focus Cursor', 'Curseur de focus'],
      ['502.3.13', 'Modification of Focus Cursor', 'Modification du curseur de focus'],
      ['502.3.14', 'Event Notification', 'Notification des événements'],
      ['502.4', 'Platform Accessibility Features', 'Fonctions d’accessibilité de la plateforme'],
      ['503.2', 'User Preferences', 'Préférences de l’utilisateur'],
      ['503.3', 'Alternative User Interfaces', 'Interfaces utilisateur de remplacement'],
      ['503.4.1', 'Caption Controls', 'Commandes des sous-titres'],
      ['503.4.2', 'Audio Description Controls', 'Commandes de l’audiodescription'],
      ['504.2', 'Content Creation or Editing', 'Création ou modification de contenu'],
      [
        '504.2.1',
        'Preservation of Information Provided for Accessibility in Format Conversion',
        'Conservation de l’information d’accessibilité lors d’une conversion de format',
      ],
      ['504.2.2', 'PDF Export', 'Exportation en PDF'],
      ['504.3', 'Prompts', 'Invites'],
      ['504.4', 'Templates', 'Gabarits'],
    ]),
  },
  {
    id: 'support_documentation_and_services',
    standard: 'section508',
    title: {
      en: 'Chapter 6: Support Documentation and Services',
      fr: 'Chapitre 6\u00a0: documentation et services de soutien',
    },
    criteria: rows([
      ['602.2', 'Accessibility and Compatibility Features', 'Fonctions d’accessibilité et de compatibilité'],
      ['602.3', 'Electronic Support Documentation', 'Documentation de soutien électronique'],
      [
        '602.4',
        'Alternate Formats for Non-Electronic Support Documentation',
        'Formats de remplacement de la documentation de soutien non électronique',
      ],
      [
        '603.2',
        'Information on Accessibility and Compatibility Features',
        'Information sur les fonctions d’accessibilité et de compatibilité',
      ],
      ['603.3', 'Accommodation of Communication Needs', 'Prise en compte des besoins de communication'],
    ]),
  },
  {
    id: 'en_301_549_functional_performance',
    standard: 'en301549',
    title: {
      en: 'Chapter 4: Functional Performance Statements',
      fr: 'Chapitre 4\u00a0: déclarations de performance fonctionnelle',
    },
    criteria: rows([
      ['4.2.1', 'Usage without vision', 'Utilisation sans la vue'],
      ['4.2.2', 'Usage with limited vision', 'Utilisation avec une vision limitée'],
      ['4.2.3', 'Usage without perception of colour', 'Utilisation sans perception des couleurs'],
      ['4.2.4', 'Usage without hearing', 'Utilisation sans l’ouïe'],
      ['4.2.5', 'Usage with limited hearing', 'Utilisation avec une audition limitée'],
      [
        '4.2.6',
        'Usage with no or limited vocal capability',
        'Utilisation sans capacité vocale ou avec une capacité vocale limitée',
      ],
      [
        '4.2.7',
        'Usage with limited manipulation or strength',
        'Utilisation avec une capacité de manipulation ou une force limitée',
      ],
      ['4.2.8', 'Usage with limited reach', 'Utilisation avec une portée limitée'],
      ['4.2.9', 'Minimize photosensitive seizure triggers', 'Réduction des déclencheurs de crises photosensibles'],
      [
        '4.2.10',
        'Usage with limited cognition, language or learning',
        'Utilisation avec des capacités cognitives, langagières ou d’apprentissage limitées',
      ],
      ['4.2.11', 'Privacy', 'Confidentialité'],
    ]),
  },
  {
    id: 'en_301_549_generic_requirements',
    standard: 'en301549',
    title: { en: 'Chapter 5: Generic Requirements', fr: 'Chapitre 5\u00a0: exigences génériques' },
    criteria: rows([
      ['5.1.2.1', 'Closed functionality', 'Fonctionnalité fermée'],
      ['5.1.2.2', 'Assistive technology', 'Technologies d’assistance'],
      ['5.1.3.1', 'Audio output of visual information', 'Sortie audio de l’information visuelle'],
      ['5.1.3.2', 'Auditory output delivery including speech', 'Diffusion de la sortie auditive, y compris la parole'],
      ['5.1.3.3', 'Auditory output correlation', 'Correspondance de la sortie auditive'],
      ['5.1.3.4', 'Speech output user control', 'Contrôle de la sortie vocale par l’utilisateur'],
      ['5.1.3.5', 'Speech output automatic interruption', 'Interruption automatique de la sortie vocale'],
      ['5.1.3.6', 'Speech output for non-text content', 'Sortie vocale du contenu non textuel'],
      ['5.1.3.7', 'Speech output for video information', 'Sortie vocale de l’information vidéo'],
      ['5.1.3.8', 'Masked entry', 'Saisie masquée'],
      ['5.1.3.9', 'Private access to personal data', 'Accès privé aux données personnelles'],
      ['5.1.3.10', 'Non-interfering audio output', 'Sortie audio sans interférence'],
      ['5.1.3.11', 'Private listening volume', 'Volume d’écoute privée'],
      ['5.1.3.12', 'Speaker volume', 'Volume du haut-parleur'],
      ['5.1.3.13', 'Volume reset', 'Réinitialisation du volume'],
      ['5.1.3.14', 'Spoken languages', 'Langues parlées'],
      ['5.1.3.15', 'Non-visual error identification', 'Identification non visuelle des erreurs'],
      ['5.1.3.16', 'Receipts, tickets, and transactional outputs', 'Reçus, billets et sorties transactionnelles'],
      ['5.1.4', 'Functionality closed to text enlargement', 'Fonctionnalité fermée à l’agrandissement du texte'],
      ['5.1.5', 'Visual output for auditory information', 'Sortie visuelle de l’information auditive'],
      [
        '5.1.6.1',
        'Operation without keyboard interface: closed functionality',
        'Utilisation sans interface clavier\u00a0: fonctionnalité fermée',
      ],
      ['5.1.6.2', 'Input focus', 'Focus de saisie'],
      ['5.1.7', 'Access without speech', 'Accès sans la parole'],
      ['5.2', 'Activation of accessibility features', 'Activation des fonctions d’accessibilité'],
      ['5.3', 'Biometrics', 'Biométrie'],
      [
        '5.4',
        'Preservation of accessibility information during conversion',
        'Conservation de l’information d’accessibilité lors de la conversion',
      ],
      ['5.5.1', 'Means of operation', 'Moyens de manœuvre'],
      ['5.5.2', 'Operable parts discernibility', 'Discernabilité des pièces manœuvrables'],
      ['5.6.1', 'Tactile or auditory status', 'État tactile ou auditif'],
      ['5.6.2', 'Visual status', 'État visuel'],
      ['5.7', 'Key repeat', 'Répétition des touches'],
      ['5.8', 'Double-strike key acceptance', 'Acceptation de la double frappe'],
      ['5.9', 'Simultaneous user actions', 'Actions simultanées de l’utilisateur'],
    ]),
  },
  {
    id: 'en_301_549_software',
    standard: 'en301549',
    title: { en: 'Chapter 11: Software', fr: 'Chapitre 11\u00a0: logiciels' },
    note: SEE_WCAG,
    criteria: rows([
      [
        '11.5.2.1',
        'Platform accessibility service support for software that provides a user interface',
        'Prise en charge des services d’accessibilité de la plateforme par les logiciels dotés d’une interface utilisateur',
      ],
      [
        '11.5.2.2',
        'Platform accessibility service support for assistive technologies',
        'Prise en charge des services d’accessibilité de la plateforme pour les technologies d’assistance',
      ],
      ['11.5.2.3', 'Use of accessibility services', 'Utilisation des services d’accessibilité'],
      ['11.5.2.4', 'Assistive technology', 'Technologies d’assistance'],
      ['11.5.2.5', 'Object information', 'Information sur les objets'],
      ['11.5.2.6', 'Row, column, and headers', 'Lignes, colonnes et en-têtes'],
      ['11.5.2.7', 'Values', 'Valeurs'],
      ['11.5.2.8', 'Label relationships', 'Relations des étiquettes'],
      ['11.5.2.9', 'Parent-child relationships', 'Relations parent-enfant'],
      ['11.5.2.10', 'Text', 'Texte'],
      ['11.5.2.11', 'List of available actions', 'Liste des actions disponibles'],
      ['11.5.2.12', 'Execution of available actions', 'Exécution des actions disponibles'],
      ['11.5.2.13', 'Tracking of focus and selection attributes', 'Suivi des attributs de focus et de sélection'],
      [
        '11.5.2.14',
        'Modification of focus and selection attributes',
        'Modification des attributs de focus et de sélection',
      ],
      ['11.5.2.15', 'Change notification', 'Notification des changements'],
      ['11.5.2.16', 'Modifications of states and properties', 'Modification des états et des propriétés'],
      ['11.5.2.17', 'Modifications of values and text', 'Modification des valeurs et du texte'],
      ['11.6.1', 'User control of accessibility features', 'Contrôle des fonctions d’accessibilité par l’utilisateur'],
      ['11.6.2', 'No disruption of accessibility features', 'Aucune perturbation des fonctions d’accessibilité'],
      ['11.7', 'User preferences', 'Préférences de l’utilisateur'],
      ['11.8.1', 'Content technology', 'Technologie de contenu'],
      ['11.8.2', 'Accessible content creation', 'Création de contenu accessible'],
      [
        '11.8.3',
        'Preservation of accessibility information in transformations',
        'Conservation de l’information d’accessibilité lors des transformations',
      ],
      ['11.8.4', 'Repair assistance', 'Aide à la correction'],
      ['11.8.5', 'Templates', 'Gabarits'],
    ]),
  },
  {
    id: 'en_301_549_documentation_and_support_services',
    standard: 'en301549',
    title: {
      en: 'Chapter 12: Documentation and Support Services',
      fr: 'Chapitre 12\u00a0: documentation et services de soutien',
    },
    criteria: rows([
      ['12.1.1', 'Accessibility and compatibility features', 'Fonctions d’accessibilité et de compatibilité'],
      ['12.1.2', 'Accessible documentation', 'Documentation accessible'],
      [
        '12.2.2',
        'Information on accessibility and compatibility features',
        'Information sur les fonctions d’accessibilité et de compatibilité',
      ],
      ['12.2.3', 'Effective communication', 'Communication efficace'],
      ['12.2.4', 'Accessible documentation', 'Documentation accessible'],
    ]),
  },
];

/** A criterion's key across standards: `wcag:1.4.3`, `section508:503.2`, `en301549:11.7`. */
export type CriterionKey = `${Standard}:${string}`;

export const criterionKey = (standard: Standard, id: string): CriterionKey => `${standard}:${id}`;
