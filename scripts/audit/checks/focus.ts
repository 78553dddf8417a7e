/**
 * Walks every tab stop of the page with the Tab key, as a keyboard user would, and checks at each that a focus
 * indicator shows (WCAG 2.4.7: an outline at least 2 px thick with 3:1 contrast against what is behind it, or a
 * shadow) and that the focused element is not entirely hidden by other content (2.4.11).
 */
import type { Page } from '@playwright/test';
import type { FindingNode } from '../../../common/audit/types';

interface FocusWalk {
  stops: number;
  withoutIndicator: FindingNode[];
  obscured: FindingNode[];
}

interface Stop {
  selector: string;
  html: string;
  indicator: string | null;
  obscured: boolean;
}

/** What the element with focus shows; `null` when focus is on nothing (the page itself). */
function inspectFocus(): Stop | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;

  const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string) => {
    // A dimmed colour (visual-aids.css) is computed in XYZ, whose y is the luminance itself.
    const xyz = /^color\(xyz-d65 ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(color);
    if (xyz) return Number(xyz[2]);
    const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const transparent = (color: string) =>
    color === 'transparent' || (color.startsWith('rgba') && (channels(color)[3] ?? 1) === 0);
  let backdrop = 'rgb(255, 255, 255)';
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (!transparent(background)) {
      backdrop = background;
      break;
    }
  }

  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  let indicator: string | null = null;
  if (style.boxShadow !== 'none') {
    indicator = null;
  } else if (style.outlineStyle === 'none' || width < 2 || transparent(style.outlineColor)) {
    indicator = `no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth})`;
  } else {
    const [light, dark] = [luminance(style.outlineColor), luminance(backdrop)].sort((a, b) => b - a);
    const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    if (ratio < 3) indicator = `focus outline ${style.outlineColor} on ${backdrop}: contrast ${ratio.toFixed(2)}:1`;
  }

  const box = element.getBoundingClientRect();
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.bottom - 2],
  ];
  const seen = points.some(([x = 0, y = 0]) => {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (top === element || element.contains(top) || top.contains(element));
  });

  return {
    selector: window.lisibleSelector?.(element) ?? element.tagName.toLowerCase(),
    html: element.outerHTML.slice(0, 200),
    indicator,
    obscured: box.width > 0 && box.height > 0 && !seen,
  };
}

/** Tabs through the page until focus comes back to the first stop (or `limit` stops, for a page that traps it). */
export async function walkFocus(page: Page, limit = 400): Promise<FocusWalk> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const walk: FocusWalk = { stops: 0, withoutIndicator: [], obscured: [] };
  let first: string | undefined;
  let nowhere = 0;
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    // Focus leaves the page once between its last stop and its first; more often means there is nothing to tab to.
    if (!stop) {
      nowhere += 1;
      if (nowhere > 2) break;
      continue;
    }
    nowhere = 0;
    if (stop.selector === first) break;
    first ??= stop.selector;
    walk.stops += 1;
    if (stop.indicator) walk.withoutIndicator.push({ target: stop.selector, html: stop.html, summary: stop.indicator });
    if (stop.obscured)
      walk.obscured.push({
        target: stop.selector,
        html: stop.html,
        summary: 'hidden behind other content when focused',
      });
  }
  return walk;
}
