/**
 * Read aloud, with the real speech engine (speech-dispatcher and espeak-ng): the tests wait on what the engine
 * reports and on what the page shows (highlight, buttons, live region), never on a clock.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LibraryIndex } from '../../common/document';
import {
  axeViolations,
  expectEachWithinThreePresses,
  languageToggle,
  openReader,
  openTools,
  statusMessages,
  TITLES,
  TRANSPORT,
} from './reader';
import {
  highlightedSentence,
  notSpeaking,
  SPEECH_TIMEOUT_MS,
  speechLog,
  startedSaying,
  useSpeechEngine,
  utterancesStarted,
  waitForVoices,
} from './speech-engine';

useSpeechEngine(test);
test.setTimeout(120_000);

const EN = {
  firstHeading: 'Our Purpose: Connecting, coordinating and modernizing our health care system',
  first:
    'We are an agency created by the Government of Ontario to connect, coordinate and modernize our province’s health care system.',
  second:
    'We work with partners, providers and patients to make the health system more efficient so everyone in Ontario has an opportunity for better health and wellbeing.',
  secondHeading: 'Our Goal: Delivering world-class health care services',
};
const FR = {
  first:
    'Nous sommes un organisme créé par le gouvernement de l’Ontario dans le but d’interconnecter, de coordonner et de moderniser le système de soins de santé de la province.',
  second:
    'Avec des partenaires, des fournisseurs et des patients, nous œuvrons à rendre le système de santé plus efficace afin que tous les Ontariens aient la possibilité d’améliorer leur santé et leur bien-être.',
  third:
    'Nous supervisons la planification et la prestation des soins de santé dans l’ensemble de la province pour offrir un système de soins de santé centré sur la personne.',
};

const controls = (page: Page, language: 'en' | 'fr') =>
  page.getByRole('group', { name: language === 'en' ? 'Read aloud' : 'Lecture à voix haute' });

async function open(page: Page, query: string): Promise<void> {
  await openReader(page, query);
  await waitForVoices(page);
}

test('reads the French page in a French voice, sentence after sentence, the highlight following', async ({ page }) => {
  await open(page, '?lang=fr&speechRate=3');
  const play = controls(page, 'fr').getByRole('button', { name: 'Lire à voix haute' });
  await play.click();
  await expect(statusMessages(page)).toHaveText('Lecture à voix haute en cours.');
  await expect(controls(page, 'fr').getByRole('button', { name: 'Mettre en pause' })).toBeFocused();

  await utterancesStarted(page, 4);
  const { utterances, highlights } = await speechLog(page);
  // At the top of the page, reading starts with the title, then goes through the text in order.
  expect(utterances.slice(0, 4).map((utterance) => utterance.text)).toEqual([TITLES.fr, FR.first, FR.second, FR.third]);
  for (const utterance of utterances) {
    expect(utterance.voiceLang?.toLowerCase()).toMatch(/^fr\b/);
    expect(utterance.rate).toBe(3);
  }
  // Each utterance was spoken to its end before the next began.
  expect(utterances.slice(0, 3).every((utterance) => utterance.events.join() === 'start,end')).toBe(true);
  // The highlight went through the same sentences, in the same order.
  expect(highlights.slice(0, 4)).toEqual([TITLES.fr, FR.first, FR.second, FR.third]);
  // Focus never left the control.
  await expect(controls(page, 'fr').getByRole('button', { name: 'Mettre en pause' })).toBeFocused();

  await page.keyboard.press('Control+Period');
  await expect(statusMessages(page)).toHaveText('Lecture à voix haute arrêtée.');
  await notSpeaking(page);
  expect(await highlightedSentence(page)).toBe('');
});

test('pauses, resumes the same sentence, and stops, from the buttons and the keyboard', async ({ page }) => {
  await open(page, '?lang=en');
  const group = controls(page, 'en');
  // A chosen paragraph: reading starts where the reader clicked.
  await page.getByText(EN.first).click({ position: { x: 5, y: 5 } });
  await group.getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, EN.first);
  await expect.poll(() => highlightedSentence(page)).toBe(EN.first);

  await group.getByRole('button', { name: 'Pause' }).click();
  await expect(group.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(statusMessages(page)).toHaveText('Paused.');
  await notSpeaking(page);
  // Paused, the sentence stays highlighted, and the cut-off utterance is over.
  expect(await highlightedSentence(page)).toBe(EN.first);
  expect((await speechLog(page)).utterances.at(-1)?.events).toEqual(['start', 'error:interrupted']);

  await group.getByRole('button', { name: 'Resume' }).click();
  await expect(statusMessages(page)).toHaveText('Reading aloud.');
  // The engine reports no word boundaries, so the sentence is said again from its start.
  await startedSaying(page, EN.first, 2);

  await page.keyboard.press('Control+Shift+U');
  await expect(group.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('Control+Shift+U');
  await expect(group.getByRole('button', { name: 'Pause' })).toBeVisible();
  await startedSaying(page, EN.first, 3);

  await group.getByRole('button', { name: 'Stop' }).click();
  await expect(group.getByRole('button', { name: 'Read aloud' })).toBeVisible();
  // Idle again: the transport folds away, leaving the one button.
  await expect(group.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(statusMessages(page)).toHaveText('Stopped reading aloud.');
  await notSpeaking(page);
  expect(await highlightedSentence(page)).toBe('');
});

test('moves by sentence and by section, with the buttons and the shortcuts', async ({ page }) => {
  // Slowly, so that each move lands while the sentence before it is still being said.
  await open(page, '?lang=en&speechRate=0.5');
  const group = controls(page, 'en');
  await page.getByText(EN.first).click({ position: { x: 5, y: 5 } });
  await group.getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, EN.first);

  await group.getByRole('button', { name: 'Next sentence' }).click();
  await startedSaying(page, EN.second);
  await expect.poll(() => highlightedSentence(page)).toBe(EN.second);
  await page.keyboard.press('Control+Shift+Comma');
  await startedSaying(page, EN.first, 2);
  await page.keyboard.press('Control+Shift+Period');
  await startedSaying(page, EN.second, 2);

  await page.keyboard.press('Alt+Shift+Period');
  await startedSaying(page, EN.secondHeading);
  // At a section's heading, "previous section" goes to the one before; within a section, to its heading.
  await group.getByRole('button', { name: 'Previous section' }).click();
  await startedSaying(page, EN.firstHeading);
  await group.getByRole('button', { name: 'Next sentence' }).click();
  await startedSaying(page, EN.first, 3);
  await page.keyboard.press('Alt+Shift+Comma');
  await startedSaying(page, EN.firstHeading, 2);
  await group.getByRole('button', { name: 'Next section' }).click();
  await startedSaying(page, EN.secondHeading, 2);
  await expect.poll(() => highlightedSentence(page)).toBe(EN.secondHeading);

  // Every cut-off utterance ended when it was cut off: never two voices at once.
  const { utterances } = await speechLog(page);
  expect(utterances.map((utterance) => utterance.text)).toEqual([
    EN.first,
    EN.second,
    EN.first,
    EN.second,
    EN.secondHeading,
    EN.firstHeading,
    EN.first,
    EN.firstHeading,
    EN.secondHeading,
  ]);
  for (const utterance of utterances.slice(0, -1)) expect(utterance.events).toEqual(['start', 'error:interrupted']);
  await group.getByRole('button', { name: 'Stop' }).click();
  await notSpeaking(page);
});

test('reads from the section scrolled into view', async ({ page }) => {
  await open(page, '?lang=en&speechRate=3');
  await page.evaluate(() => document.getElementById('goal')?.scrollIntoView({ block: 'start' }));
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await utterancesStarted(page, 1);
  expect((await speechLog(page)).utterances[0]?.text).toBe(EN.secondHeading);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('reads from the heading the table of contents took the reader to, keeping it in view', async ({ page }) => {
  // Slowly: a one-word heading said quickly is gone before the page can be looked at.
  await open(page, '?lang=fr&speechRate=0.5');
  await page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link', { name: 'Équité' }).click();
  await controls(page, 'fr').getByRole('button', { name: 'Lire à voix haute' }).click();
  await utterancesStarted(page, 1);
  expect((await speechLog(page)).utterances[0]?.text).toBe('Équité');
  await expect
    .poll(async () => ({ sentence: await highlightedSentence(page), inView: await highlightInView(page) }), {
      timeout: SPEECH_TIMEOUT_MS,
      intervals: [50],
    })
    .toEqual({ sentence: 'Équité', inView: true });
  expect((await speechLog(page)).highlights[0]).toBe('Équité');
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

/** Whether the highlighted sentence is on screen, below the sticky header. */
function highlightInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('speech-sentence') ?? [])][0] as Range | undefined;
    const rect = range?.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    return rect !== undefined && rect.top >= header && rect.bottom <= window.innerHeight;
  });
}

test('keeps the sentence being read in view below the header, without moving focus', async ({ page }) => {
  await open(page, '?lang=en&speechRate=0.5');
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, TITLES.en);
  // Sections further and further down the page.
  for (const heading of [
    EN.firstHeading,
    EN.secondHeading,
    'Our Guiding Principles: Vision, Mission and Values',
    'Our vision',
    'Our mission',
    'Our values',
  ]) {
    await page.keyboard.press('Alt+Shift+Period');
    await startedSaying(page, heading);
  }
  await expect.poll(() => highlightInView(page)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(controls(page, 'en').getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('applies the speed chosen, and the engine speaks faster', async ({ page }) => {
  await open(page, '?lang=en');
  const group = controls(page, 'en');
  const speeds = page
    .getByRole('dialog', { name: 'Reading preferences' })
    .getByRole('group', { name: 'Reading speed' });
  const durationOf = async (rate: string, times: number) => {
    // Before reading, the speed is among the reading preferences.
    await openTools(page);
    await page.getByRole('button', { name: 'Reading preferences' }).click();
    const choice = speeds.getByRole('radio', { name: new RegExp(`^${rate}`) });
    // Choosing the speed already in use changes nothing, and so says nothing.
    const change = !(await choice.isChecked());
    await choice.check();
    // Said from the dialog: the page behind a modal dialog is out of a screen reader's hearing.
    if (change) await expect(statusMessages(page)).toHaveText(`Reading speed: ${rate}`);
    await page.keyboard.press('Escape');
    // Back on the panel's command; Escape again folds the panel, which lies over the text while open.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Tools', exact: true })).toHaveAttribute('aria-expanded', 'false');
    await page.getByText(EN.first).click({ position: { x: 5, y: 5 } });
    await group.getByRole('button', { name: 'Read aloud' }).click();
    await startedSaying(page, EN.second, times);
    await group.getByRole('button', { name: 'Stop' }).click();
    await notSpeaking(page);
    const said = (await speechLog(page)).utterances.filter((utterance) => utterance.text === EN.first).at(-1);
    return { rate: said?.rate, duration: (said?.endedAt ?? 0) - (said?.startedAt ?? 0) };
  };
  const normal = await durationOf('1×', 1);
  const fast = await durationOf('3×', 2);
  expect(normal.rate).toBe(1);
  expect(fast.rate).toBe(3);
  // Not a timing to the millisecond: three times the speed takes well under three quarters of the time.
  expect(fast.duration).toBeLessThan(normal.duration * 0.75);
  // Saved with the other preferences.
  await page.reload();
  await openTools(page);
  await page.getByRole('button', { name: 'Reading preferences' }).click();
  await expect(speeds.getByRole('radio', { name: '3×' })).toBeChecked();
  await page.keyboard.press('Escape');
  // While reading, the transport's own setting shows the same speed.
  await group.getByRole('button', { name: 'Read aloud' }).click();
  await group.getByRole('button', { name: 'Voice and speed' }).click();
  await expect(group.getByLabel('Reading speed')).toHaveValue('3');
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('speaks each passage in its language, in the voice chosen for that language', async ({ page }) => {
  // The French interface showing a document that exists only in English.
  await page.route('**/library/{start,index}.json', async (route) => {
    const response = await route.fetch();
    const library = (await response.json()) as LibraryIndex;
    for (const entry of library.documents) delete entry.versions.fr;
    await route.fulfill({ response, json: library });
  });
  await open(page, '?lang=fr&speechRate=3');
  const group = controls(page, 'fr');
  // Before reading, the voice is among the reading preferences.
  await openTools(page, 'fr');
  await page.getByRole('button', { name: 'Préférences de lecture' }).click();
  const voice = page.getByRole('dialog', { name: 'Préférences de lecture' }).getByLabel('Voix', { exact: true });
  await expect(voice).toBeVisible();
  // Only French voices are offered in French; choose one that is not the automatic choice.
  const offered = await voice.locator('option').allTextContents();
  expect(offered.slice(1).every((label) => /\(fr\b/i.test(label))).toBe(true);
  const chosen = offered.find((label) => label.includes('(fr-CH)')) ?? offered.at(-1) ?? '';
  await voice.selectOption({ label: chosen });
  await expect(statusMessages(page)).toHaveText(`Voix\u00a0: ${chosen}`);
  await page.keyboard.press('Escape');

  await group.getByRole('button', { name: 'Lire à voix haute' }).click();
  await utterancesStarted(page, 3);
  const [note, title, heading] = (await speechLog(page)).utterances;
  // The note about the document's language is French, read in the chosen French voice…
  expect(note?.text).toBe('Ce document n’est offert qu’en anglais.');
  expect(`${note?.voiceName ?? ''} (${note?.voiceLang ?? ''})`).toBe(chosen);
  // …and the English document in an English voice.
  expect(title?.text).toBe(TITLES.en);
  expect(title?.voiceLang?.toLowerCase()).toMatch(/^en\b/);
  expect(heading?.text).toBe(EN.firstHeading);
  expect(heading?.voiceLang?.toLowerCase()).toMatch(/^en\b/);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('says when no voice is installed for the language, and how to add one', async ({ page }) => {
  // A machine without French voices.
  await page.addInitScript(() => {
    const listed = speechSynthesis.getVoices.bind(speechSynthesis);
    speechSynthesis.getVoices = () => listed().filter((voice) => !voice.lang.toLowerCase().startsWith('fr'));
  });
  await open(page, '?lang=fr');
  const group = controls(page, 'fr');
  await group.getByRole('button', { name: 'Lire à voix haute' }).click();
  const notice =
    'Aucune voix française n’est installée sur cet appareil\u00a0: le texte en français ne peut donc pas être lu à voix haute.';
  await expect(group.getByText(notice)).toBeVisible();
  await expect(group.getByText(/^Windows\u00a0: Paramètres/)).toBeVisible();
  await expect(group.getByText(/^Linux\u00a0: installez speech-dispatcher/)).toBeVisible();
  await expect(statusMessages(page)).toHaveText(notice);
  await expect(group.getByRole('button', { name: 'Lire à voix haute' })).toBeVisible();
  expect((await speechLog(page)).utterances).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // English still has its voices.
  await languageToggle(page, 'en').click();
  await expect(group.getByText(notice)).toBeHidden();
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await utterancesStarted(page, 1);
  expect((await speechLog(page)).utterances[0]?.voiceLang?.toLowerCase()).toMatch(/^en\b/);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('the highlight can be turned off and on in the reading preferences, while reading', async ({ page }) => {
  await open(page, '?lang=en&speechRate=0.5');
  const dialog = page.getByRole('dialog', { name: 'Reading preferences' });
  const highlightChoice = async (name: string, said: string) => {
    await openTools(page);
    await page.getByRole('button', { name: 'Reading preferences' }).click();
    await dialog.getByRole('group', { name: 'Highlight the sentence being read' }).getByLabel(name).check();
    // Said in the dialog, where the reader is.
    await expect(statusMessages(page)).toHaveText(`Highlight the sentence being read: ${said}`);
    await page.keyboard.press('Escape');
  };
  await highlightChoice('No highlight', 'No highlight');
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, TITLES.en);
  expect(await highlightedSentence(page)).toBe('');
  await highlightChoice('Highlight (default)', 'Highlight');
  // On again: on whichever sentence is being said by now.
  await expect
    .poll(async () => {
      const [highlighted, { utterances }] = await Promise.all([highlightedSentence(page), speechLog(page)]);
      return highlighted !== '' && highlighted === utterances.at(-1)?.text;
    })
    .toBe(true);
  await page.keyboard.press('Control+Period');
  await notSpeaking(page);
});

test('stops when the language changes', async ({ page }) => {
  await open(page, '?lang=en');
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, TITLES.en);
  await languageToggle(page, 'fr').click();
  await notSpeaking(page);
  expect(await highlightedSentence(page)).toBe('');
  await expect(controls(page, 'fr').getByRole('button', { name: 'Lire à voix haute' })).toBeVisible();
});

for (const language of ['en', 'fr'] as const) {
  test(`passes axe with the controls open and a sentence highlighted (${language})`, async ({ page }) => {
    await open(page, `?lang=${language}`);
    const group = controls(page, language);
    await group.getByRole('button', { name: language === 'en' ? 'Read aloud' : 'Lire à voix haute' }).click();
    await utterancesStarted(page, 1);
    await group.getByRole('button', { name: language === 'en' ? 'Voice and speed' : 'Voix et vitesse' }).click();
    await page.keyboard.press('Control+Shift+U');
    await expect(group.getByRole('button', { name: language === 'en' ? 'Resume' : 'Reprendre' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Every control is at least 44 px high.
    const heights = await group
      .locator('button, select')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    await page.keyboard.press('Control+Period');
    await notSpeaking(page);
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`one button while idle; while reading, a toolbar whose every button is three key presses from the first (${language})`, async ({
    page,
  }) => {
    await open(page, `?lang=${language}&speechRate=0.5`);
    const toolbar = controls(page, language).getByRole('toolbar');
    await expect(toolbar.getByRole('button')).toHaveCount(1);
    await toolbar.getByRole('button', { name: language === 'en' ? 'Read aloud' : 'Lire à voix haute' }).click();
    await utterancesStarted(page, 1);
    const names = TRANSPORT[language];
    await expect(toolbar.getByRole('button')).toHaveText([...names]);
    await expect(toolbar.getByRole('button', { name: names[0], exact: true })).toBeFocused();
    await expectEachWithinThreePresses(page, toolbar, names);
    // The whole toolbar is one Tab stop, and Tab comes back to the button last used.
    await page.keyboard.press('Tab');
    expect(await toolbar.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar.getByRole('button', { name: names[names.length - 1] ?? '', exact: true })).toBeFocused();
    // Stopped from the keyboard, the transport folds away and focus stays in the toolbar.
    await page.keyboard.press('Control+Period');
    await notSpeaking(page);
    await expect(toolbar.getByRole('button')).toHaveCount(1);
    await expect(
      toolbar.getByRole('button', { name: language === 'en' ? 'Read aloud' : 'Lire à voix haute' }),
    ).toBeFocused();
  });
}

/** Selects the text from `from` to the end of `to` in the document, as a reader dragging across it would. */
async function selectText(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const main = document.querySelector('main');
      if (!main) throw new Error('No document');
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      const at = (text: string, end: boolean): [Node, number] => {
        walker.currentNode = main;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = node.textContent?.indexOf(text) ?? -1;
          if (index !== -1) return [node, end ? index + text.length : index];
        }
        throw new Error(`Not in the document: ${text}`);
      };
      const range = document.createRange();
      range.setStart(...at(from, false));
      range.setEnd(...at(to, true));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { from, to },
  );
}

test('reads exactly the selected text, across sentences, in its language, highlighted, then stops', async ({
  page,
}) => {
  await open(page, '?lang=en&speechRate=3');
  await selectText(page, 'coordinate and modernize', 'We work with partners');
  await page.keyboard.press('Alt+Shift+U');
  await utterancesStarted(page, 2);
  await notSpeaking(page);
  const { utterances, highlights } = await speechLog(page);
  expect(utterances.map((utterance) => utterance.text)).toEqual([
    'coordinate and modernize our province’s health care system.',
    'We work with partners',
  ]);
  expect(utterances.every((utterance) => utterance.voiceLang?.toLowerCase().startsWith('en'))).toBe(true);
  expect(utterances.every((utterance) => utterance.events.join() === 'start,end')).toBe(true);
  expect(highlights).toEqual(['coordinate and modernize our province’s health care system.', 'We work with partners']);
  await expect(statusMessages(page)).toHaveText('Finished reading aloud.');
});

test('with nothing selected, says how to read a selection instead of reading anything', async ({ page }) => {
  await open(page, '?lang=fr');
  await page.keyboard.press('Alt+Shift+U');
  await expect(statusMessages(page)).toHaveText(
    'Sélectionnez d’abord du texte dans le document, puis demandez sa lecture.',
  );
  expect((await speechLog(page)).utterances).toEqual([]);
});

test('the system media controls drive the reader, and show the document and the section being read', async ({
  page,
}) => {
  // The media keys reach the page through the handlers it gives the media session: keep them to press them.
  await page.addInitScript(() => {
    const handlers: Record<string, () => void> = {};
    (window as unknown as { mediaHandlers: typeof handlers }).mediaHandlers = handlers;
    const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      if (handler) handlers[action] = handler as () => void;
      else Reflect.deleteProperty(handlers, action);
      set(action, handler);
    };
  });
  const media = (action: string) =>
    page.evaluate((name) => {
      (window as unknown as { mediaHandlers: Record<string, () => void> }).mediaHandlers[name]?.();
    }, action);
  const nowPlaying = () =>
    page.evaluate(() => ({
      state: navigator.mediaSession.playbackState,
      title: navigator.mediaSession.metadata?.title,
      album: navigator.mediaSession.metadata?.album,
    }));

  await open(page, '?lang=en&speechRate=3');
  await controls(page, 'en').getByRole('button', { name: 'Read aloud' }).click();
  await startedSaying(page, EN.first);
  expect(await nowPlaying()).toEqual({ state: 'playing', title: EN.firstHeading, album: TITLES.en });

  // Next track: the next section, which the controls then show.
  await media('nexttrack');
  await startedSaying(page, EN.secondHeading);
  expect(await nowPlaying()).toEqual({ state: 'playing', title: EN.secondHeading, album: TITLES.en });
  // Seek forward: the next sentence.
  const before = (await speechLog(page)).utterances.length;
  await media('seekforward');
  await expect.poll(async () => (await speechLog(page)).utterances.length).toBeGreaterThan(before);
  expect((await speechLog(page)).utterances[before - 1]?.text).toBe(EN.secondHeading);
  expect((await speechLog(page)).utterances[before]?.text).not.toBe(EN.secondHeading);

  // Pause and play: the reader's own buttons follow.
  await media('pause');
  await notSpeaking(page);
  expect((await nowPlaying()).state).toBe('paused');
  await expect(controls(page, 'en').getByRole('button', { name: 'Resume' })).toBeVisible();
  await media('play');
  await expect(controls(page, 'en').getByRole('button', { name: 'Pause' })).toBeVisible();
  expect((await nowPlaying()).state).toBe('playing');
  await media('stop');
  await notSpeaking(page);
  expect(await nowPlaying()).toEqual({ state: 'none', title: undefined, album: undefined });
});

for (const language of ['en', 'fr'] as const) {
  test(`each voice can be heard before it is chosen, and stopped (${language})`, async ({ page }) => {
    const strings = {
      en: {
        preferences: 'Reading preferences',
        listen: 'Listen to ',
        stop: 'Stop listening to ',
        sample: 'Hello. This is how this voice reads the text to you.',
      },
      fr: {
        preferences: 'Préférences de lecture',
        listen: 'Écouter ',
        stop: 'Arrêter l’écoute de ',
        sample: 'Bonjour. Voici comment cette voix vous lit le texte.',
      },
    }[language];
    await open(page, `?lang=${language}&speechRate=0.5`);
    await openTools(page, language);
    await page.getByRole('button', { name: strings.preferences }).click();
    const dialog = page.getByRole('dialog', { name: strings.preferences });
    const voice = dialog.getByLabel(language === 'en' ? 'Voice' : 'Voix', { exact: true });
    // Any voice but the automatic choice: the last one listed.
    const last = voice.locator('option').last();
    await voice.selectOption(await last.getAttribute('value'));
    const chosen = (await last.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    // The button names the voice it lets the reader hear.
    await dialog.getByRole('button', { name: `${strings.listen}${chosen}`, exact: true }).click();
    await startedSaying(page, strings.sample);
    const stop = dialog.getByRole('button', { name: `${strings.stop}${chosen}`, exact: true });
    await expect(stop).toBeFocused();
    await stop.click();
    await notSpeaking(page);
    await expect(dialog.getByRole('button', { name: `${strings.listen}${chosen}`, exact: true })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    const [preview] = (await speechLog(page)).utterances;
    // Said in that voice, in its language, and cut off when asked.
    expect(`${preview?.voiceName ?? ''} (${preview?.voiceLang ?? ''})`).toBe(chosen);
    expect(preview?.events).toEqual(['start', 'error:interrupted']);
  });
}
