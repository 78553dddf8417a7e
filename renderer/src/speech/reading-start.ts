/**
 * Where "read aloud" begins: the paragraph the reader chose (clicked, tapped or selected in, or moved focus
 * to), else the section in view, else the start. A choice scrolled out of view no longer counts: the reader
 * has moved on.
 */
import { currentSectionPath, sectionHeading } from '../reading/reading-position';
import type { Sentence } from './segment';

function inView(rect: DOMRect): boolean {
  return rect.bottom > 0 && rect.top < window.innerHeight && (rect.width > 0 || rect.height > 0);
}

interface Point {
  node: Node;
  offset: number;
}

/**
 * What the reader last chose in the text: a place in it (a click, a tap, a selection) or an element (a heading
 * the table of contents moved focus to). Remembered, because pressing "read aloud" moves focus to the button.
 */
let lastChoice: 'selection' | Element | undefined;

function onFocusIn(event: FocusEvent): void {
  if (event.target instanceof Element && event.target.closest('main')) lastChoice = event.target;
}

function onSelectionChange(): void {
  const node = document.getSelection()?.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  if (element?.closest('main')) lastChoice = 'selection';
}

/** Starts remembering the reader's choices in the text; returns how to stop. Called once the reader is shown. */
export function trackReadersChoice(): () => void {
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('selectionchange', onSelectionChange);
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('selectionchange', onSelectionChange);
  };
}

/** The point the reader chose, if it is still in view. */
function chosenPoint(root: Element): Point | undefined {
  if (lastChoice === 'selection') {
    const selection = document.getSelection();
    const selected = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (selected && root.contains(selected.startContainer) && inView(selected.getBoundingClientRect())) {
      return { node: selected.startContainer, offset: selected.startOffset };
    }
  } else if (lastChoice?.isConnected && root.contains(lastChoice) && inView(lastChoice.getBoundingClientRect())) {
    return { node: lastChoice, offset: 0 };
  }
  return undefined;
}

/** The sentence the point is in, or else the next one. */
function sentenceAt(sentences: readonly Sentence[], { node, offset }: Point): number {
  const index = sentences.findIndex((sentence) => sentence.range.comparePoint(node, offset) <= 0);
  return index === -1 ? 0 : index;
}

export function startingSentence(sentences: readonly Sentence[], root: Element): number {
  const chosen = chosenPoint(root);
  if (chosen) return sentenceAt(sentences, chosen);
  const section = currentSectionPath()
    .map(sectionHeading)
    .find((heading) => heading !== null);
  if (!section) return 0;
  // The heading's first sentence, or the first one after it when the reader chose to skip that section.
  const index = sentences.findIndex(
    (sentence) =>
      sentence.block === section ||
      Boolean(section.compareDocumentPosition(sentence.block) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  return index === -1 ? 0 : index;
}
