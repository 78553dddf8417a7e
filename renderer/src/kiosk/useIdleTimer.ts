import { useEffect } from 'react';

/** Any of these means someone is there. Scrolling by wheel or touch counts: reading is activity. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'touchmove'] as const;

/** Calls `onIdle` once after `timeoutMs` without input; any input starts the wait again. Off while `active` is false. */
export function useIdleTimer(timeoutMs: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(onIdle, timeoutMs);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, timeoutMs);
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart, { capture: true });
    };
  }, [timeoutMs, active, onIdle]);
}
