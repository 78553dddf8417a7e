import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../common/languages';
import { contextMenuTemplate, type ContextMenuFacts } from '../../../../main/menu/context-menu';
import { withoutAccessKey } from '../../../../main/menu/strings';
import { applicationMenuTemplate, type MenuEntry } from '../../../../main/menu/template';

const DESKTOP = { kiosk: false };
const SELECTED: ContextMenuFacts = {
  selectionText: 'We work with partners',
  isEditable: false,
  linkURL: '',
};

function labels(entries: readonly MenuEntry[]): string[] {
  return entries.map((entry) => (entry.type === 'separator' ? '-' : withoutAccessKey(entry.label)));
}

function allEntries(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.type === 'submenu' ? [entry, ...allEntries(entry.submenu)] : [entry]));
}

describe('the context menu', () => {
  it("offers Read the selection and Copy on selected text, in the reader's language", () => {
    expect(labels(contextMenuTemplate(SELECTED, 'en', DESKTOP))).toEqual(['Read the selection', 'Copy']);
    expect(labels(contextMenuTemplate(SELECTED, 'fr', DESKTOP))).toEqual(['Lire la sélection', 'Copier']);
  });

  it.each(LANGUAGES)('runs the same command, with the same keys, as the Read aloud menu’s item (%s)', (language) => {
    const [read] = contextMenuTemplate(SELECTED, language, DESKTOP);
    const fromApplicationMenu = allEntries(applicationMenuTemplate(language, {}, { isMac: false })).find(
      (entry) => entry.type === 'action' && entry.id === 'command:speechReadSelection',
    );
    expect(fromApplicationMenu).toBeDefined();
    expect(read).toEqual(fromApplicationMenu);
    expect(read).toMatchObject({
      action: { kind: 'host', event: { type: 'command', command: 'speechReadSelection' } },
      accelerator: 'Alt+Shift+U',
    });
  });

  it('copies with Electron’s own role', () => {
    expect(contextMenuTemplate(SELECTED, 'en', DESKTOP)[1]).toMatchObject({ type: 'role', role: 'copy' });
  });

  it('opens no menu where nothing is selected, or only spaces are', () => {
    expect(contextMenuTemplate({ ...SELECTED, selectionText: '' }, 'en', DESKTOP)).toEqual([]);
    expect(contextMenuTemplate({ ...SELECTED, selectionText: ' \n\t' }, 'en', DESKTOP)).toEqual([]);
  });

  it('offers nothing for a link: links are followed in the page, which asks first', () => {
    const link = 'https://www.ontariohealth.ca/';
    expect(contextMenuTemplate({ selectionText: '', isEditable: false, linkURL: link }, 'en', DESKTOP)).toEqual([]);
    expect(labels(contextMenuTemplate({ ...SELECTED, linkURL: link }, 'en', DESKTOP))).toEqual([
      'Read the selection',
      'Copy',
    ]);
  });

  it('never navigates, opens a window or inspects: only the read command and editing roles', () => {
    const cases: ContextMenuFacts[] = [
      SELECTED,
      { ...SELECTED, linkURL: 'https://www.ontariohealth.ca/' },
      { ...SELECTED, isEditable: true },
      { selectionText: '', isEditable: true, linkURL: '' },
    ];
    for (const language of LANGUAGES) {
      for (const facts of cases) {
        for (const entry of contextMenuTemplate(facts, language, DESKTOP)) {
          if (entry.type === 'role') expect(['cut', 'copy', 'paste', 'selectAll']).toContain(entry.role);
          else if (entry.type === 'action')
            expect(entry.action).toEqual({ kind: 'host', event: { type: 'command', command: 'speechReadSelection' } });
          else expect(entry.type).toBe('separator');
        }
      }
    }
  });

  it('offers editing in a text field, without reading its text (read aloud reads the document)', () => {
    expect(labels(contextMenuTemplate({ ...SELECTED, isEditable: true }, 'en', DESKTOP))).toEqual([
      'Cut',
      'Copy',
      'Paste',
      '-',
      'Select All',
    ]);
    expect(labels(contextMenuTemplate({ selectionText: '', isEditable: true, linkURL: '' }, 'fr', DESKTOP))).toEqual([
      'Coller',
      '-',
      'Tout sélectionner',
    ]);
  });

  it.each(LANGUAGES)('gives each item its own access key (%s)', (language) => {
    for (const facts of [SELECTED, { ...SELECTED, isEditable: true }]) {
      const keys = contextMenuTemplate(facts, language, DESKTOP).flatMap((entry) =>
        entry.type === 'separator' ? [] : [/&([^&])/.exec(entry.label)?.[1]?.toLowerCase()],
      );
      expect(keys).not.toContain(undefined);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('opens nothing in a kiosk, selection or not', () => {
    for (const language of LANGUAGES) {
      expect(contextMenuTemplate(SELECTED, language, { kiosk: true })).toEqual([]);
      expect(contextMenuTemplate({ ...SELECTED, isEditable: true }, language, { kiosk: true })).toEqual([]);
    }
  });
});
