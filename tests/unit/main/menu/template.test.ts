import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../common/languages';
import { TEXT_SIZES, THEMES, type Preferences } from '../../../../common/preferences';
import { COMMANDS, SHORTCUTS } from '../../../../common/shortcuts';
import { withoutAccessKey } from '../../../../main/menu/strings';
import { applicationMenuTemplate, type MenuEntry } from '../../../../main/menu/template';

const PLATFORMS = [
  { platform: 'Windows and Linux', isMac: false },
  { platform: 'macOS', isMac: true },
] as const;
const CASES = LANGUAGES.flatMap((language) => PLATFORMS.map((platform) => ({ language, ...platform })));

function flatten(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.type === 'submenu' ? [entry, ...flatten(entry.submenu)] : [entry]));
}

function topLabels(language: Language, isMac: boolean): string[] {
  return applicationMenuTemplate(language, {}, { isMac }).map((entry) =>
    entry.type === 'submenu' ? withoutAccessKey(entry.label) : '?',
  );
}

function submenu(entries: readonly MenuEntry[], label: string): MenuEntry[] {
  const found = flatten(entries).find((entry) => entry.type === 'submenu' && withoutAccessKey(entry.label) === label);
  if (found?.type !== 'submenu') throw new Error(`No submenu ${label}`);
  return found.submenu;
}

function item(entries: readonly MenuEntry[], id: string): MenuEntry {
  const found = flatten(entries).find((entry) => 'id' in entry && entry.id === id);
  if (!found) throw new Error(`No item ${id}`);
  return found;
}

function checkedIds(entries: readonly MenuEntry[]): string[] {
  return flatten(entries).flatMap((entry) => (entry.type === 'radio' && entry.checked ? [entry.id] : []));
}

describe('the application menu', () => {
  it("has File, Edit, View, Go, Marks, Read aloud and Help, in the reader's language", () => {
    expect(topLabels('en', false)).toEqual(['File', 'Edit', 'View', 'Go', 'Marks', 'Read aloud', 'Help']);
    expect(topLabels('fr', false)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aller',
      'Signets et notes',
      'Lecture à voix haute',
      'Aide',
    ]);
  });

  it('adds the app and Window menus on macOS, where Quit and About move to the app menu', () => {
    expect(topLabels('en', true)).toEqual([
      'Lisible',
      'File',
      'Edit',
      'View',
      'Go',
      'Marks',
      'Read aloud',
      'Window',
      'Help',
    ]);
    expect(topLabels('fr', true)).toEqual([
      'Lisible',
      'Fichier',
      'Édition',
      'Affichage',
      'Aller',
      'Signets et notes',
      'Lecture à voix haute',
      'Fenêtre',
      'Aide',
    ]);
    const mac = applicationMenuTemplate('en', {}, { isMac: true });
    const quits = flatten(mac).filter((entry) => entry.type === 'role' && entry.role === 'quit');
    expect(quits).toHaveLength(1);
    expect(flatten(mac).filter((entry) => 'id' in entry && entry.id === 'about')).toHaveLength(1);
  });

  it('puts Print, Save as PDF and Quit in File', () => {
    const file = submenu(applicationMenuTemplate('en', {}, { isMac: false }), 'File');
    expect(file.map((entry) => (entry.type === 'separator' ? '-' : withoutAccessKey(entry.label)))).toEqual([
      'Print…',
      'Save as PDF…',
      '-',
      'Quit',
    ]);
    expect(item(file, 'print')).toMatchObject({ action: { kind: 'print' }, accelerator: 'CmdOrCtrl+P' });
    expect(item(file, 'savePdf')).toMatchObject({ action: { kind: 'savePdf' } });
  });

  it("keeps Electron's editing roles and leaves out its zoom roles (their keys size the text)", () => {
    const roles = flatten(applicationMenuTemplate('en', {}, { isMac: false })).flatMap((entry) =>
      entry.type === 'role' ? [entry.role] : [],
    );
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'quit']),
    );
    expect(roles).not.toEqual(expect.arrayContaining(['zoomIn']));
    expect(roles.some((role) => /zoom(In|Out)|resetZoom/.test(role))).toBe(false);
  });

  it.each(CASES)(
    'offers every shortcut command once, with its accelerator ($language, $platform)',
    ({ language, isMac }) => {
      const entries = flatten(applicationMenuTemplate(language, {}, { isMac }));
      for (const { command, accelerator } of SHORTCUTS) {
        const items = entries.filter(
          (entry) =>
            entry.type === 'action' &&
            ((entry.action.kind === 'host' &&
              entry.action.event.type === 'command' &&
              entry.action.event.command === command) ||
              (command === 'print' && entry.action.kind === 'print')),
        );
        expect(items, `${command} should appear once in the menu (main/menu/template.ts)`).toHaveLength(1);
        expect(items[0], command).toMatchObject({ accelerator });
      }
      expect(SHORTCUTS.map((shortcut) => shortcut.command).sort()).toEqual([...COMMANDS].sort());
    },
  );

  it('shows accelerators only on items that run a shortcut command', () => {
    const shortcutAccelerators = new Set(SHORTCUTS.map((shortcut) => shortcut.accelerator));
    for (const entry of flatten(applicationMenuTemplate('en', {}, { isMac: false }))) {
      if (entry.type === 'action' && entry.accelerator !== undefined)
        expect(shortcutAccelerators.has(entry.accelerator)).toBe(true);
    }
  });

  it('sends a host event for each View choice', () => {
    const entries = applicationMenuTemplate('en', {}, { isMac: false });
    expect(item(entries, 'command:textSizeIncrease')).toMatchObject({
      action: { kind: 'host', event: { type: 'command', command: 'textSizeIncrease' } },
    });
    expect(item(entries, 'textSize:200')).toMatchObject({
      action: { kind: 'host', event: { type: 'setTextSize', textSize: 200 } },
    });
    expect(item(entries, 'theme:contrast-dark')).toMatchObject({
      action: { kind: 'host', event: { type: 'setTheme', theme: 'contrast-dark' } },
    });
    expect(item(entries, 'language:fr')).toMatchObject({
      action: { kind: 'host', event: { type: 'setLanguage', language: 'fr' } },
    });
  });

  it('lists every text size and every theme, with the current ones checked', () => {
    const defaults = applicationMenuTemplate('en', {}, { isMac: false });
    expect(checkedIds(defaults)).toEqual(['textSize:100', 'theme:system', 'language:en']);
    const chosen: Preferences = { language: 'fr', textSize: 250, theme: 'contrast-light' };
    expect(checkedIds(applicationMenuTemplate('fr', chosen, { isMac: false }))).toEqual([
      'textSize:250',
      'theme:contrast-light',
      'language:fr',
    ]);
    const ids = flatten(defaults).flatMap((entry) => ('id' in entry ? [entry.id] : []));
    for (const size of TEXT_SIZES) expect(ids).toContain(`textSize:${size}`);
    for (const theme of THEMES) expect(ids).toContain(`theme:${theme}`);
  });

  it('writes the text sizes as each language does', () => {
    expect(item(applicationMenuTemplate('en', {}, { isMac: false }), 'textSize:150')).toMatchObject({ label: '150%' });
    expect(item(applicationMenuTemplate('fr', {}, { isMac: false }), 'textSize:150')).toMatchObject({
      label: '150\u00a0%',
    });
  });

  it('names each language in that language, whichever language the menu is in', () => {
    for (const language of LANGUAGES) {
      const entries = applicationMenuTemplate(language, {}, { isMac: false });
      expect(withoutAccessKey((item(entries, 'language:en') as { label: string }).label)).toBe('English');
      expect(withoutAccessKey((item(entries, 'language:fr') as { label: string }).label)).toBe('Français');
    }
  });

  it('is entirely in French when the reader reads in French', () => {
    const english = flatten(applicationMenuTemplate('en', {}, { isMac: false }));
    const french = flatten(applicationMenuTemplate('fr', {}, { isMac: false }));
    expect(french).toHaveLength(english.length);
    const sameInBoth = new Set(['Lisible', 'English', 'Français', ...TEXT_SIZES.map((size) => `${size}%`)]);
    french.forEach((entry, index) => {
      const counterpart = english[index];
      if (entry.type === 'separator' || counterpart?.type === 'separator' || !counterpart) return;
      const label = withoutAccessKey(counterpart.label);
      if (!sameInBoth.has(label)) expect(entry.label, label).not.toBe(counterpart.label);
    });
  });

  it.each(CASES)('gives each item in a menu its own access key ($language, $platform)', ({ language, isMac }) => {
    const menus: MenuEntry[][] = [applicationMenuTemplate(language, {}, { isMac })];
    for (const entries of menus) {
      const keys = entries.flatMap((entry) => {
        if (entry.type === 'separator') return [];
        if (entry.type === 'submenu') menus.push(entry.submenu);
        const marked = /&([^&])/u.exec(entry.label.replace(/&&/g, ''));
        return marked?.[1] ? [marked[1].toLocaleLowerCase(language)] : [];
      });
      expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
    }
  });

  it('gives each item an id of its own', () => {
    const ids = flatten(applicationMenuTemplate('en', {}, { isMac: true })).flatMap((entry) =>
      'id' in entry ? [entry.id] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
