/**
 * The kiosk used audio-first, by keypad alone, with the real speech engine: every utterance is recorded (text,
 * language, the engine's events) and a whole visit is checked as a visitor who cannot see the screen hears it.
 * Idle times pass on Playwright's clock; everything else waits on what the engine reports.
 */
import { expect, test, type Page } from '@playwright/test';
import { TITLES } from './reader';
import { SPEECH_TIMEOUT_MS, speechLog, useSpeechEngine, waitForVoices } from './speech-engine';

useSpeechEngine(test);
test.setTimeout(240_000);

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

interface Heard {
  text: string;
  lang: string;
}

/** What has been said since `from`, each with the base language of the voice that said it. */
async function heardSince(page: Page, from: number): Promise<Heard[]> {
  const { utterances } = await speechLog(page);
  return utterances.slice(from).map((utterance) => ({
    text: utterance.text.replace(/[\u00a0\u202f]/g, ' '),
    lang: (utterance.voiceLang ?? utterance.lang).toLowerCase().split(/[-_]/)[0] ?? '',
  }));
}

const utteranceCount = async (page: Page) => (await speechLog(page)).utterances.length;

/** What the visitor hears, in each language; `other` is the language toggle, said in its own language. */
const HEARD = {
  en: {
    chosen: { text: 'English, button', lang: 'en' },
    title: { text: `${TITLES.en}, heading level 1`, lang: 'en' },
    hint: '8 or 2: move between the controls. 5 or Enter: use one. 9 or F1: help.',
    controls: [
      'Skip to main content, link',
      'Read aloud, Read aloud, button',
      'Français, bouton',
      'Back to start, button',
      'Tools, button, collapsed',
    ],
    toolsOpen: 'Tools, button, expanded',
    smaller: 'Text size 150%, Smaller, button',
    larger: 'Larger, button',
    changed: 'Text size 175%',
    readAloud: 'Read aloud, Read aloud, button',
    opening: [
      TITLES.en,
      'Our Purpose: Connecting, coordinating and modernizing our health care system',
      'We are an agency created by the Government of Ontario to connect, coordinate and modernize our province’s health care system.',
    ],
    firstSentence:
      'We are an agency created by the Government of Ontario to connect, coordinate and modernize our province’s health care system.',
    nextParagraph:
      'We regularly connect and engage with health care professionals, system partners, patients and care partners and continue to build positive and collaborative relationships across all sectors.',
    paused: 'Paused.',
    stopped: 'Stopped reading aloud.',
    warning:
      'Are you still reading? To protect your privacy, the reader will go back to the start and forget your settings. 30 seconds left. Press 5 or Enter to keep reading.',
    countdown: [
      '20 seconds left. Press 5 or Enter to keep reading.',
      '10 seconds left. Press 5 or Enter to keep reading.',
    ],
    readingHelp:
      '4 or 6: previous or next sentence. 1 or 3: previous or next paragraph. 8 or 2: previous or next section. 5 or Enter: pause or go on. 7 or Escape: stop reading. 0: hear it again. plus or minus: louder or softer. star or slash: faster or slower.',
    help: '8 or 2: move between the controls. 5 or Enter: use the control. 7 or Escape: go back to the start. 0: hear it again. plus or minus: louder or softer. star or slash: faster or slower.',
  },
  fr: {
    chosen: { text: 'Français, bouton', lang: 'fr' },
    title: { text: `${TITLES.fr}, titre de niveau 1`, lang: 'fr' },
    hint: '8 ou 2 : passer d’une commande à l’autre. 5 ou Entrée : l’utiliser. 9 ou F1 : aide.',
    controls: [
      'Passer au contenu principal, lien',
      'Lecture à voix haute, Lire à voix haute, bouton',
      'English, button',
      'Retour à l’accueil, bouton',
      'Outils, bouton, réduit',
    ],
    toolsOpen: 'Outils, bouton, développé',
    smaller: 'Taille du texte 150 %, Plus petit, bouton',
    larger: 'Plus grand, bouton',
    changed: 'Taille du texte : 175 %',
    readAloud: 'Lecture à voix haute, Lire à voix haute, bouton',
    opening: [
      TITLES.fr,
      'Nous sommes un organisme créé par le gouvernement de l’Ontario dans le but d’interconnecter, de coordonner et de moderniser le système de soins de santé de la province.',
    ],
    firstSentence:
      'Nous sommes un organisme créé par le gouvernement de l’Ontario dans le but d’interconnecter, de coordonner et de moderniser le système de soins de santé de la province.',
    nextParagraph:
      'Nous supervisons la planification et la prestation des soins de santé dans l’ensemble de la province pour offrir un système de soins de santé centré sur la personne.',
    paused: 'En pause.',
    stopped: 'Lecture à voix haute arrêtée.',
    warning:
      'Lisez-vous toujours ? Pour protéger votre vie privée, le lecteur reviendra à l’accueil et oubliera vos réglages. Encore 30 secondes. Appuyez sur 5 ou Entrée pour continuer la lecture.',
    countdown: [
      'Encore 20 secondes. Appuyez sur 5 ou Entrée pour continuer la lecture.',
      'Encore 10 secondes. Appuyez sur 5 ou Entrée pour continuer la lecture.',
    ],
    readingHelp:
      '4 ou 6 : phrase précédente ou suivante. 1 ou 3 : paragraphe précédent ou suivant. 8 ou 2 : section précédente ou suivante. 5 ou Entrée : mettre en pause ou reprendre. 7 ou Échap : arrêter la lecture. 0 : réentendre. plus ou moins : plus fort ou moins fort. étoile ou barre oblique : plus vite ou moins vite.',
    help: '8 ou 2 : passer d’une commande à l’autre. 5 ou Entrée : utiliser la commande. 7 ou Échap : revenir à l’accueil. 0 : réentendre. plus ou moins : plus fort ou moins fort. étoile ou barre oblique : plus vite ou moins vite.',
  },
} as const;

const OFFER: Heard[] = [
  { text: 'For audio, press any key on the keypad.', lang: 'en' },
  { text: 'Pour l’audio, appuyez sur une touche du clavier.', lang: 'fr' },
];
const RESET: Heard[] = [
  { text: 'The reader is back at the start.', lang: 'en' },
  { text: 'Le lecteur est revenu à l’accueil.', lang: 'fr' },
];

/** Presses a keypad key and waits until the page has asked the engine to say `count` things. */
async function press(page: Page, key: string, count = 1): Promise<Heard[]> {
  const before = await utteranceCount(page);
  await page.keyboard.press(key);
  await expect.poll(() => utteranceCount(page), { timeout: SPEECH_TIMEOUT_MS }).toBeGreaterThanOrEqual(before + count);
  return heardSince(page, before);
}

/** Presses a keypad key and waits until the engine has started saying the first thing asked of it since. */
async function startedAfter(page: Page, key: string): Promise<Heard | undefined> {
  const before = await utteranceCount(page);
  await page.keyboard.press(key);
  await expect
    .poll(async () => (await speechLog(page)).utterances[before]?.events.includes('start'), {
      timeout: SPEECH_TIMEOUT_MS,
    })
    .toBe(true);
  return (await heardSince(page, before))[0];
}

/** Waits until the engine has started saying `text`. */
async function startedSaying(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await speechLog(page)).utterances.some(
          (utterance) => utterance.text.replace(/[\u00a0\u202f]/g, ' ') === text && utterance.events.includes('start'),
        ),
      { timeout: SPEECH_TIMEOUT_MS, intervals: [50] },
    )
    .toBe(true);
}

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');

for (const language of ['en', 'fr'] as const) {
  const said = HEARD[language];
  const inLanguage = (text: string): Heard => ({ text, lang: language });

  test(`a visit by keypad alone, heard in ${language === 'en' ? 'English' : 'French'}: offer, language, controls, text size, a section, the idle warning, the reset`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto('./?kiosk=1&audio=1&speechRate=3');
    await waitForVoices(page);

    // The active offer, in each language in a voice of its own, before anyone touches anything.
    await expect.poll(() => utteranceCount(page), { timeout: SPEECH_TIMEOUT_MS }).toBeGreaterThanOrEqual(2);
    expect((await heardSince(page, 0)).slice(0, 2)).toEqual(OFFER);

    // Any key takes it: how to use the keypad, in both languages, then the first choice, where focus now is.
    expect(await press(page, 'Numpad4', 3)).toEqual([
      { text: 'Audio on. 8 or 2: hear each language. 5 or Enter: choose it. 9 or F1: help.', lang: 'en' },
      { text: 'Audio activé. 8 ou 2 : entendre chaque langue. 5 ou Entrée : la choisir. 9 ou F1 : aide.', lang: 'fr' },
      { text: 'English, button', lang: 'en' },
    ]);
    await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
    if (language === 'fr') {
      expect(await press(page, 'Numpad2')).toEqual([said.chosen]);
      await expect(page.getByRole('button', { name: 'Français' })).toBeFocused();
    }

    // Choosing: the reading screen, its title where focus is, and its keys.
    expect(await press(page, 'Numpad5', 2)).toEqual([said.title, inLanguage(said.hint)]);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // Moving through the controls: each said as focus reaches it, the focus ring on it.
    const controls: Heard[] = [];
    for (let step = 0; step < said.controls.length; step += 1) {
      const heard = await press(page, 'Numpad2');
      controls.push(...heard);
      // What is said is where focus is.
      expect(heard.at(-1)?.text).toContain(await focusedName(page));
    }
    expect(controls).toEqual(
      said.controls.map((text) => ({
        text,
        lang: text === 'Français, bouton' ? 'fr' : text === 'English, button' ? 'en' : language,
      })),
    );
    expect(await press(page, 'Numpad5')).toEqual([inLanguage(said.toolsOpen)]);
    // The panel's controls arrive with their script the first time it opens, while "expanded" is being said.
    await expect(page.locator('.text-size button').first()).toBeVisible();

    // Changing the text size: the group and its size as focus enters it, then the change.
    expect(await press(page, 'Numpad2')).toEqual([inLanguage(said.smaller)]);
    expect(await press(page, 'Numpad2')).toEqual([inLanguage(said.larger)]);
    expect(await rootFontSize(page)).toBe('24px');
    expect(await press(page, 'Numpad5')).toEqual([inLanguage(said.changed)]);
    expect(await rootFontSize(page)).toBe('28px');

    // Help says the keys of this screen.
    expect(await press(page, 'Numpad9')).toEqual([inLanguage(said.help)]);

    // Back up to read aloud, and a section read.
    let heard: Heard[] = [];
    while (!heard.some((utterance) => utterance.text === said.readAloud)) heard = await press(page, 'Numpad8');
    const beforeReading = await utteranceCount(page);
    await page.keyboard.press('Numpad5');
    await startedSaying(page, said.firstSentence);
    expect((await heardSince(page, beforeReading)).slice(0, said.opening.length)).toEqual(said.opening.map(inLanguage));
    // By paragraph: 3 to the next one's start, 1 back to the one before.
    expect(await startedAfter(page, 'Numpad3')).toEqual(inLanguage(said.nextParagraph));
    expect(await startedAfter(page, 'Numpad1')).toEqual(inLanguage(said.firstSentence));
    // The next section: the sentence being said is cut off before the next section's heading begins.
    const beforeSkip = await utteranceCount(page);
    const next = await startedAfter(page, 'Numpad2');
    const cut = (await speechLog(page)).utterances[beforeSkip - 1];
    expect(cut?.text).toBe(said.firstSentence);
    expect(cut?.events).toEqual(['start', 'error:interrupted']);
    expect(cut?.endedAt).toBeUndefined();
    expect(next?.text).not.toBe(said.firstSentence);
    // Help while reading pauses it and says the keys of reading, the paragraph keys among them; 5 goes on.
    expect(await press(page, 'Numpad9')).toEqual([inLanguage(said.readingHelp)]);
    await startedAfter(page, 'Numpad5');
    // Pause, then stop: each said.
    expect(await press(page, 'Numpad5')).toEqual([inLanguage(said.paused)]);
    expect(await press(page, 'Numpad7', 2)).toEqual([
      inLanguage(said.stopped),
      inLanguage(said.readAloud.replace(/^[^,]+, /, '')),
    ]);

    // Idle: the warning said with its countdown, and one key to keep reading.
    const beforeWarning = await utteranceCount(page);
    await page.clock.runFor(IDLE_MS);
    const warning = page.getByRole('alertdialog');
    await expect(warning).toBeVisible();
    await expect.poll(() => utteranceCount(page), { timeout: SPEECH_TIMEOUT_MS }).toBeGreaterThan(beforeWarning);
    expect(await heardSince(page, beforeWarning)).toEqual([inLanguage(said.warning)]);
    await press(page, 'Numpad5');
    await expect(warning).toHaveCount(0);
    expect(await rootFontSize(page)).toBe('28px');

    // Nobody answers the next one: the countdown said, then the reset, said in both languages, and the offer.
    const beforeReset = await utteranceCount(page);
    await page.clock.runFor(IDLE_MS);
    await expect(warning).toBeVisible();
    await page.clock.runFor(WARNING_MS);
    await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
    await expect
      .poll(async () => (await heardSince(page, beforeReset)).length, { timeout: SPEECH_TIMEOUT_MS })
      .toBeGreaterThanOrEqual(7);
    expect((await heardSince(page, beforeReset)).slice(0, 7)).toEqual([
      inLanguage(said.warning),
      ...said.countdown.map(inLanguage),
      ...RESET,
      ...OFFER,
    ]);
    // Nothing of the visitor is left: default text size, English, and the offer made afresh to the next one.
    expect(await rootFontSize(page)).toBe('24px');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await press(page, 'Numpad4', 3)).toEqual([
      { text: 'Audio on. 8 or 2: hear each language. 5 or Enter: choose it. 9 or F1: help.', lang: 'en' },
      { text: 'Audio activé. 8 ou 2 : entendre chaque langue. 5 ou Entrée : la choisir. 9 ou F1 : aide.', lang: 'fr' },
      { text: 'English, button', lang: 'en' },
    ]);
  });
}
