/**
 * The reader's marks: bookmarks, highlights and notes, made by keyboard and by pointer, listed, renamed, moved
 * between, deleted; kept across visits and recovered from a damaged store; none in a kiosk. In English and French,
 * in the browser build.
 */
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { focusedText, scrollToParagraph, topOfView } from '../support/reading-place';
import { axeViolations, chooseKioskLanguage, openReader, openTools, statusMessages, untilStarted } from './reader';

const live = statusMessages;

const CASES = [
  {
    language: 'en',
    paragraph: 'To connect the health system to drive improved',
    section: 'Our mission',
    strings: {
      panel: 'Bookmarks, highlights and notes',
      bookmarks: 'Bookmarks',
      highlights: 'Highlights',
      notes: 'Notes',
      added: /^Bookmark added: Our mission: To connect the health system/,
      bookmark: 'Bookmark',
      highlight: 'Highlight',
      note: 'Note',
      list: 'All marks',
      rename: 'Rename',
      renameTitle: 'Rename the bookmark',
      name: 'Name',
      save: 'Save',
      noteOn: 'Integrity',
      noteText: 'Ask at the next visit.',
      newName: 'Mission statement',
      renamed: 'Renamed: Mission statement.',
      remove: 'Delete',
      deleted: 'Bookmark deleted.',
      goTo: 'Go to',
      movedTo: /^Bookmark: Mission statement/,
      category: 'Category',
      question: 'Question',
      important: 'Important',
      highlightTitle: 'Highlight',
      nowTodo: 'Now To do.',
      highlighted: 'Highlighted as Question.',
      inText: 'highlight: Question',
      noteLabel: 'Your note',
      noteSaved: 'Note saved.',
      first: /^Highlight 1 of 2: Question, “/,
      second: /^Note 2 of 2: “Integrity” Ask at the next visit\.$/,
      noneAfter: 'No mark after this point.',
      onlyNote: /^Note 1 of 1: “Integrity” Ask at the next visit\.$/,
      close: 'Close',
      show: 'Show highlights and notes in the text',
    },
  },
  {
    language: 'fr',
    paragraph: 'Interconnecter le système de santé',
    section: 'Vision, mission et valeurs',
    strings: {
      panel: 'Signets, surlignages et notes',
      bookmarks: 'Signets',
      highlights: 'Surlignages',
      notes: 'Notes',
      added:
        /^Signet ajouté\u00a0: Vision, mission et valeurs\u00a0: Notre mission\s:\sInterconnecter le système de santé/,
      bookmark: 'Signet',
      highlight: 'Surligner',
      note: 'Note',
      list: 'Toutes les annotations',
      rename: 'Renommer',
      renameTitle: 'Renommer le signet',
      name: 'Nom',
      save: 'Enregistrer',
      noteOn: 'Intégrité',
      noteText: 'Demander à la prochaine visite.',
      newName: 'Énoncé de mission',
      renamed: 'Renommé\u00a0: Énoncé de mission.',
      remove: 'Supprimer',
      deleted: 'Signet supprimé.',
      goTo: 'Aller à',
      movedTo: /^Signet\u00a0: Énoncé de mission/,
      category: 'Catégorie',
      question: 'Question',
      important: 'Important',
      highlightTitle: 'Surligner',
      nowTodo: 'Maintenant «\u00a0À faire\u00a0».',
      highlighted: 'Surligné comme «\u00a0Question\u00a0».',
      inText: 'surlignage\u00a0: Question',
      noteLabel: 'Votre note',
      noteSaved: 'Note enregistrée.',
      first: /^Surlignage 1 sur 2\u00a0: Question, «\u00a0/,
      second: /^Note 2 sur 2\u00a0: «\u00a0Intégrité\u00a0» Demander à la prochaine visite\.$/,
      noneAfter: 'Aucune annotation après cet endroit.',
      onlyNote: /^Note 1 sur 1\u00a0: «\u00a0Intégrité\u00a0» Demander à la prochaine visite\.$/,
      close: 'Fermer',
      show: 'Afficher les surlignages et les notes dans le texte',
    },
  },
] as const;

/** The marks the browser build keeps, as saved. */
function savedMarks(
  page: Page,
): Promise<{ kind: string; name?: string; category?: string; text?: string; created: string; modified?: string }[]> {
  return page.evaluate(
    () => (JSON.parse(localStorage.getItem('lisible.marks') ?? '{"marks":[]}') as { marks: never[] }).marks,
  );
}

/** Selects the words `text` of the document as a pointer would: pressed at their start, released at their end. */
async function dragOver(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('main article') ?? document, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const [first, last] = [rects.at(0), rects.at(-1)];
      if (!first || !last) break;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`No text ${wanted}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(text);
}

type Case = (typeof CASES)[number];

/** Scrolls `paragraph` to the top, bookmarks it with the shortcut, and waits until that is said. */
async function bookmarkByKeyboard(page: Page, paragraph: string, strings: Case['strings']): Promise<void> {
  await scrollToParagraph(page, paragraph);
  await page.keyboard.press('Control+d');
  await expect(live(page)).toHaveText(strings.added);
}

/** Words selected with the mouse, then Note in the Tools panel, written and saved. */
async function addNoteByPointer(page: Page, language: Case['language'], strings: Case['strings']): Promise<void> {
  await dragOver(page, strings.noteOn);
  await openTools(page, language);
  await page.getByRole('button', { name: strings.note, exact: true }).click();
  const noteEditor = page.getByRole('dialog', { name: strings.note });
  await noteEditor.getByRole('textbox', { name: strings.noteLabel }).fill(strings.noteText);
  await noteEditor.getByRole('button', { name: strings.save }).click();
  await expect(live(page)).toHaveText(strings.noteSaved);
}

for (const { language, paragraph, section, strings } of CASES) {
  test.describe(language, () => {
    test('bookmarks: added at the place being read by keyboard, listed, moved to, renamed and deleted, kept between visits', async ({
      page,
    }) => {
      await openReader(page, `?lang=${language}`);
      await bookmarkByKeyboard(page, paragraph, strings);
      await expect.poll(() => savedMarks(page)).toEqual([expect.objectContaining({ kind: 'bookmark' })]);

      // Back at the top, then the list: the bookmark is there, named by its section and first words.
      await page.reload();
      await untilStarted(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Alt+Shift+M');
      const panel = page.getByRole('dialog', { name: strings.panel });
      await expect(panel).toBeVisible();
      const bookmarks = panel.getByRole('region', { name: strings.bookmarks });
      const go = bookmarks.getByRole('button', { name: new RegExp(`^${strings.goTo} ${section}`) });
      await expect(go).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      // Renamed by keyboard.
      await bookmarks.getByRole('button', { name: strings.rename }).focus();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('dialog', { name: strings.renameTitle });
      await editor.getByRole('textbox', { name: strings.name }).fill(strings.newName);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(editor).toBeHidden();
      await expect(live(page)).toHaveText(strings.renamed);
      // Dated: kept with the mark, after the date it was made.
      const [renamedMark] = await savedMarks(page);
      expect(renamedMark?.modified && renamedMark.modified >= renamedMark.created).toBe(true);

      // Moving to it takes the reader to its paragraph, focus on it, and says so.
      const renamed = bookmarks.getByRole('button', {
        name: `${strings.goTo} ${strings.newName}`,
      });
      await renamed.focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeHidden();
      await expect.poll(() => topOfView(page)).toContain(paragraph);
      expect(await focusedText(page)).toContain(paragraph);
      await expect(live(page)).toHaveText(strings.movedTo);

      // Deleted by pointer.
      await page.keyboard.press('Alt+Shift+M');
      await panel
        .getByRole('region', { name: strings.bookmarks })
        .getByRole('button', { name: strings.remove })
        .click();
      await expect(live(page)).toHaveText(strings.deleted);
      await expect(bookmarks.getByRole('listitem')).toHaveCount(0);
      await expect.poll(() => savedMarks(page)).toEqual([]);
    });

    test('a mark deleted by keyboard leaves focus on the next mark, then on the empty list heading', async ({
      page,
    }) => {
      await openReader(page, `?lang=${language}`);
      await bookmarkByKeyboard(page, paragraph, strings);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Control+d');
      await expect.poll(async () => (await savedMarks(page)).length).toBe(2);
      await page.keyboard.press('Alt+Shift+M');
      const panel = page.getByRole('dialog', { name: strings.panel });
      const bookmarks = panel.getByRole('region', { name: strings.bookmarks });
      await expect(bookmarks.getByRole('listitem')).toHaveCount(2);

      // The first of two deleted: focus on the one left.
      await bookmarks.getByRole('button', { name: strings.remove }).first().focus();
      await page.keyboard.press('Enter');
      await expect(live(page)).toHaveText(strings.deleted);
      await expect(bookmarks.getByRole('listitem')).toHaveCount(1);
      await expect(bookmarks.getByRole('button', { name: new RegExp(`^${strings.goTo} `) })).toBeFocused();

      // The last deleted: focus on the list's heading, inside the dialog, and Tab goes on from there.
      await bookmarks.getByRole('button', { name: strings.remove }).focus();
      await page.keyboard.press('Enter');
      await expect(bookmarks.getByRole('listitem')).toHaveCount(0);
      await expect(bookmarks.getByRole('heading', { name: strings.bookmarks })).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('highlights and notes: by keyboard and pointer, told by screen readers, moved between, changed, hidden and shown', async ({
      page,
    }) => {
      // Four axe runs, each several seconds on a busy machine.
      test.setTimeout(120_000);
      await openReader(page, `?lang=${language}`);
      // Keyboard: with nothing selected, the paragraph being read is highlighted; the category chosen with arrows.
      await scrollToParagraph(page, paragraph);
      await page.keyboard.press('Alt+Shift+H');
      const editor = page.getByRole('dialog', { name: strings.highlightTitle });
      await expect(editor).toBeVisible();
      // Past the dialog's Close button to the categories, Important chosen first.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(editor.getByRole('radio', { name: strings.important })).toBeFocused();
      await expect(editor.getByRole('radio', { name: strings.important })).toBeChecked();
      await page.keyboard.press('ArrowDown');
      await expect(editor.getByRole('radio', { name: strings.question })).toBeChecked();
      expect(await axeViolations(page)).toEqual([]);
      await editor.getByRole('button', { name: strings.save }).press('Enter');
      await expect(live(page)).toHaveText(strings.highlighted);
      // In the text: a mark, its category its role description, on the paragraph's words and nothing more.
      const highlight = page.locator('main article mark.mark-question');
      await expect(highlight).toHaveText(new RegExp(paragraph));
      await expect(highlight).toHaveAttribute('aria-roledescription', strings.inText);
      await expect(page.locator('main article mark')).toHaveCount(1);

      // Pointer: words selected with the mouse, then Note in the Tools panel.
      await addNoteByPointer(page, language, strings);
      await expect(page.locator('main article mark.mark-note')).toHaveText(strings.noteOn);
      expect(await axeViolations(page)).toEqual([]);

      // From the top, mark to mark by keyboard: each reached, focus on its paragraph, and said; a note shown beside.
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Alt+Shift+ArrowDown');
      await expect(live(page)).toHaveText(strings.first);
      await expect.poll(() => focusedText(page)).toContain(paragraph);
      await page.keyboard.press('Alt+Shift+ArrowDown');
      await expect(live(page)).toHaveText(strings.second);
      await expect.poll(() => focusedText(page)).toBe(strings.noteOn);
      const card = page.getByRole('complementary', { name: strings.note });
      await expect(card).toContainText(strings.noteText);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Alt+Shift+ArrowDown');
      await expect(live(page)).toHaveText(strings.noneAfter);
      await page.keyboard.press('Alt+Shift+ArrowUp');
      await expect(live(page)).toHaveText(strings.first);

      // The list: the highlight's category changed; every highlight hidden, then shown again.
      await page.keyboard.press('Alt+Shift+M');
      const panel = page.getByRole('dialog', { name: strings.panel });
      await expect(panel.getByRole('region', { name: strings.notes })).toContainText(strings.noteText);
      expect(await axeViolations(page)).toEqual([]);
      await panel
        .getByRole('region', { name: strings.highlights })
        .getByRole('combobox', { name: strings.category })
        .selectOption('todo');
      await expect(live(page)).toHaveText(strings.nowTodo);
      // Said at once, kept a moment later: the store writes in the background.
      await expect
        .poll(async () => (await savedMarks(page)).find((mark) => mark.kind === 'highlight'))
        .toMatchObject({ category: 'todo', modified: expect.any(String) });
      await panel.getByRole('checkbox', { name: strings.show }).uncheck();
      await expect(page.locator('main article mark')).toHaveCount(0);
      await panel.getByRole('checkbox', { name: strings.show }).check();
      await expect(page.locator('main article mark.mark-todo')).toHaveText(new RegExp(paragraph));

      // Kept: after a reload both are painted again.
      await page.reload();
      await expect(page.locator('main article mark.mark-todo')).toHaveText(new RegExp(paragraph));
      await expect(page.locator('main article mark.mark-note')).toHaveText(strings.noteOn);
      expect((await savedMarks(page)).map((mark) => mark.kind).sort()).toEqual(['highlight', 'note']);
    });

    test('a note at 400% text size is shown right after its passage, covering neither it nor the text after it', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await openReader(page, `?lang=${language}`);
      await addNoteByPointer(page, language, strings);

      await openReader(page, `?lang=${language}&textSize=400`);
      const passage = page.locator('main article mark.mark-note');
      await expect(passage).toHaveText(strings.noteOn);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Alt+Shift+ArrowDown');
      await expect(live(page)).toHaveText(strings.onlyNote);
      const card = page.getByRole('complementary', { name: strings.note });
      await expect(card).toBeVisible();
      await expect(card).toContainText(strings.noteText);
      // The reader is still at the passage, and sees all of it: the note is not drawn over any of it.
      await expect.poll(() => topOfView(page)).toBe(strings.noteOn);
      const uncovered = (selector: string) =>
        page.evaluate((wanted) => {
          const element = document.querySelector(wanted);
          if (!element) return 'missing';
          const box = element.getBoundingClientRect();
          if (box.top < 0 || box.bottom > window.innerHeight) return 'off screen';
          const points = [0.1, 0.5, 0.9].map((x) => [box.left + box.width * x, box.top + box.height / 2] as const);
          return points.every(([x, y]) => element.contains(document.elementFromPoint(x, y))) ? 'seen' : 'covered';
        }, selector);
      await expect.poll(() => uncovered('main article mark.mark-note')).toBe('seen');
      // The note comes right after the passage's list item; the next item follows the note, not under it.
      const [passageBox, cardBox] = [await passage.boundingBox(), await card.boundingBox()];
      expect(cardBox && passageBox && cardBox.y - (passageBox.y + passageBox.height)).toBeGreaterThanOrEqual(0);
      expect(cardBox && passageBox && cardBox.y - (passageBox.y + passageBox.height)).toBeLessThan(80);
      const nextItem = page
        .locator('main article li', { has: page.locator('mark.mark-note') })
        .locator('xpath=following-sibling::li[1]');
      const nextBox = await nextItem.boundingBox();
      expect(nextBox && cardBox && nextBox.y).toBeGreaterThanOrEqual((cardBox?.y ?? 0) + (cardBox?.height ?? 0));
      expect(await axeViolations(page)).toEqual([]);

      // Closed, the text closes up again where it was.
      await card.getByRole('button', { name: strings.close }).click();
      await expect(card).toHaveCount(0);
      const [closedPassage, closedNext] = [await passage.boundingBox(), await nextItem.boundingBox()];
      expect(closedNext && closedPassage && closedNext.y - (closedPassage.y + closedPassage.height)).toBeLessThan(80);
    });

    test('bookmarks and the list by pointer, from the Tools panel', async ({ page }) => {
      await openReader(page, `?lang=${language}`);
      await scrollToParagraph(page, paragraph);
      await openTools(page, language);
      await page.getByRole('button', { name: strings.bookmark, exact: true }).click();
      await expect(live(page)).toHaveText(strings.added);
      await openTools(page, language);
      await page.getByRole('button', { name: strings.list, exact: true }).click();
      await expect(
        page
          .getByRole('dialog', { name: strings.panel })
          .getByRole('button', { name: new RegExp(`^${strings.goTo} ${section}`) }),
      ).toBeVisible();
    });
  });
}

test('a bookmark added while the saved marks are still being read joins them: neither is lost', async ({ page }) => {
  await openReader(page, '?lang=en');
  await scrollToParagraph(page, CASES[0].paragraph);
  await page.keyboard.press('Control+d');
  await expect.poll(() => savedMarks(page)).toHaveLength(1);

  // The next visit reads its saved marks slowly, as on a busy machine; the reader adds a bookmark meanwhile.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/marks-storage-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const reading = page.waitForRequest(/\/assets\/marks-storage-[^/]*\.js$/);
  await openReader(page, '?lang=en');
  await reading;
  // The reader is back at the place they were reading: a second bookmark there.
  await page.keyboard.press('Control+d');
  release();

  await expect.poll(() => savedMarks(page)).toHaveLength(2);
  await page.keyboard.press('Alt+Shift+M');
  const panel = page.getByRole('dialog', { name: CASES[0].strings.panel });
  await expect(panel.getByRole('button', { name: /^Go to Our mission/ })).toHaveCount(2);
});

test('a damaged store is set aside, the previous copy restored, and the reader told once', async ({ page }) => {
  await openReader(page, '?lang=en');
  await scrollToParagraph(page, CASES[0].paragraph);
  await page.keyboard.press('Control+d');
  await expect.poll(() => savedMarks(page)).toHaveLength(1);
  // A second save keeps the first as the backup; then the store is damaged.
  await page.keyboard.press('Alt+Shift+M');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Mission');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await savedMarks(page))[0]?.name).toBe('Mission');
  await page.evaluate(() => localStorage.setItem('lisible.marks', '{"version":1,"marks":[{"kind":"bookm'));

  await openReader(page, '?lang=en');
  await expect(live(page)).toHaveText('Your marks file was damaged; the previous copy of your marks was restored.');
  expect(await page.evaluate(() => localStorage.getItem('lisible.marks.invalid'))).toContain('"kind":"bookm');
  expect(await savedMarks(page)).toEqual([expect.objectContaining({ kind: 'bookmark' })]);
  // Told once: the next visit reads the restored store without a word about it.
  await openReader(page, '?lang=en');
  await page.keyboard.press('Alt+Shift+M');
  await expect(page.getByRole('dialog', { name: 'Bookmarks, highlights and notes' })).toContainText('Our mission');
  await page.keyboard.press('Escape');
  await expect(live(page)).not.toHaveText(/damaged/);
});

test('kiosk: no mark can be made, and none kept is shown or read', async ({ page }) => {
  await openReader(page, '?lang=en');
  await scrollToParagraph(page, CASES[0].paragraph);
  await page.keyboard.press('Alt+Shift+H');
  await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('main article mark')).toHaveCount(1);

  await page.goto('./?kiosk=1');
  await chooseKioskLanguage(page, 'en');
  // Nothing of the desktop reader's marks, and the keys do nothing.
  await expect(page.locator('main article mark')).toHaveCount(0);
  const before = await page.evaluate(() => localStorage.getItem('lisible.marks'));
  await page.keyboard.press('Control+d');
  await page.keyboard.press('Alt+Shift+M');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('lisible.marks'))).toBe(before);
});

const EXCHANGE = {
  en: {
    format: 'Format',
    export: 'Export all marks',
    exported: '1 mark exported.',
    import: 'Import a Web Annotations file',
    added: '1 mark added.',
    addedUnplaced: '1 mark added; 1 could not be placed in this document.',
    none: '0 marks added.',
    unplaced: 'Could not be placed',
    refused: 'This file is not a Web Annotations file of marks. Nothing was imported.',
  },
  fr: {
    format: 'Format',
    export: 'Exporter toutes les marques',
    exported: '1 marque exportée.',
    import: 'Importer un fichier d’annotations Web',
    added: '1 marque ajoutée.',
    addedUnplaced: '1 marque ajoutée\u00a0; 1 impossible à replacer dans ce document.',
    none: '0 marque ajoutée.',
    unplaced: 'Impossible à replacer',
    refused: 'Ce fichier n’est pas un fichier d’annotations Web de marques. Rien n’a été importé.',
  },
} as const;

for (const { language, paragraph, section, strings } of CASES) {
  test(`${language}: marks exported as Web Annotations and Markdown and imported back, by keyboard`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const words = EXCHANGE[language];
    // Listened to for the whole test: Chromium is told to hand file choosers to the test only when a listener is
    // added, and a key pressed at the same moment can beat that message and open a chooser nobody sees.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    const nextChooser = async () => {
      await expect.poll(() => choosers.length).toBeGreaterThan(0);
      const chooser = choosers.shift();
      if (!chooser) throw new Error('No file chooser opened');
      return chooser;
    };
    await openReader(page, `?lang=${language}`);
    await bookmarkByKeyboard(page, paragraph, strings);
    await page.keyboard.press('Alt+Shift+M');
    const panel = page.getByRole('dialog', { name: strings.panel });
    await expect(panel).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Export, by keyboard: the file holds the bookmark as a Web Annotation of this document's version.
    const exportButton = panel.getByRole('button', { name: words.export });
    await exportButton.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    const annotations = JSON.parse(text) as {
      '@context': string;
      first: { items: { motivation: string; body: { value: string }; target: { source: string } }[] };
    };
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.first.items).toHaveLength(1);
    expect(annotations.first.items[0]?.motivation).toBe('bookmarking');
    expect(annotations.first.items[0]?.body.value).toMatch(new RegExp(`^${section}`));
    expect(annotations.first.items[0]?.target.source).toBe(`urn:lisible:document:about-us:${language}`);
    await expect(live(page)).toHaveText(words.exported);

    // Markdown, chosen with the arrow keys: the bookmark's name under its heading.
    await panel.getByRole('combobox', { name: words.format }).selectOption({ index: 1 });
    await exportButton.focus();
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const markdownText = await readFile(await markdown.path(), 'utf8');
    expect(markdownText).toContain(`## ${strings.bookmarks}`);
    await expect(panel).toBeVisible();
    expect(markdownText).toContain(`- **${section.split(' ')[0] ?? ''}`);

    // The bookmark deleted, then the file imported back: the mark is there again.
    await panel.getByRole('region', { name: strings.bookmarks }).getByRole('button', { name: strings.remove }).click();
    await expect.poll(() => savedMarks(page)).toEqual([]);
    await expect(panel).toBeVisible();
    const importInput = panel.getByLabel(words.import);
    const choose = async (content: string) => {
      await importInput.focus();
      const [chooser] = await Promise.all([nextChooser(), page.keyboard.press('Space')]);
      await chooser.setFiles({ name: 'marks.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(content) });
    };
    await choose(text);
    await expect(live(page)).toHaveText(words.added);
    await expect(
      panel
        .getByRole('region', { name: strings.bookmarks })
        .getByRole('button', { name: new RegExp(`^${strings.goTo} ${section}`) }),
    ).toBeVisible();
    // The same file again adds nothing.
    await choose(text);
    await expect(live(page)).toHaveText(words.none);
    expect(await savedMarks(page)).toHaveLength(1);

    // A mark whose passage is not in this document is added and listed as not placed, with its text.
    const moved = structuredClone(annotations) as unknown as {
      first: { items: { id: string; target: { selector: { refinedBy: Record<string, unknown> }[] } }[] };
    };
    const item = moved.first.items[0];
    if (!item) throw new Error('No annotation exported');
    item.id = 'urn:lisible:mark:elsewhere';
    const [quote, position] = item.target.selector;
    if (!quote || !position) throw new Error('No selectors exported');
    Object.assign(quote.refinedBy, { exact: 'Words no longer here', prefix: '', suffix: '' });
    Object.assign(position.refinedBy, { start: 0, end: 'Words no longer here'.length });
    await choose(JSON.stringify(moved));
    await expect(live(page)).toHaveText(words.addedUnplaced);
    const unplaced = panel.getByRole('region', { name: words.unplaced });
    await expect(unplaced).toContainText('Words no longer here');
    expect(await savedMarks(page)).toHaveLength(2);

    // A file that is not annotations changes nothing, and says so.
    await choose('{"type":"Annotation"}');
    await expect(live(page)).toHaveText(words.refused);
    expect(await savedMarks(page)).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
  });
}
