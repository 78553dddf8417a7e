/** The reading ruler with the real speech engine: it follows the sentence being read. */
import { expect, test } from '@playwright/test';
import { openReader } from './reader';
import {
  highlightedSentence,
  SPEECH_LAUNCH_OPTIONS,
  SPEECH_TIMEOUT_MS,
  speechEngineProblem,
  waitForVoices,
} from './speech-engine';
import { rulerBand } from './reading-ruler';

test.use({ launchOptions: SPEECH_LAUNCH_OPTIONS });
test.setTimeout(120_000);

test('the window follows the sentence being read', async ({ page, browser }) => {
  const problem = await speechEngineProblem(browser);
  if (problem && process.env.CI) throw new Error(problem);
  test.skip(problem !== undefined, `Speech engine unavailable: ${problem ?? ''}`);
  await openReader(page, '?lang=en&readingRuler=window-1&speechRate=3');
  await waitForVoices(page);
  await page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Read aloud' }).click();
  // The third sentence read (after the title and a heading) starts on a line of its own.
  const sentence = 'We are an agency created by the Government of Ontario';
  await expect.poll(() => highlightedSentence(page), { timeout: SPEECH_TIMEOUT_MS * 3 }).toContain(sentence);
  const first = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('speech-sentence') ?? [])][0] as Range | undefined;
    const box = range?.getClientRects()[0];
    return box ? { top: box.top, bottom: box.bottom } : undefined;
  });
  const band = await rulerBand(page);
  expect(band.top).toBeLessThanOrEqual(first?.top ?? -1);
  expect(band.bottom).toBeGreaterThanOrEqual(first?.bottom ?? Infinity);
  await page.keyboard.press('Control+Period');
});
