/**
 * Section anchors. A heading may end with ` {#anchor}` (the pandoc/kramdown convention) so both language
 * versions can share an anchor; any other heading gets the slug of its text, made unique in its document.
 */

/** Same rule as the model's `anchor` schema in common/document.ts. */
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const EXPLICIT_ANCHOR = /[ \t]*\{#([^{}]*)\}[ \t]*$/;

/** Splits a trailing `{#anchor}` off a heading's last text; `anchor` is unvalidated. */
export function splitExplicitAnchor(text: string): { text: string; anchor: string } | undefined {
  const match = EXPLICIT_ANCHOR.exec(text);
  if (!match) return undefined;
  return { text: text.slice(0, match.index), anchor: match[1] ?? '' };
}

/** Letters NFD does not decompose into a base letter and an accent. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lowercase, accents stripped, every run of other characters one hyphen: "Équité" → "equite". */
function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** Hands out the anchors of one document, never the same one twice. */
export class AnchorRegistry {
  private readonly used = new Set<string>();

  /**
   * @param reserved the document's explicit anchors, claimed up front so an earlier slug cannot take an
   *   anchor a later heading asks for by name.
   */
  constructor(private readonly reserved: ReadonlySet<string>) {}

  /** `explicit` when the heading names its anchor, else a unique slug of `title`. */
  claim(title: string, explicit: string | undefined): string {
    if (explicit !== undefined) {
      this.used.add(explicit);
      return explicit;
    }
    const base = slugify(title);
    let anchor = base;
    for (let n = 2; this.used.has(anchor) || this.reserved.has(anchor); n++) anchor = `${base}-${n}`;
    this.used.add(anchor);
    return anchor;
  }
}
