/**
 * Read aloud with Orca running: the page speaks through the same speech-dispatcher as Orca, and a blind reader
 * who starts it from the keyboard must hear each sentence once, from the page, not a second time from Orca (a
 * live region repeating the sentence, or focus following it, would make Orca say it too).
 */
import { normaliseText } from '../support/seed-text';
import { expect, skipWithoutScreenReader, test } from './fixtures';
import { waitFor } from './processes';
import { LANGUAGES, TITLE } from './reader-words';

skipWithoutScreenReader();

/** How many of the page's sentences to listen to before stopping it: the title and the first section's heading. */
const SENTENCES = 2;

for (const lang of LANGUAGES) {
  test(`read aloud (${lang}): started and stopped from the keyboard, each sentence is heard once, from the page`, async ({
    openReader,
  }) => {
    test.setTimeout(120_000);
    const reader = await openReader(`?lang=${lang}`, { webSpeech: true });
    await reader.press('ctrl+shift+u');
    const started = reader.pressMark;
    const pageSaid = await waitFor(
      `the page to read ${SENTENCES} sentences aloud`,
      45_000,
      () => {
        const spoken = reader.pageSpeech();
        return spoken.length >= SENTENCES ? spoken : undefined;
      },
      200,
    );
    await reader.press('ctrl+period');
    await reader.settle(1_000, 8_000);

    // The page read the document from its title, in the document's language.
    expect(normaliseText(pageSaid[0]?.text ?? '')).toBe(normaliseText(TITLE[lang]));
    // In the document's language (a voice of it: `en-US`, `fr-FR`).
    expect(pageSaid.map((speech) => speech.language?.split('-')[0])).toEqual(pageSaid.map(() => lang));
    // And stopped when asked: nothing more once the stop had been taken in.
    const afterStop = reader.pageSpeech().length;
    await reader.settle(1_500, 5_000);
    expect(reader.pageSpeech().length).toBe(afterStop);

    // Orca said none of what the page said, while it read and after.
    const orcaSaid = reader.heard(started).map((utterance) => normaliseText(utterance.text));
    for (const { text } of pageSaid) {
      const sentence = normaliseText(text);
      expect(
        orcaSaid.filter((utterance) => utterance.includes(sentence)),
        `Orca also said "${sentence}"`,
      ).toEqual([]);
    }
  });
}
