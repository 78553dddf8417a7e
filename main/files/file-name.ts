/** A file name offered in a save dialog, made from words the reader sees: safe on every OS. */

// Characters Windows forbids in names (and `/` everywhere), plus control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;
const MAX_LENGTH = 120;

/** "Q&A: who?" + "pdf" → "Q&A who.pdf"; a name with nothing usable left → "Lisible.pdf". */
export function safeFileName(words: string, extension: string): string {
  let name = words
    .replace(UNSAFE, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    // Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere.
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  // Cut between characters as a reader sees them, never inside an accented letter or an emoji.
  const characters = Array.from(
    new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name),
    ({ segment }) => segment,
  );
  name = characters.slice(0, MAX_LENGTH).join('').trim();
  if (name === '' || RESERVED_ON_WINDOWS.test(name)) name = name === '' ? 'Lisible' : `Lisible - ${name}`;
  return `${name}.${extension}`;
}
