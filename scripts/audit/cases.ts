/**
 * The audit matrix: every document × English and French × every theme (the reader's own colours again with the
 * visual aids on) × text sizes 100, 200 and 400% × normal and kiosk modes, each with and without forced colours;
 * and the quick subset `npm test` runs.
 */
import type { AuditedState } from '../../common/audit/types';
import { caseId } from '../../common/audit/types';
import { LANGUAGES } from '../../common/languages';
import { THEMES } from '../../common/preferences';

export const AUDIT_TEXT_SIZES = [100, 200, 400] as const;
export const AUDIT_MODES = ['normal', 'kiosk'] as const;

export interface CaseSpec {
  id: string;
  /** The document to open. */
  document: string;
  /** What the address asks for. */
  requested: AuditedState;
  /** Visual aids also asked for, as address options (`fontWeight: 'bold'`); named in the case's id. */
  aids?: Readonly<Record<string, string>>;
}

function spec(document: string, state: Omit<AuditedState, 'font'>, aids?: Readonly<Record<string, string>>): CaseSpec {
  const requested: AuditedState = { ...state, font: 'system' };
  const named = aids ? Object.entries(aids).map(([name, value]) => `${name}=${value}`) : [];
  return { id: [caseId(document, requested), ...named].join('/'), document, requested, ...(aids ? { aids } : {}) };
}

/** The reader's own colours (the first preset, every pair at 7:1) with the visual aids that change what is drawn. */
export const VISUAL_AIDS: Readonly<Record<string, string>> = {
  fontWeight: 'bold',
  brightness: '70',
  plainText: 'true',
  hyphenation: 'true',
  readingRuler: 'window-3',
};

/** The address that puts the reader in a state: the reader takes every preference from it. */
export function caseQuery({ document, requested, aids }: CaseSpec): string {
  const query = new URLSearchParams({
    doc: document,
    lang: requested.language,
    theme: requested.theme,
    textSize: String(requested.textSize),
    ...aids,
  });
  if (requested.mode === 'kiosk') query.set('kiosk', '1');
  return `?${query.toString()}`;
}

export function fullMatrix(documents: readonly string[]): CaseSpec[] {
  const cases: CaseSpec[] = [];
  for (const document of documents) {
    for (const language of LANGUAGES) {
      for (const mode of AUDIT_MODES) {
        for (const textSize of AUDIT_TEXT_SIZES) {
          // Forced colours on top of every theme too: a reader may pick a theme, then turn on the system's.
          for (const forcedColors of [false, true]) {
            for (const theme of THEMES) cases.push(spec(document, { language, theme, textSize, mode, forcedColors }));
            // The reader's own colours again, with the visual aids on.
            cases.push(spec(document, { language, theme: 'custom', textSize, mode, forcedColors }, VISUAL_AIDS));
          }
        }
      }
    }
  }
  return cases;
}

/** A few cases that still touch every dimension once: both languages, modes, forced colours, 100 to 400%. */
export function quickMatrix(documents: readonly string[]): CaseSpec[] {
  const document = documents[0] ?? '';
  return [
    spec(document, { language: 'en', theme: 'light', textSize: 100, mode: 'normal', forcedColors: false }),
    spec(document, { language: 'fr', theme: 'dark', textSize: 200, mode: 'normal', forcedColors: false }),
    spec(document, { language: 'en', theme: 'contrast-light', textSize: 400, mode: 'kiosk', forcedColors: false }),
    spec(document, { language: 'fr', theme: 'contrast-dark', textSize: 100, mode: 'kiosk', forcedColors: false }),
    spec(document, { language: 'fr', theme: 'dark', textSize: 200, mode: 'normal', forcedColors: true }),
    spec(
      document,
      { language: 'en', theme: 'custom', textSize: 400, mode: 'normal', forcedColors: false },
      VISUAL_AIDS,
    ),
    spec(
      document,
      { language: 'fr', theme: 'custom', textSize: 100, mode: 'normal', forcedColors: false },
      VISUAL_AIDS,
    ),
  ];
}
