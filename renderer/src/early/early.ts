/**
 * Runs before the first paint: a blocking external script at the top of `<head>` (the CSP allows no inline
 * script). Puts the reader's saved preferences on `<html>`, as the page itself would once started, so the first
 * frame is already in the reader's sizes and colours. First, before anything is drawn, it sends the reader to
 * the page the build drew of what they are about to see when this is not it: from `/`, drawn in English, a
 * reader who wants French to the French page; a kiosk that asks each visitor their language to its start screen. The desktop app writes the same
 * attributes into the page it serves (main/pages/start-page.ts), so there this has nothing to do.
 */
import { BRIDGE_GLOBAL } from '../../../common/bridge';
import { readingPreferences } from '../../../common/preferences';
import { paletteFor, readingAttributes } from '../../../common/reading-attributes';
import { pageStorage, readSavedPreferences } from '../bridge/saved-values';
import { startingPreferences } from '../../../common/starting-preferences';
import {
  betterStartingPage,
  KIOSK_START_PAGE,
  OTHER_LANGUAGE_PAGE,
  READER_PAGE,
  type StartingPage,
} from '../../../common/prerendered';
import { clickedButton, EARLY_CLICKS_GLOBAL, EARLY_KEYS_GLOBAL, mayBeShortcut } from '../shared/early-input';
import { kioskFromAddress } from '../kiosk/config-from-address';

const root = document.documentElement;

/**
 * Keeps what `pick` finds in each `type` event until the page takes it through `window[name]`, which hands it
 * over once and stops keeping.
 */
function keepUntilTaken<K extends keyof WindowEventMap, T>(
  type: K,
  pick: (event: WindowEventMap[K]) => T | null,
  name: typeof EARLY_KEYS_GLOBAL | typeof EARLY_CLICKS_GLOBAL,
): () => T[] {
  const kept: T[] = [];
  const keep = (event: WindowEventMap[K]) => {
    const picked = pick(event);
    if (picked !== null) kept.push(picked);
  };
  window.addEventListener(type, keep);
  return () => {
    window.removeEventListener(type, keep);
    window[name] = undefined;
    return kept.splice(0);
  };
}

// On the desktop too: its page is drawn before its script runs as well.
window[EARLY_KEYS_GLOBAL] = keepUntilTaken(
  'keydown',
  (event) => (mayBeShortcut(event) ? event : null),
  EARLY_KEYS_GLOBAL,
);
window[EARLY_CLICKS_GLOBAL] = keepUntilTaken('click', (event) => clickedButton(event.target), EARLY_CLICKS_GLOBAL);

if (!(BRIDGE_GLOBAL in window)) {
  const search = location.search;
  const kiosk = kioskFromAddress(search).config;
  const { initial } = startingPreferences({
    stored: kiosk ? {} : readSavedPreferences(pageStorage).value,
    kiosk,
    search,
    systemLanguages: navigator.languages,
  });
  const links: StartingPage['links'] = {};
  for (const name of [OTHER_LANGUAGE_PAGE, KIOSK_START_PAGE, READER_PAGE] as const) {
    const page = root.getAttribute(name);
    if (page !== null) links[name] = page;
  }
  const better = betterStartingPage({
    kiosk: kiosk ? (kiosk.language === 'ask' ? 'asks-language' : 'set-language') : 'none',
    language: initial.language,
    pageLanguage: root.lang,
    links,
  });
  if (better !== undefined) {
    location.replace(new URL(`${better}${search}${location.hash}`, location.href));
  } else {
    const reading = readingPreferences(initial);
    const system = {
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      highContrast: matchMedia('(prefers-contrast: more)').matches,
    };
    for (const [name, value] of Object.entries(readingAttributes(reading, paletteFor(reading.theme, system)))) {
      root.setAttribute(name, value);
    }
    if (kiosk) root.setAttribute('data-kiosk', 'true');
  }
}
