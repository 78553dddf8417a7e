/** The small pieces both HTML reports (the audit's and the conformance report) are built from. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A term and its value in a `<dl>`; the value is HTML already. */
export const definition = (term: string, value: string) => `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>`;

/** A `<ul>` of items that are HTML already. */
export const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

export const codes = (values: readonly (string | number)[]) =>
  values.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(', ');

/** A table in a focusable region that scrolls on its own, named by the table's caption. */
export function scrollingTable(id: string, caption: string, head: readonly string[], body: string): string {
  return `<div class="table" role="region" aria-labelledby="${id}-caption" tabindex="0"><table><caption id="${id}-caption">${escapeHtml(caption)}</caption>
      <thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
}
