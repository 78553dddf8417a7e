import { describe, expect, it, vi } from 'vitest';
import type { IndexEntry, LibraryIndex, LibraryStart } from '../../../../common/document';
import { createLibraryIndexStore } from '../../../../renderer/src/documents/library-index-store';

const entry = (id: string): IndexEntry => ({ id, versions: { en: { lang: 'en', title: id, updated: '2025-01-02' } } });
const START: LibraryStart = { documents: [entry('a')], errors: [], complete: false };
const WHOLE: LibraryIndex = {
  documents: [entry('a'), entry('b')],
  errors: [{ file: 'c.en.md', line: 2, message: 'bad' }],
};

describe('the library index store', () => {
  it('gives the start, then the whole index once loaded, telling its listeners', async () => {
    const load = vi.fn(() => Promise.resolve(WHOLE));
    const store = createLibraryIndexStore(START, load);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.current()).toBe(START);
    const [first, second] = await Promise.all([store.complete(), store.complete()]);
    expect(first).toEqual({ ...WHOLE, complete: true });
    expect(second).toBe(first);
    expect(store.current()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await store.complete();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing when the start is the whole index already', async () => {
    const load = vi.fn(() => Promise.resolve(WHOLE));
    const whole: LibraryStart = { ...START, complete: true };
    const store = createLibraryIndexStore(whole, load);
    await expect(store.complete()).resolves.toBe(whole);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps the start when the whole index cannot be loaded, and asks again next time', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<LibraryIndex>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(WHOLE);
    const store = createLibraryIndexStore(START, load);
    await expect(store.complete()).resolves.toBe(START);
    expect(error).toHaveBeenCalled();
    await expect(store.complete()).resolves.toEqual({ ...WHOLE, complete: true });
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
