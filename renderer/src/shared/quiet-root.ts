/**
 * Keeps what React draws from reading as "clickable" to screen readers.
 *
 * React listens for clicks and the other mouse-button events on its root element, on behalf of everything it
 * draws. Chromium takes a mouse-button listener as a sign that whatever is inside it can be clicked: it gives every
 * element below it the accessibility action "click ancestor" (blink's AXNodeObject::ActionElement, which walks the
 * element's accessibility ancestors to the first one whose IsClickable() is true: any mouse-button listener, on the
 * root, on <body>, or on the document or window, which count as <html>'s). Orca announces a focusable element
 * with that action as "clickable" (isClickableElement in its web script; its Chromium script means to ignore the
 * action but looks for it as "click-ancestor", and Chromium names it "clickAncestor"). A heading the reader is
 * taken to has focus, so it would be read "About Us heading level 1 clickable".
 *
 * Chromium stops at the first listening ancestor, and when that ancestor is not one of the element's DOM
 * ancestors it gives no action at all (it assumes a click could not reach it, as for an element moved by
 * aria-owns). So the root shows its content through a slot in its own shadow tree, and the slot listens for clicks
 * and does nothing with them: in the accessibility tree the slot stands between the root and everything React
 * draws, yet it is no DOM ancestor of any of it. Clicks still reach React, passing through the slot on their way
 * to the root. A slot is laid out as `display: contents`, so the page looks exactly as before; the content stays
 * in the document's own tree, where the page's styles, queries and focus see it as before.
 *
 * A page drawn at build time comes with that shadow tree already in it (`QUIET_ROOT_MARKUP` of common/prerendered.ts,
 * a declarative shadow root): attached by script after the first frame, it would take every element out of the layout and put it back,
 * which costs a whole page's style and layout and makes the browser count the text as painted anew.
 */
export function quietClickAncestors(root: HTMLElement): void {
  const slot =
    root.shadowRoot?.querySelector('slot') ??
    root.attachShadow({ mode: 'open' }).appendChild(document.createElement('slot'));
  slot.addEventListener('click', ignoreClick);
}

function ignoreClick(): void {}
