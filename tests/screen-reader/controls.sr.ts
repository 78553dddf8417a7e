/** The reader's own controls with Orca: the header's commands, the language toggle, text size, theme, preferences. */
import { expect, skipWithoutScreenReader, test } from './fixtures';
import {
  FIRST_SECTIONS,
  HEADER_COMMANDS,
  LANGUAGES,
  LANGUAGE_TOGGLE,
  OTHER,
  PREFERENCES,
  SKIP_LINK,
  SWITCHED,
  TEXT_SIZE_100,
  TEXT_SIZE_125,
  THEME_LIGHT,
  TITLE,
  TOOLS,
  TOOLS_COMMANDS,
  literal,
  type Command,
} from './reader-words';

skipWithoutScreenReader();

for (const lang of LANGUAGES) {
  test.describe(lang, () => {
    test("the header's commands in order, the folded ones in the Tools panel, then the table of contents, which takes the reader to a section", async ({
      openReader,
    }) => {
      const reader = await openReader(`?lang=${lang}`);
      await reader.tabTo(literal(SKIP_LINK[lang]));
      const hearCommand = async (command: Command) => {
        await reader.press('Tab');
        // The command as Orca reads it, not Orca's own message of the same words ("Focus mode").
        const name = await reader.hears(
          (utterance) => !utterance.message && literal(command.name).test(utterance.text),
        );
        expect(name.language, `the language Orca gives "${command.name}"`).toBe(command.lang ?? lang);
        await reader.hearsText(new RegExp(`${literal(command.name).source}.*\\b${command.role}\\b`));
      };
      for (const command of HEADER_COMMANDS[lang]) await hearCommand(command);
      // The last of them is a disclosure: said collapsed, then expanded, its commands next in Tab order.
      await reader.hearsText(new RegExp(`${literal(TOOLS[lang]).source}.*\\bcollapsed\\b`));
      await reader.press('Return');
      await reader.hearsText(/\bexpanded\b/);
      await reader.settle();
      for (const command of TOOLS_COMMANDS[lang]) await hearCommand(command);
      // Then the table of contents, one Tab stop, on the entry of the section being read (the first, at the top).
      // In browse mode Orca's next-link key (k) reads the next entry, a link named after its section; Return follows it.
      const [first, second] = FIRST_SECTIONS[lang];
      await reader.press('Tab');
      await reader.hearsText(new RegExp(`${literal(first).source}.*\\blink\\b`));
      await reader.press('k');
      await reader.hearsText(new RegExp(`${literal(second).source}.*\\blink\\b`));
      await reader.press('Return');
      const heading = await reader.hears(literal(second));
      expect(heading.text).toMatch(/heading level 2\b/);
      expect(heading.language).toBe(lang);
    });

    test('the language toggle: its name in its language, the live message in the new language, focus on the heading there; text size messages follow the language', async ({
      openReader,
    }) => {
      const reader = await openReader(`?lang=${lang}`);
      const other = OTHER[lang];
      const toggle = await reader.tabTo(literal(LANGUAGE_TOGGLE[lang]));
      expect(toggle.language).toBe(other);
      await reader.hearsText(/push button/);
      await reader.press('Return');
      const message = await reader.hears(literal(SWITCHED[other]));
      expect(message.live).toBe(true);
      const heading = await reader.hears(literal(TITLE[other]));
      expect(heading.text).toMatch(/heading level 1\b/);
      expect(heading.language).toBe(other);

      await reader.settle();
      await reader.press('ctrl+equal');
      expect((await reader.hears(TEXT_SIZE_125[other])).live).toBe(true);
      await reader.press('ctrl+0');
      expect((await reader.hears(TEXT_SIZE_100[other])).live).toBe(true);
    });

    // The dialog takes focus itself as it opens: Orca 43 says its name, then reads its text (a web dialog that has
    // focus is read as its text, without the role word; formatting.py, ROLE_DIALOG). Focus on its first control
    // instead, Orca would move there without a word: the command that opened it has left the accessibility tree.
    test('the preferences dialog is named when it opens, a theme change is announced, Escape returns to its button', async ({
      openReader,
    }) => {
      const reader = await openReader(`?lang=${lang}`);
      await reader.tabTo(literal(TOOLS[lang]));
      await reader.press('Return');
      await reader.hearsText(/\bexpanded\b/);
      await reader.tabTo(literal(PREFERENCES[lang]));
      await reader.hearsText(/push button/);
      await reader.press('Return');
      const opened = await reader.hears(() => true);
      expect(opened.text, 'the first words Orca says as the dialog opens').toMatch(
        new RegExp(`^${literal(PREFERENCES[lang]).source}\\b`),
      );
      await reader.settle();
      // The colours: the second group of choices; arrow keys move between its options, from the system's to Light.
      await reader.tabTo(/\bradio button\b/, 3);
      await reader.tabTo(/\bradio button\b/, 3);
      // Orca reads a dialog in browse mode, where arrows read on: Orca+A gives them to the group.
      await reader.press('Insert+a');
      await reader.hears(/^Focus mode/);
      await reader.press('Down');
      const theme = await reader.hears(THEME_LIGHT[lang]);
      expect(theme.live).toBe(true);

      await reader.press('Escape');
      await reader.hearsText(new RegExp(`${literal(PREFERENCES[lang]).source}.*push button`));
    });
  });
}
