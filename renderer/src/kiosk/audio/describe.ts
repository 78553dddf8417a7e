/**
 * What a control is, said aloud as a screen reader would say it: its group when focus has just entered one, its
 * name, its role and its state ("Text size 150%, Larger, button"). Worded in the language of the page part it
 * is in, so that the start screen's "Français" is said in French.
 */
import type { TFunction } from 'i18next';
import { baseLanguage } from '../../speech/voices';
import type { Spoken } from './kiosk-voice';

/** What the up and down keys move between: what Tab reaches, and the buttons of a toolbar's arrow-key group. */
export const MOVABLE = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const INTERACTIVE = `${MOVABLE}, [role=button], [role=link]`;

type Role =
  'button' | 'link' | 'checkbox' | 'radio' | 'combobox' | 'textbox' | 'slider' | 'heading' | 'tab' | 'menuitem';
const ROLES: readonly string[] = [
  'button',
  'link',
  'checkbox',
  'radio',
  'combobox',
  'textbox',
  'slider',
  'tab',
  'menuitem',
];

/** The language a part of the page is in. */
export function languageOf(element: Element): string {
  return baseLanguage(element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
}

function textOf(element: Element, skipInteractive = false): string {
  if (!skipInteractive) return (element instanceof HTMLElement ? element.innerText : element.textContent).trim();
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.matches(INTERACTIVE) || node.hidden)) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function labelledBy(element: Element): string | undefined {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const text = ids.map((id) => (document.getElementById(id) ? textOf(document.getElementById(id) as Element) : ''));
  return text.join(' ').trim() || undefined;
}

export function accessibleName(element: Element): string {
  const label =
    element.getAttribute('aria-label') ??
    labelledBy(element) ??
    (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
      ? [...(element.labels ?? [])].map((l) => textOf(l)).join(' ')
      : undefined);
  return (label || textOf(element)).replace(/\s+/g, ' ').trim();
}

function roleOf(element: Element): { role: Role; level?: number } | undefined {
  const explicit = element.getAttribute('role');
  if (explicit && ROLES.includes(explicit)) return { role: explicit as Role };
  const heading = /^H([1-6])$/.exec(element.tagName);
  if (heading) return { role: 'heading', level: Number(heading[1]) };
  if (element instanceof HTMLButtonElement || element.tagName === 'SUMMARY') return { role: 'button' };
  if (element instanceof HTMLAnchorElement) return { role: 'link' };
  if (element instanceof HTMLSelectElement) return { role: 'combobox' };
  if (element instanceof HTMLTextAreaElement) return { role: 'textbox' };
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox' || element.type === 'radio') return { role: element.type };
    if (element.type === 'range') return { role: 'slider' };
    return { role: 'textbox' };
  }
  return undefined;
}

function statesOf(element: Element, t: TFunction, lng: string): string[] {
  const say = (state: string) => t(`kiosk.audio.states.${state}` as 'kiosk.audio.states.pressed', { lng });
  const states: string[] = [];
  const pressed = element.getAttribute('aria-pressed');
  if (pressed) states.push(say(pressed === 'true' ? 'pressed' : 'notPressed'));
  const expanded = element.getAttribute('aria-expanded');
  if (expanded) states.push(say(expanded === 'true' ? 'expanded' : 'collapsed'));
  const checked =
    element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')
      ? String(element.checked)
      : element.getAttribute('aria-checked');
  if (checked) states.push(say(checked === 'true' ? 'checked' : 'notChecked'));
  if (element.getAttribute('aria-disabled') === 'true' || element.matches(':disabled')) states.push(say('unavailable'));
  if (element.hasAttribute('aria-current') && element.getAttribute('aria-current') !== 'false') {
    states.push(say('current'));
  }
  return states;
}

/** The named group a control is in, said with what it shows besides its controls ("Text size 150%"). */
function groupOf(element: Element): Element | undefined {
  const group = element.parentElement?.closest('[role=group], [role=radiogroup], fieldset');
  return group && (group.hasAttribute('aria-labelledby') || group.hasAttribute('aria-label')) ? group : undefined;
}

/**
 * `element` said aloud; its group too, unless focus was in that group already (`previous`), as a screen reader
 * does not repeat what has not changed.
 */
export function describe(element: Element, previous: Element | null, t: TFunction): Spoken {
  const lng = languageOf(element);
  const words: string[] = [];
  const group = groupOf(element);
  if (group && !(previous && group.contains(previous))) {
    const shown = textOf(group, true);
    words.push(shown || accessibleName(group));
  }
  words.push(accessibleName(element));
  if (element instanceof HTMLSelectElement) words.push(element.selectedOptions[0]?.text ?? '');
  if (element instanceof HTMLInputElement && element.type === 'range') words.push(element.value);
  const role = roleOf(element);
  if (role) {
    words.push(t(`kiosk.audio.roles.${role.role}`, { lng, level: role.level }));
  }
  words.push(...statesOf(element, t, lng));
  return { text: words.filter(Boolean).join(', '), lang: lng };
}
