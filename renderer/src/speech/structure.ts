/**
 * The document's structure as a listener hears it (DAISY: lists announced and skippable, content a reader
 * chooses not to hear): each list is announced with its length as reading enters it, in the list's language,
 * and the kinds of content the reader chose to skip are left out of what is read.
 */
import type { SpeechSkip } from '../../../common/preferences';
import { listOf } from './queue-state';
import { languageOf, type Sentence } from './segment';

const LISTS = 'ul, ol';

/** A list whose every item says nothing but its links: a menu of links ("Related", "See also"). */
function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((child) => child.tagName === 'LI');
  return (
    items.length > 0 &&
    items.every((item) => {
      const linked = [...item.querySelectorAll('a[href]')].map((link) => link.textContent).join('');
      return linked.replace(/\s+/g, '') === item.textContent.replace(/\s+/g, '');
    })
  );
}

/** The section under the heading `#related`: the links a document suggests after its text. */
function inRelatedSection(block: Element): boolean {
  for (let section = block.closest('section'); section; section = section.parentElement?.closest('section') ?? null) {
    const heading = [...section.children].find((child) => /^H[1-6]$/.test(child.tagName));
    if (heading?.id === 'related') return true;
  }
  return false;
}

/** Whether the reader chose not to hear a block. Each choice skips what the one before it does, and more. */
function skipped(block: Element, skip: SpeechSkip): boolean {
  if (skip === 'nothing') return false;
  if (inRelatedSection(block)) return true;
  if (skip === 'related') return false;
  const list = block.closest(LISTS);
  if (!list) return false;
  if (skip === 'lists') return true;
  // Whatever is in a list of links is skipped with it, a list nested in one of its items too.
  for (let current: Element | null = list; current; current = current.parentElement?.closest(LISTS) ?? null) {
    if (isLinkList(current)) return true;
  }
  return false;
}

/** What a list's announcement says, in a language: "List, 5 items". */
export type ListAnnouncement = (items: number, language: string) => string;

/** An utterance of its own, before a list's first item, placed (without highlight) where the list starts. */
function announcement(list: Element, say: ListAnnouncement): Sentence {
  const language = languageOf(list);
  const text = say(list.querySelectorAll(':scope > li').length, language);
  const at = () => {
    const range = document.createRange();
    range.setStart(list, 0);
    return range;
  };
  return {
    text,
    parts: [{ lang: language, text, offset: 0 }],
    range: at(),
    rangeOf: at,
    block: list,
    startsSection: false,
  };
}

/**
 * The sentences as they are heard: without what the reader chose to skip, and with each list announced
 * before its first item. A list inside a list is announced as reading enters it too.
 */
export function asHeard(sentences: readonly Sentence[], skip: SpeechSkip, say: ListAnnouncement): Sentence[] {
  const heard: Sentence[] = [];
  const announced = new Set<Element>();
  for (const sentence of sentences) {
    if (skipped(sentence.block, skip)) continue;
    const entered: Element[] = [];
    let list: Element | null | undefined = listOf(sentence);
    for (; list && !announced.has(list); list = list.parentElement?.closest(LISTS)) entered.unshift(list);
    for (const list of entered) {
      announced.add(list);
      heard.push(announcement(list, say));
    }
    heard.push(sentence);
  }
  return heard;
}
