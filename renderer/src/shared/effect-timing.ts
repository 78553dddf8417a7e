/**
 * When the effects of an update run. React runs those of an update a key press or click caused before the next
 * input event is handled; Preact, which runs the page (see scripts/react-on-preact.ts), waits for the next frame.
 * A reader's second key press could then come before the effect of the first (focus moved into a panel the first
 * one opened) and go astray. So effects run as soon as the update is on the page, as React's do for input.
 */
import { options } from 'preact';

options.requestAnimationFrame = (callback) => queueMicrotask(callback);
