/**
 * How the table of contents behaves for the keyboard. It stays a nested list of links in a `nav` (what screen
 * readers present most consistently; ARIA trees vary from one reader to the next), and adds:
 * - one Tab stop, on the entry of the section being read (`aria-current="location"`), so reaching the table
 *   of contents puts the reader on where they are;
 * - arrow keys: Up and Down to the previous and next entry of the same level (skipping subsections), Right
 *   into an entry's subsections, Left back to its parent, Home and End to the first and last of the level.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

const TOC_SELECTOR = 'nav.toc';
const NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End'];

function entryLink(item: Element | null | undefined): HTMLAnchorElement | null {
  return item?.querySelector<HTMLAnchorElement>(':scope > a') ?? null;
}

/** The entry an arrow key leads to from `link`, or null where there is none. */
function targetFor(key: string, link: HTMLAnchorElement): HTMLAnchorElement | null {
  const item = link.parentElement;
  const list = item?.parentElement;
  switch (key) {
    case 'ArrowDown':
      return entryLink(item?.nextElementSibling);
    case 'ArrowUp':
      return entryLink(item?.previousElementSibling);
    case 'ArrowRight':
      return entryLink(item?.querySelector(':scope > ul > li'));
    case 'ArrowLeft':
      return entryLink(list?.parentElement?.closest('li'));
    case 'Home':
      return entryLink(list?.firstElementChild);
    case 'End':
      return entryLink(list?.lastElementChild);
    default:
      return null;
  }
}

/** Moves focus to the entry of the section being read (or the first entry): for a contents panel just opened. */
export function focusCurrentTocEntry(): void {
  // The contents are on the page in two forms, of which the stylesheet shows one.
  const toc = [...document.querySelectorAll(TOC_SELECTOR)].find((nav) => nav.checkVisibility());
  const entry = toc?.querySelector<HTMLElement>('a[aria-current="location"]') ?? toc?.querySelector<HTMLElement>('a');
  entry?.focus();
}

export function useTocNavigation(currentSection: string | null, firstSection: string | undefined) {
  // The entry the reader has moved to with the arrow keys, while focus is in the table of contents.
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active ?? currentSection ?? firstSection;

  const navProps = {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!(event.target instanceof HTMLAnchorElement) || !NAVIGATION_KEYS.includes(event.key)) return;
      // A key that leads nowhere (Down on the last entry) still belongs to the contents: the page does not scroll.
      event.preventDefault();
      const target = targetFor(event.key, event.target);
      if (!target) return;
      setActive(target.dataset.section ?? null);
      target.focus();
    },
    onFocus(event: FocusEvent<HTMLElement>) {
      if (event.target instanceof HTMLAnchorElement) setActive(event.target.dataset.section ?? null);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      // Leaving the contents: the next visit starts again from the section being read.
      if (!event.currentTarget.contains(event.relatedTarget)) setActive(null);
    },
  };

  const linkProps = (section: string) => ({
    'data-section': section,
    tabIndex: section === tabStop ? 0 : -1,
    'aria-current': section === currentSection ? ('location' as const) : undefined,
  });

  return { navProps, linkProps };
}
