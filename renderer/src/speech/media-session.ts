/**
 * The computer's media keys and the system's media controls (DAISY: "the computer's media controls"), through
 * the Media Session API: play and pause; previous and next track step by section, seek back and forward by
 * sentence; and what is playing is the section being read ("title") of the document ("album").
 */
import type { ReaderQueue } from './reader-queue';

type Action = 'play' | 'pause' | 'stop' | 'previoustrack' | 'nexttrack' | 'seekbackward' | 'seekforward';

/** Connects the reader to the media session; `playFromStart` reads when nothing is being read. */
export function connectMediaSession(reader: ReaderQueue, playFromStart: () => void): void {
  if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
  const session = navigator.mediaSession;
  const handlers: Record<Action, () => void> = {
    play: () => {
      if (reader.getSnapshot().state === 'paused') reader.resume();
      else if (reader.getSnapshot().state === 'idle') playFromStart();
    },
    pause: () => reader.pause(),
    stop: () => reader.stop(),
    previoustrack: () => reader.skipSection(-1),
    nexttrack: () => reader.skipSection(1),
    seekbackward: () => reader.skipSentence(-1),
    seekforward: () => reader.skipSentence(1),
  };
  for (const [action, handler] of Object.entries(handlers)) {
    try {
      session.setActionHandler(action as Action, handler);
    } catch {
      // An action this browser does not know: the others still work.
    }
  }

  let shown: string | undefined;
  reader.subscribe(() => {
    const { state } = reader.getSnapshot();
    session.playbackState = state === 'idle' ? 'none' : state;
    if (state === 'idle') {
      shown = undefined;
      session.metadata = null;
      return;
    }
    const section = reader.currentSectionHeading()?.text;
    const album = document.querySelector('main h1')?.textContent.trim() ?? document.title;
    const title = section ?? album;
    if (`${title}\n${album}` === shown) return;
    shown = `${title}\n${album}`;
    session.metadata = new MediaMetadata({ title, album, artist: document.title });
  });
}
