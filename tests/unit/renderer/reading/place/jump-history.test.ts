import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  canGoForward,
  emptyHistory,
  goBack,
  goForward,
  goTo,
  MAX_ENTRIES,
  recordJump,
  type JumpHistory,
} from '../../../../../renderer/src/reading/place/jump-history';

describe('Back and Forward', () => {
  it('has nowhere to go before the first jump', () => {
    const history = emptyHistory<string>();
    expect(canGoBack(history)).toBe(false);
    expect(canGoForward(history)).toBe(false);
    expect(goBack(history, 'top')).toBeUndefined();
    expect(goForward(history, 'top')).toBeUndefined();
  });

  it('goes back to where the reader jumped from, and forward to where they had read to', () => {
    let history = recordJump(emptyHistory<string>(), 'intro', 'our-work');
    expect(canGoBack(history)).toBe(true);
    expect(canGoForward(history)).toBe(false);

    const back = goBack(history, 'our-work, paragraph 3');
    expect(back?.target).toBe('intro');
    history = back?.history ?? history;
    expect(canGoForward(history)).toBe(true);

    const forward = goForward(history, 'intro');
    // Forward returns where the reader had got to, not where the jump landed.
    expect(forward?.target).toBe('our-work, paragraph 3');
    expect(forward && canGoForward(forward.history)).toBe(false);
  });

  it('keeps the place jumped to when where the reader is now is not known (they went up to the Back button)', () => {
    const history = recordJump(emptyHistory<string>(), 'intro', 'our-work');
    const back = goBack(history, undefined);
    expect(back?.target).toBe('intro');
    expect(back && goForward(back.history, undefined)?.target).toBe('our-work');
  });

  it('forgets what was ahead when the reader jumps somewhere new', () => {
    let history: JumpHistory<string> = recordJump(emptyHistory<string>(), 'a', 'b');
    history = recordJump(history, 'b', 'c');
    history = goBack(history, 'c')?.history ?? history;
    history = goBack(history, 'b')?.history ?? history;
    expect(history.index).toBe(0);
    history = recordJump(history, 'a, later', 'd');
    expect(history.entries).toEqual(['a, later', 'd']);
    expect(canGoForward(history)).toBe(false);
  });

  it('keeps the place the reader scrolled to since the last jump', () => {
    let history = recordJump(emptyHistory<string>(), 'a', 'b');
    history = recordJump(history, 'b, further down', 'c');
    expect(history.entries).toEqual(['a', 'b, further down', 'c']);
  });

  it('moves straight to an entry the browser reports, but not to one that is not there', () => {
    let history = recordJump(emptyHistory<string>(), 'a', 'b');
    history = recordJump(history, 'b', 'c');
    expect(goTo(history, 0, 'c')?.target).toBe('a');
    expect(goTo(history, 7, 'c')).toBeUndefined();
    expect(goTo(history, -1, 'c')).toBeUndefined();
    expect(goTo(history, 2, 'c')).toBeUndefined();
  });

  it('forgets the oldest places past the bound', () => {
    let history = emptyHistory<number>();
    for (let i = 0; i < MAX_ENTRIES * 2; i += 1) history = recordJump(history, i, i + 1);
    expect(history.entries).toHaveLength(MAX_ENTRIES);
    expect(history.index).toBe(MAX_ENTRIES - 1);
    expect(history.entries.at(-1)).toBe(MAX_ENTRIES * 2);
  });
});
