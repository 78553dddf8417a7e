/**
 * Read aloud through the document's structure, with the real speech engine: lists announced with their length
 * and skipped as a whole or from their middle, a pause after headings and list items, and the kinds of content
 * the reader chose not to hear left out.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Block, ReaderDocument, Section } from '../../common/document';
import {
  axeViolations,
  expectEachWithinThreePresses,
  openReader,
  openTools,
  statusMessages,
  TRANSPORT,
} from './reader';
import { notSpeaking, speechLog, startedSaying, useSpeechEngine, waitForVoices } from './speech-engine';

useSpeechEngine(test);
test.setTimeout(120_000);

const GOAL = {
  heading: 'Our Goal: Delivering world-class health care services',
  intro: [
    'Our work is guided by five objectives critical in the delivery of world-class health care services.',
    'We aim to:',
  ],
  items: [
    'enhance patient experience',
    'improve population health',
    'improve provider experience',
    'improve value',
    'advance health equity',
  ],
  after:
    'We know that to create an effective person-centred health care system, we need to listen to and learn from the people we serve and those we partner with.',
};

const controls = (page: Page, language: 'en' | 'fr') =>
  page.getByRole('group', { name: language === 'en' ? 'Read aloud' : 'Lecture à voix haute' });

/** Opens the reader and starts reading aloud at a section, as the table of contents takes the reader there. */
async function readFromSection(page: Page, query: string, section: string, language: 'en' | 'fr'): Promise<void> {
  await openReader(page, query);
  await waitForVoices(page);
  await page
    .getByRole('navigation', { name: language === 'en' ? 'On this page' : 'Sur cette page' })
    .getByRole('link', { name: section })
    .click();
  await controls(page, language)
    .getByRole('button', { name: language === 'en' ? 'Read aloud' : 'Lire à voix haute' })
    .click();
}

async function saidTexts(page: Page): Promise<string[]> {
  return (await speechLog(page)).utterances.map((utterance) => utterance.text);
}

/** Every utterance but the last came to an end (said, or cut off) before the next: never two voices at once. */
async function oneVoiceAtATime(page: Page): Promise<void> {
  const { utterances } = await speechLog(page);
  for (const utterance of utterances.slice(0, -1)) expect(utterance.events.at(-1)).toMatch(/^(end|error:)/);
}

test('announces a list with its length, and pauses after the heading and after each item', async ({ page }) => {
  await readFromSection(page, '?lang=en&speechRate=3', GOAL.heading, 'en');
  await startedSaying(page, GOAL.after);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);

  const { utterances } = await speechLog(page);
  expect(utterances.map((utterance) => utterance.text)).toEqual([
    GOAL.heading,
    ...GOAL.intro,
    'List, 5 items',
    ...GOAL.items,
    GOAL.after,
  ]);
  // The announcement is said in the list's language, each utterance to its end.
  expect(utterances[3]?.voiceLang?.toLowerCase()).toMatch(/^en\b/);
  expect(utterances.slice(0, -1).every((utterance) => utterance.events.join() === 'start,end')).toBe(true);

  // speech-dispatcher leaves a silence of its own between utterances, from a few tenths of a second up, which
  // the reader does not control. After a heading and after each item the reader adds a pause: it waits before
  // asking for the next utterance (400 ms at the normal speed, 150 ms at 3×), where elsewhere it asks at once.
  const waitAfter = (text: string) => {
    const index = utterances.findIndex((utterance) => utterance.text === text);
    return (utterances[index + 1]?.requestedAt ?? 0) - (utterances[index]?.endedAt ?? Infinity);
  };
  for (const line of [GOAL.heading, ...GOAL.items]) expect(waitAfter(line), line).toBeGreaterThanOrEqual(140);
  for (const sentence of [GOAL.intro[0] ?? '', 'List, 5 items'])
    expect(waitAfter(sentence), sentence).toBeLessThan(140);
});

test('skips the rest of a list from its middle, with the shortcut; elsewhere the shortcut says there is no list', async ({
  page,
}) => {
  await readFromSection(page, '?lang=en', GOAL.heading, 'en');
  await startedSaying(page, GOAL.heading);
  // No list yet: nothing is skipped, and the reader is told why.
  await page.keyboard.press('Alt+Shift+L');
  await expect(statusMessages(page)).toHaveText('Not in a list: nothing to skip.');
  await startedSaying(page, GOAL.items[1] ?? '');
  await page.keyboard.press('Alt+Shift+L');
  await startedSaying(page, GOAL.after);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
  expect(await saidTexts(page)).toEqual([
    GOAL.heading,
    ...GOAL.intro,
    'List, 5 items',
    ...GOAL.items.slice(0, 2),
    GOAL.after,
  ]);
  await oneVoiceAtATime(page);
});

test('in French, announces the list in French and skips it as a whole with the toolbar’s button', async ({ page }) => {
  await readFromSection(page, '?lang=fr', 'Vision, mission et valeurs', 'fr');
  const toolbar = controls(page, 'fr').getByRole('toolbar');
  const skip = toolbar.getByRole('button', { name: 'Passer la liste' });
  await startedSaying(page, 'Liste de 5 éléments');
  // Paused in the list, to look at the toolbar at leisure.
  await page.keyboard.press('Control+Shift+U');
  // Offered only while a list is being read, in the place of "next section": still seven buttons, each within
  // three key presses of the first.
  const paused = TRANSPORT.fr.map((name) => (name === 'Mettre en pause' ? 'Reprendre' : name));
  const inList = paused.map((name) => (name === 'Section suivante' ? 'Passer la liste' : name));
  await expect(toolbar.getByRole('button')).toHaveText(inList);
  expect(await axeViolations(page)).toEqual([]);
  await toolbar.getByRole('button', { name: 'Reprendre' }).focus();
  await expectEachWithinThreePresses(page, toolbar, inList);
  // Pressed from the keyboard: out of the list, and "next section" is back in its place, focused.
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(skip).toHaveCount(0);
  await expect(toolbar.getByRole('button')).toHaveText(paused);
  await expect(toolbar.getByRole('button', { name: 'Section suivante' })).toBeFocused();
  await page.keyboard.press('Control+Shift+U');
  await startedSaying(page, 'Équité');
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);

  const { utterances } = await speechLog(page);
  const announced = utterances.findIndex((utterance) => utterance.text === 'Liste de 5 éléments');
  expect(utterances[announced]?.voiceLang?.toLowerCase()).toMatch(/^fr\b/);
  // Straight from the list, or from wherever in it the button was pressed, to the heading after it.
  const afterList = utterances.slice(announced + 1).map((utterance) => utterance.text);
  expect(afterList.at(-1)).toBe('Équité');
  expect(
    afterList
      .slice(0, -1)
      .every((text) => ['Intégrité', 'Imagination', 'Tenacité', 'Humilité', 'Attention'].includes(text)),
  ).toBe(true);
  expect(afterList.length).toBeLessThan(6);
  await oneVoiceAtATime(page);
});

test('skipping the document’s last list ends the reading', async ({ page }) => {
  await readFromSection(page, '?lang=fr&speechRate=2', 'Quintuple objectif', 'fr');
  await startedSaying(page, 'Liste de 5 éléments');
  await page.keyboard.press('Alt+Shift+L');
  await expect(statusMessages(page)).toHaveText('Lecture à voix haute terminée.');
  await notSpeaking(page);
  expect((await saidTexts(page)).at(-1)).not.toBe('promouvoir l’équité en matière de santé.');
});

/** The real library, with a list of links added at the end of the English document's section `id`. */
async function serveWithLinkList(page: Page, id: string, links: string[]): Promise<void> {
  await page.route('**/library/*.en.json', async (route) => {
    const response = await route.fetch();
    const document = (await response.json()) as ReaderDocument;
    const find = (sections: Section[]): Section | undefined =>
      sections.find((section) => section.id === id) ??
      sections.flatMap((section) => find(section.sections) ?? []).at(0);
    const list: Block = {
      type: 'list',
      ordered: false,
      items: links.map((text) => [
        {
          type: 'paragraph',
          children: [{ type: 'link', href: '#purpose', children: [{ type: 'text', value: text }] }],
        },
      ]),
    };
    find(document.sections)?.blocks.push(list);
    await route.fulfill({ response, json: document });
  });
}

test('leaves out the lists of links the reader chose to skip, and reads the other lists', async ({ page }) => {
  await serveWithLinkList(page, 'vision', ['Our strategic plan', 'Our annual report']);
  await readFromSection(page, '?lang=en&speechRate=3&speechSkip=linkLists', 'Our vision', 'en');
  await startedSaying(page, 'Integrity');
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
  const said = await saidTexts(page);
  expect(said.slice(0, 4)).toEqual([
    'Our vision',
    'Together, we will be a leader in health and wellness for all',
    'Our mission',
    'To connect the health system to drive improved and equitable health outcomes, experiences and value',
  ]);
  // The list of links is on the page, and never said; the list of values is said, announced.
  await expect(page.getByRole('link', { name: 'Our strategic plan' })).toBeVisible();
  expect(said.some((text) => /strategic plan|annual report|List, 2 items/.test(text))).toBe(false);
  expect(said).toContain('List, 5 items');
});

test('the reader chooses in the preferences to leave out the “Related” section; the choice is kept', async ({
  page,
}) => {
  await openReader(page, '?lang=en&speechRate=3');
  await waitForVoices(page);
  await openTools(page);
  await page.getByRole('button', { name: 'Reading preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading preferences' });
  await dialog
    .getByRole('group', { name: 'Leave out while reading aloud' })
    .getByLabel('The “Related” links section', { exact: true })
    .check();
  await expect(statusMessages(page)).toHaveText('Leave out while reading aloud: The “Related” links section');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.reload();
  await waitForVoices(page);

  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Emergency Planning and Management' })
    .click();
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await expect(statusMessages(page)).toHaveText('Finished reading aloud.', { timeout: 45_000 });
  // The reading ends with the last section before "Related": none of it is said.
  expect(await saidTexts(page)).toEqual([
    'Emergency Planning and Management',
    'Overseeing and coordinating system response to fluctuations in demand for services as well as emergencies such as power outages, fires and weather events that impact the health system.',
  ]);
  await expect(page.getByRole('heading', { name: 'Related' })).toBeVisible();
});

test('in French, the choice of what to leave out is offered in French', async ({ page }) => {
  await openReader(page, '?lang=fr&speechSkip=lists');
  await openTools(page, 'fr');
  await page.getByRole('button', { name: 'Préférences de lecture' }).click();
  const group = page
    .getByRole('dialog', { name: 'Préférences de lecture' })
    .getByRole('group', { name: 'Passer pendant la lecture à voix haute' });
  await expect(group.getByRole('radio')).toHaveCount(4);
  await expect(group.getByLabel('La section des liens connexes et toutes les listes', { exact: true })).toBeChecked();
  await expect(group.getByLabel('Rien\u00a0: tout lire (par défaut)', { exact: true })).not.toBeChecked();
});
