/**
 * The desktop's context menu (right click, the Menu key, Shift+F10) as plain data, built from what Electron's
 * `context-menu` event reports and the reader's language. Pure, so it is tested under Node in both languages;
 * `main/desktop/context-menu.ts` shows it.
 */
import type { Language } from '../../common/languages';
import { menuStrings } from './strings';
import { commandItem, role, type MenuEntry } from './template';

/** What the `context-menu` event says about the place the reader pointed at (Electron's `ContextMenuParams`). */
export interface ContextMenuFacts {
  selectionText: string;
  isEditable: boolean;
  /** The link under the pointer, or '' where there is none. */
  linkURL: string;
}

interface ContextMenuMode {
  kiosk: boolean;
}

/**
 * Selected document text: "Read the selection" (the same command, and so the same path to the page, as the Read
 * aloud menu's item and Alt+Shift+U) and Copy. In a text field (find, a note): Electron's editing roles, without
 * "Read the selection", which reads the document's selection and not a field's.
 *
 * Left out on purpose: anything that navigates or opens a window (both are denied), devtools' Inspect, and any
 * item for a link. A link is followed by activating it in the page, which names the destination and asks first,
 * then goes through the one path to the system browser (`main/desktop/external-links.ts`); a menu item here would
 * be a second way out of the reader. With nothing to offer (a link, an empty spot), no menu opens at all.
 *
 * A kiosk gets no context menu (closed functionality, GUIDE §3 and §7): everything there must work from the keypad
 * and be said by the kiosk's own voice, which cannot speak a native menu; the kiosk has no application menu either;
 * and Copy would leave one visitor's text on the clipboard for the next. A visitor who selects text has the "Read
 * selection" button beside it, part of the page.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, language: Language, mode: ContextMenuMode): MenuEntry[] {
  if (mode.kiosk) return [];
  const strings = menuStrings(language);
  const hasSelection = facts.selectionText.trim() !== '';
  if (facts.isEditable) {
    return [
      ...(hasSelection ? [role(strings, 'cut', 'cut'), role(strings, 'copy', 'copy')] : []),
      role(strings, 'paste', 'paste'),
      { type: 'separator' },
      role(strings, 'selectAll', 'selectAll'),
    ];
  }
  if (!hasSelection) return [];
  return [commandItem(strings, 'speechReadSelection', 'speechReadSelection'), role(strings, 'copy', 'copy')];
}
