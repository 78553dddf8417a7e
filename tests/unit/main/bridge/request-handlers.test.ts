import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ManualRecord } from '../../../../common/audit/manual-records';
import { DEFAULT_KIOSK_CONFIG } from '../../../../common/kiosk';
import { createRequestHandlers, type RequestContext } from '../../../../main/bridge/request-handlers';
import { openContentLibrary } from '../../../../main/content/loader';
import { AUDIT_RECORDS_FILE_NAME } from '../../../../main/settings/audit-records-file';
import { createMarksStore, MARKS_FILE_NAME } from '../../../../main/settings/marks-file';
import { bookmark, note, savedMarks } from '../../../support/marks';
import { createPositionsStore, POSITIONS_FILE_NAME } from '../../../../main/settings/positions-file';
import { PREFERENCES_FILE_NAME } from '../../../../main/settings/preferences-file';
import { SAMPLE_RECORD as RECORD } from '../../../support/manual-record';

const CONTENT_DIR = join(import.meta.dirname, '../../../../content');

let dir: string;
let context: RequestContext & {
  openInBrowser: ReturnType<typeof vi.fn<RequestContext['openInBrowser']>>;
  chooseSavePath: ReturnType<typeof vi.fn<RequestContext['chooseSavePath']>>;
  onPreferences: ReturnType<typeof vi.fn<RequestContext['onPreferences']>>;
  warn: ReturnType<typeof vi.fn<RequestContext['warn']>>;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lisible-handlers-'));
  context = {
    content: openContentLibrary(CONTENT_DIR),
    preferencesPath: join(dir, PREFERENCES_FILE_NAME),
    auditRecordsPath: join(dir, AUDIT_RECORDS_FILE_NAME),
    positions: createPositionsStore(join(dir, POSITIONS_FILE_NAME)),
    marks: createMarksStore(join(dir, MARKS_FILE_NAME)),
    openInBrowser: vi.fn<RequestContext['openInBrowser']>(() => Promise.resolve()),
    chooseSavePath: vi.fn<RequestContext['chooseSavePath']>(() => Promise.resolve(undefined)),
    onPreferences: vi.fn<RequestContext['onPreferences']>(),
    warn: vi.fn<RequestContext['warn']>(),
  };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPreferences', () => {
  it('returns the saved preferences with no problem, and tells main (for the menu)', async () => {
    await writeFile(context.preferencesPath, '{ "language": "fr", "theme": "dark" }');
    await expect(createRequestHandlers(context).loadPreferences()).resolves.toStrictEqual({
      preferences: { language: 'fr', theme: 'dark' },
    });
    expect(context.onPreferences).toHaveBeenCalledWith({ language: 'fr', theme: 'dark' });
    expect(context.warn).not.toHaveBeenCalled();
  });

  it('passes the problem on once, so the page can say so, then reads the defaults quietly', async () => {
    await writeFile(context.preferencesPath, '{ "language": "de" }');
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadPreferences()).resolves.toStrictEqual({ preferences: {}, problem: 'invalid' });
    expect(context.warn).toHaveBeenCalledOnce();
    await expect(handlers.loadPreferences()).resolves.toStrictEqual({ preferences: {} });
  });

  it('reports unreadable JSON as unreadable', async () => {
    await writeFile(context.preferencesPath, '{ nope');
    await expect(createRequestHandlers(context).loadPreferences()).resolves.toStrictEqual({
      preferences: {},
      problem: 'unreadable',
    });
  });
});

describe('savePreferences', () => {
  it('writes the file and tells main the new preferences', async () => {
    await createRequestHandlers(context).savePreferences({ language: 'en', textSize: 200 });
    expect(JSON.parse(await readFile(context.preferencesPath, 'utf8'))).toEqual({ language: 'en', textSize: 200 });
    expect(context.onPreferences).toHaveBeenCalledWith({ language: 'en', textSize: 200 });
  });

  it('tells main before the write, so the menu follows the page even when the disk refuses', async () => {
    // A file where the folder should be: no write can succeed.
    await writeFile(join(dir, 'not-a-folder'), '');
    context.preferencesPath = join(dir, 'not-a-folder', PREFERENCES_FILE_NAME);
    await expect(createRequestHandlers(context).savePreferences({ language: 'fr', theme: 'dark' })).rejects.toThrow();
    expect(context.onPreferences).toHaveBeenCalledWith({ language: 'fr', theme: 'dark' });
  });

  it('tells main nothing when the preferences could not be saved', async () => {
    await expect(createRequestHandlers(context).savePreferences({ language: 'de' } as never)).rejects.toThrow();
    expect(context.onPreferences).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('reading positions', () => {
  const ourWork = { documentId: 'about-us', language: 'en', position: { section: 'our-work', paragraph: 3 } } as const;

  it('start empty, then give back each place saved, per document and language, from the file', async () => {
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadPositions()).resolves.toStrictEqual({});
    await handlers.savePosition(ourWork);
    await handlers.savePosition({ documentId: 'about-us', language: 'fr', position: { section: null, paragraph: 1 } });
    const expected = { 'about-us': { en: { section: 'our-work', paragraph: 3 }, fr: { section: null, paragraph: 1 } } };
    expect(JSON.parse(await readFile(join(dir, POSITIONS_FILE_NAME), 'utf8'))).toEqual(expected);
    // A new run of the app reads the same file.
    const nextRun = createRequestHandlers({
      ...context,
      positions: createPositionsStore(join(dir, POSITIONS_FILE_NAME)),
    });
    await expect(nextRun.loadPositions()).resolves.toStrictEqual(expected);
  });

  it('keep every one of many quick saves', async () => {
    const handlers = createRequestHandlers(context);
    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((documentId, paragraph) =>
        handlers.savePosition({ documentId, language: 'en', position: { section: null, paragraph } }),
      ),
    );
    expect(Object.keys(await handlers.loadPositions())).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('set a damaged file aside, say so once, and start from the top', async () => {
    await writeFile(join(dir, POSITIONS_FILE_NAME), '{ "about-us": { "en": { "scrollY": 400 } } }');
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadPositions()).resolves.toStrictEqual({});
    expect(context.warn).toHaveBeenCalledOnce();
    expect((await readdir(dir)).some((name) => name.startsWith(`${POSITIONS_FILE_NAME}.invalid-`))).toBe(true);
  });

  it('refuse to write a place that fails the schema', async () => {
    await expect(
      createRequestHandlers(context).savePosition({ ...ourWork, position: { section: 'Our Work', paragraph: 0 } }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the other requests', () => {
  it('loadLibraryStart gives the start of the index, the document asked for in it', async () => {
    const handlers = createRequestHandlers(context);
    const start = await handlers.loadLibraryStart();
    expect(start.documents.map((entry) => entry.id)).toEqual(['about-us']);
    expect(start.errors).toEqual([]);
    await expect(handlers.loadLibraryStart('about-us')).resolves.toEqual(start);
  });

  it('loadLibraryIndex gives every caller the one index read at start', async () => {
    const handlers = createRequestHandlers(context);
    const index = await handlers.loadLibraryIndex();
    expect(index.documents.map((entry) => entry.id)).toEqual(['about-us']);
    await expect(handlers.loadLibraryIndex()).resolves.toBe(index);
  });

  it('loadDocument gives the body of the version asked for, the same one each time', async () => {
    const handlers = createRequestHandlers(context);
    const first = await handlers.loadDocument('about-us', 'fr');
    expect(first.status === 'ok' && first.document.title).toBe('À propos de nous');
    await expect(handlers.loadDocument('about-us', 'fr')).resolves.toBe(first);
    await expect(handlers.loadDocument('no-such-document', 'en')).resolves.toEqual({ status: 'missing' });
  });

  it('openExternal hands the address to the browser opener', async () => {
    await createRequestHandlers(context).openExternal('https://www.ontariohealth.ca/');
    expect(context.openInBrowser).toHaveBeenCalledWith('https://www.ontariohealth.ca/');
  });

  it('outside kiosk mode there is no kiosk configuration and no lockdown to leave', async () => {
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadKioskConfig()).resolves.toBeNull();
    await expect(handlers.requestKioskExit('1234')).resolves.toBe(false);
  });

  it('in kiosk mode the kiosk answers', async () => {
    const requestExit = vi.fn((pin: string) => Promise.resolve(pin === '2468'));
    const handlers = createRequestHandlers({
      ...context,
      kiosk: { config: () => Promise.resolve(DEFAULT_KIOSK_CONFIG), requestExit },
    });
    await expect(handlers.loadKioskConfig()).resolves.toEqual(DEFAULT_KIOSK_CONFIG);
    await expect(handlers.requestKioskExit('0000')).resolves.toBe(false);
    await expect(handlers.requestKioskExit('2468')).resolves.toBe(true);
  });
});

describe('audit records', () => {
  it('start empty, and are saved as EARL and read back', async () => {
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadAuditRecords()).resolves.toEqual([]);
    await handlers.saveAuditRecords([RECORD]);
    const saved = JSON.parse(await readFile(context.auditRecordsPath, 'utf8')) as { '@graph': { mode?: string }[] };
    expect(saved['@graph'].filter((node) => node.mode === 'manual')).toHaveLength(1);
    await expect(handlers.loadAuditRecords()).resolves.toEqual([RECORD]);
  });

  it('refuse to save invalid records, leaving the file as it was', async () => {
    const handlers = createRequestHandlers(context);
    await handlers.saveAuditRecords([RECORD]);
    await expect(
      handlers.saveAuditRecords([{ ...RECORD, outcome: 'supports' as ManualRecord['outcome'] }]),
    ).rejects.toThrow(/schema/);
    await expect(handlers.loadAuditRecords()).resolves.toEqual([RECORD]);
  });

  it('set a damaged file aside, never overwriting it silently', async () => {
    await writeFile(context.auditRecordsPath, '{ nope');
    await expect(createRequestHandlers(context).loadAuditRecords()).resolves.toEqual([]);
    expect(context.warn).toHaveBeenCalledWith(expect.stringContaining('unreadable'));
    const files = await readdir(dir);
    expect(files.filter((file) => file.startsWith(`${AUDIT_RECORDS_FILE_NAME}.invalid-`))).toHaveLength(1);
  });

  it('are neither read nor written in kiosk mode', async () => {
    const kiosk = { config: () => Promise.resolve(DEFAULT_KIOSK_CONFIG), requestExit: () => Promise.resolve(false) };
    await createRequestHandlers(context).saveAuditRecords([RECORD]);
    const handlers = createRequestHandlers({ ...context, kiosk });
    await expect(handlers.loadAuditRecords()).resolves.toEqual([]);
    await handlers.saveAuditRecords([]);
    await expect(createRequestHandlers(context).loadAuditRecords()).resolves.toEqual([RECORD]);
  });
});

describe('marks', () => {
  it('are kept between runs, each save replacing the set', async () => {
    const handlers = createRequestHandlers(context);
    await expect(handlers.loadMarks()).resolves.toStrictEqual({ marks: savedMarks() });
    await handlers.saveMarks(savedMarks(bookmark('a')));
    await handlers.saveMarks(savedMarks(bookmark('a'), note('b')));
    const nextRun = createRequestHandlers({ ...context, marks: createMarksStore(join(dir, MARKS_FILE_NAME)) });
    await expect(nextRun.loadMarks()).resolves.toStrictEqual({ marks: savedMarks(bookmark('a'), note('b')) });
  });

  it('come back from the backup when the file is damaged, and the page and the log are told once', async () => {
    const handlers = createRequestHandlers(context);
    await handlers.saveMarks(savedMarks(bookmark('a')));
    await handlers.saveMarks(savedMarks(bookmark('a'), note('b')));
    await writeFile(join(dir, MARKS_FILE_NAME), '{"version":1,"marks":[');
    await expect(handlers.loadMarks()).resolves.toStrictEqual({
      marks: savedMarks(bookmark('a')),
      problem: 'unreadable',
      recovered: true,
    });
    expect(context.warn).toHaveBeenCalledOnce();
    await expect(handlers.loadMarks()).resolves.toStrictEqual({ marks: savedMarks(bookmark('a')) });
    expect(context.warn).toHaveBeenCalledOnce();
  });
});

describe('exportMarks', () => {
  const file = { format: 'markdown', language: 'fr', fileName: 'lisible-marques', text: '# Marques\n' } as const;

  it("offers the save dialog in the reader's language, with the format's filter, then writes the file", async () => {
    const chosen = join(dir, 'exports', 'mes marques.md');
    context.chooseSavePath.mockResolvedValue(chosen);
    await expect(createRequestHandlers(context).exportMarks(file)).resolves.toBe('saved');
    expect(context.chooseSavePath).toHaveBeenCalledWith({
      title: 'Exporter les marques',
      fileName: 'lisible-marques.md',
      filters: [{ name: 'Documents Markdown', extensions: ['md'] }],
    });
    expect(await readFile(chosen, 'utf8')).toBe('# Marques\n');
  });

  it("adds the format's extension to a name typed without one", async () => {
    context.chooseSavePath.mockResolvedValue(join(dir, 'notes'));
    await createRequestHandlers(context).exportMarks({ ...file, format: 'annotations', text: '{}' });
    expect(await readdir(dir)).toEqual(['notes.jsonld']);
  });

  it('writes nothing when the reader closes the dialog', async () => {
    await expect(createRequestHandlers(context).exportMarks(file)).resolves.toBe('cancelled');
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces a file the reader chose to overwrite whole, leaving no temporary file behind', async () => {
    const chosen = join(dir, 'marks.html');
    await writeFile(chosen, 'x'.repeat(100_000));
    context.chooseSavePath.mockResolvedValue(chosen);
    await createRequestHandlers(context).exportMarks({ ...file, format: 'html', text: '<p>Marks</p>\n' });
    expect(await readFile(chosen, 'utf8')).toBe('<p>Marks</p>\n');
    expect(await readdir(dir)).toEqual(['marks.html']);
  });

  it('fails, so the page can say so, when the file cannot be written', async () => {
    await writeFile(join(dir, 'a-file'), '');
    context.chooseSavePath.mockResolvedValue(join(dir, 'a-file', 'marks.md'));
    await expect(createRequestHandlers(context).exportMarks(file)).rejects.toThrow();
  });
});

describe('in kiosk mode nothing of a reader is kept', () => {
  const kiosk = { config: () => Promise.resolve(DEFAULT_KIOSK_CONFIG), requestExit: () => Promise.resolve(false) };

  it('savePreferences writes nothing and says so in the log, yet resolves so the page carries on', async () => {
    const handlers = createRequestHandlers({ ...context, kiosk });
    await expect(handlers.savePreferences({ language: 'fr', textSize: 200 })).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
    expect(context.warn).toHaveBeenCalledWith(expect.stringContaining('not saved'));
    expect(context.onPreferences).not.toHaveBeenCalled();
  });

  it('positions are neither read nor written', async () => {
    const positionsPath = join(dir, POSITIONS_FILE_NAME);
    await writeFile(positionsPath, '{ "about-us": { "en": { "section": "our-work", "paragraph": 2 } } }');
    const handlers = createRequestHandlers({ ...context, kiosk });
    await expect(handlers.loadPositions()).resolves.toStrictEqual({});
    await handlers.savePosition({ documentId: 'about-us', language: 'en', position: { section: null, paragraph: 5 } });
    expect(await readFile(positionsPath, 'utf8')).toBe(
      '{ "about-us": { "en": { "section": "our-work", "paragraph": 2 } } }',
    );
  });

  it('marks are neither read nor written', async () => {
    await createRequestHandlers(context).saveMarks(savedMarks(bookmark('a')));
    const kept = await readFile(join(dir, MARKS_FILE_NAME), 'utf8');
    const handlers = createRequestHandlers({ ...context, kiosk });
    await expect(handlers.loadMarks()).resolves.toStrictEqual({ marks: savedMarks() });
    await handlers.saveMarks(savedMarks(bookmark('b'), note('c')));
    expect(await readFile(join(dir, MARKS_FILE_NAME), 'utf8')).toBe(kept);
  });

  it('marks are not exported: no dialog, no file', async () => {
    const handlers = createRequestHandlers({ ...context, kiosk });
    await expect(
      handlers.exportMarks({ format: 'html', language: 'en', fileName: 'lisible-marks', text: '<p></p>' }),
    ).rejects.toThrow(/Kiosk/);
    expect(context.chooseSavePath).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('loadPreferences gives the defaults, not what a desktop session saved here', async () => {
    await writeFile(context.preferencesPath, '{ "language": "fr", "theme": "dark" }');
    await expect(createRequestHandlers({ ...context, kiosk }).loadPreferences()).resolves.toStrictEqual({
      preferences: {},
    });
    expect(context.onPreferences).not.toHaveBeenCalled();
    // Left as it was, for the desktop reader it belongs to.
    expect(await readFile(context.preferencesPath, 'utf8')).toBe('{ "language": "fr", "theme": "dark" }');
  });
});
