/**
 * Room for a note in the text, right after the block that holds its passage: the block's bottom margin grows by
 * the note's height and the note is drawn in that gap, across the text's column. Nothing of the text is covered
 * at any text size, and nothing moves above the passage, so the place being read stays where it was. No node is
 * added to the document's text: offsets, quotes, find and read aloud see the text as it is.
 */

/** Keeps `card` placed under `block` until the returned function is called, which gives the block its margin back. */
export function makeRoomBelow(block: HTMLElement, card: HTMLElement): () => void {
  const column = block.closest('article') ?? block;
  const ownMargin = block.style.marginBlockEnd;
  const place = () => {
    block.style.marginBlockEnd = ownMargin;
    const margin = parseFloat(getComputedStyle(block).marginBlockEnd) || 0;
    const gap = parseFloat(getComputedStyle(card).marginBlockStart) || 0;
    const room = `${Math.ceil(margin + card.offsetHeight + 2 * gap)}px`;
    block.style.marginBlockEnd = room;
    const blockBox = block.getBoundingClientRect();
    const columnBox = column.getBoundingClientRect();
    card.style.top = `${blockBox.bottom + window.scrollY}px`;
    card.style.left = `${columnBox.left + window.scrollX}px`;
    card.style.width = `${columnBox.width}px`;
  };
  place();
  // Again whenever the note or the text reflows: another text size, spacing or window width, an edited note.
  // (The block, not the column: the room made changes the column's height, never the block's own size.)
  const observer = new ResizeObserver(() => place());
  observer.observe(card);
  observer.observe(block);
  window.addEventListener('resize', place);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', place);
    block.style.marginBlockEnd = ownMargin;
  };
}
