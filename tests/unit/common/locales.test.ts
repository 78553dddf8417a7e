import { describe, expect, it } from 'vitest';
import enMenu from '../../../common/locales/en/menu.json';
import frMenu from '../../../common/locales/fr/menu.json';
import { resources } from '../../../renderer/src/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Every key path of a locale file with its string value. */
function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

// The page's strings and the desktop menu's (read by main), from the same locale folders.
const english = new Map(entries({ ...resources.en.translation, menu: enMenu }));
const french = new Map(entries({ ...resources.fr.translation, menu: frMenu }));

describe('interface strings', () => {
  it('have the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('are never empty', () => {
    const empty = [...english, ...french].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation placeholders and markup in both languages', () => {
    const tokens = (value: string) => [...value.matchAll(/{{\w+}}|<\/?\w+>/g)].map((match) => match[0]).sort();
    const mismatched = [...english].filter(
      ([key, value]) => JSON.stringify(tokens(value)) !== JSON.stringify(tokens(french.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('follow French typography: a no-break space before : ; ! ? and no straight apostrophe', () => {
    const faults = [...french].filter(([, value]) =>
      /[^\u00a0\u202f][:;!?](?!\/)|'/.test(value.replace(/{{\w+}}|<\/?\w+>/g, '')),
    );
    expect(faults.map(([key]) => key)).toEqual([]);
  });

  it('are not English left in place in French', () => {
    // The product's name, and words French writes the same way.
    const sameInBoth = new Set([
      'app.name',
      'library.heading',
      'preferences.font.options.atkinson',
      'preferences.font.options.opendyslexic',
      'shortcuts.actionHeading',
      'shortcuts.keys.ctrl',
      'menu.services',
      'menu.aboutVersion',
      // « Note », « Notes », « Important », « Question »: French words too.
      'marksTools.note',
      'marks.panel.notes',
      'marks.categories.important',
      'marks.categories.question',
      'marks.kinds.note',
      'marks.inText.note',
      'marks.editor.noteTitle',
      'kiosk.audio.volume',
      'kiosk.audio.keys.Add',
      // « Format » is French too; Markdown is a format's name.
      'marks.exchange.format',
      'marks.exchange.formats.markdown',
    ]);
    const untranslated = [...french]
      .filter(([key, value]) => !sameInBoth.has(key) && value === english.get(key) && /[a-z]{4,}/i.test(value))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
