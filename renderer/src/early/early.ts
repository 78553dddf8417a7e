/**
 * Runs before the first paint: a blocking external script at the top of `<head>` (the CSP allows no inline
 * script). Puts the reader's saved preferences on `<html>`, as the page itself would once started, so the first
 * frame is already in the reader's sizes and colours; on `/`, which is drawn in English, it first sends a
 * reader who wants French to the French page, before anything is drawn. The desktop app writes the same
 * attributes into the page it serves (main/pages/start-page.ts), so there this has nothing to do.
 */
import { BRIDGE_GLOBAL } from '../../../common/bridge';
import { readingPreferences } from '../../../common/preferences';
import { paletteFor, readingAttributes } from '../../../common/reading-attributes';
import { pageStorage, readSavedPreferences } from '../bridge/saved-values';
import { startingPreferences } from '../../../common/starting-preferences';
import { OTHER_LANGUAGE_PAGE } from '../../../common/prerendered';
import { clickedButton, EARLY_CLICKS_GLOBAL, EARLY_KEYS_GLOBAL, mayBeShortcut } from '../shared/early-input';
import { kioskFromAddress } from '../kiosk/config-from-address';

const root = document.documentElement;

// On the desktop too: its page is drawn before its script runs as well.
const earlyKeys: KeyboardEvent[] = [];
const keepKey = (event: KeyboardEvent) => {
  if (mayBeShortcut(event)) earlyKeys.push(event);
};
window.addEventListener('keydown', keepKey);
window[EARLY_KEYS_GLOBAL] = () => {
  window.removeEventListener('keydown', keepKey);
  window[EARLY_KEYS_GLOBAL] = undefined;
  return earlyKeys.splice(0);
};
const earlyClicks: HTMLButtonElement[] = [];
const keepClick = (event: MouseEvent) => {
  const button = clickedButton(event.target);
  if (button) earlyClicks.push(button);
};
window.addEventListener('click', keepClick);
window[EARLY_CLICKS_GLOBAL] = () => {
  window.removeEventListener('click', keepClick);
  window[EARLY_CLICKS_GLOBAL] = undefined;
  return earlyClicks.splice(0);
};

if (!(BRIDGE_GLOBAL in window)) {
  const search = location.search;
  const kiosk = kioskFromAddress(search).config;
  const { initial } = startingPreferences({
    stored: kiosk ? {} : readSavedPreferences(pageStorage).value,
    kiosk,
    search,
    systemLanguages: navigator.languages,
  });
  const otherPage = root.getAttribute(OTHER_LANGUAGE_PAGE);
  if (!kiosk && otherPage !== null && initial.language !== root.lang) {
    location.replace(new URL(`${otherPage}${search}${location.hash}`, location.href));
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
