/**
 * The axe-core tags every audit runs, in the app, in `npm run audit` and in the end-to-end tests: WCAG 2.2
 * A/AA, best practice, and AAA (for 7:1 contrast, which the reader's themes promise).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];

/**
 * Rules left out under forced colours. The system picks the colours there, so contrast is its doing; and
 * Chromium then reports the page's own, unforced `-webkit-text-fill-color`, which axe-core reads first, so its
 * contrast verdicts would be about colours that are not on screen.
 */
export const RULES_OFF_UNDER_FORCED_COLORS = ['color-contrast', 'color-contrast-enhanced'];
