import { describe, expect, it, vi } from 'vitest';
import type { DocumentLoad, ReaderDocument } from '../../../../common/document';
import type { Language } from '../../../../common/languages';
import { createDocumentStore } from '../../../../renderer/src/documents/document-store';

const document = (id: string, lang: Language): ReaderDocument => ({
  id,
  lang,
  title: `${id} ${lang}`,
  updated: '2025-01-02',
  source: 'https://example.org/',
  intro: [],
  sections: [],
});

describe('the document store', () => {
  it('has nothing until asked, then the body, fetched once however often it is asked for', async () => {
    const loader = vi.fn((id: string, lang: Language): Promise<DocumentLoad> =>
      Promise.resolve({ status: 'ok', document: document(id, lang) }),
    );
    const store = createDocumentStore(loader);
    expect(store.peek('guide', 'fr')).toBeUndefined();
    const [first, second] = await Promise.all([store.load('guide', 'fr'), store.load('guide', 'fr')]);
    expect(first).toEqual({ status: 'ok', document: document('guide', 'fr') });
    expect(second).toBe(first);
    expect(store.peek('guide', 'fr')).toBe(first);
    await store.load('guide', 'fr');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(store.peek('guide', 'en')).toBeUndefined();
  });

  it('tells its listeners when a body arrives, and stops when asked to', async () => {
    const store = createDocumentStore((id, lang) => Promise.resolve({ status: 'ok', document: document(id, lang) }));
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    await store.load('guide', 'en');
    expect(listener).toHaveBeenCalledOnce();
    stop();
    await store.load('notes', 'en');
    expect(listener).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'a fault in its file',
      () =>
        Promise.resolve<DocumentLoad>({
          status: 'invalid',
          error: { file: 'guide.en.md', line: 9, message: 'raw HTML' },
        }),
      'invalid',
    ],
    ['no such document', () => Promise.resolve<DocumentLoad>({ status: 'missing' }), 'missing'],
    ['a failed fetch', () => Promise.reject(new Error('offline')), 'unavailable'],
  ] as const)('turns %s into a reason the reader is told, never a rejection', async (_case, answer, reason) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createDocumentStore(answer);
    await expect(store.load('guide', 'en')).resolves.toEqual({ status: 'failed', reason });
    expect(store.peek('guide', 'en')).toEqual({ status: 'failed', reason });
    error.mockRestore();
  });
});
