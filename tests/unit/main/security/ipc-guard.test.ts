import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../../../../common/document';
import { LANGUAGES } from '../../../../common/languages';
import {
  FONTS,
  LETTER_SPACINGS,
  LINE_HEIGHTS,
  LINE_LENGTHS,
  MOTIONS,
  PARAGRAPH_SPACINGS,
  TEXT_SIZES,
  THEMES,
  WORD_SPACINGS,
} from '../../../../common/preferences';
import { APP_ORIGIN } from '../../../../main/security/app-url';
import {
  BRIDGE_METHODS,
  checkInvocation,
  MAX_EXTERNAL_URL_LENGTH,
  MAX_PIN_LENGTH,
  parseArguments,
  senderProblem,
  type SenderFrame,
} from '../../../../main/security/ipc-guard';
import { MAX_MARKS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../../common/marks';
import { MAX_EXPORT_LENGTH, MAX_EXPORT_NAME_LENGTH } from '../../../../common/marks-exchange';
import { bookmark, highlight, note, savedMarks } from '../../../support/marks';
import { SAMPLE_RECORD as RECORD } from '../../../support/manual-record';

const appFrame: SenderFrame = {
  url: 'app://lisible/index.html',
  origin: 'app://lisible',
  isMainFrame: true,
  inOurWindow: true,
};

describe('senderProblem', () => {
  it('accepts the main frame of our window showing the app page', () => {
    expect(senderProblem(appFrame)).toBeNull();
    expect(senderProblem({ ...appFrame, url: 'app://lisible/index.html#our-goal' })).toBeNull();
  });

  it('refuses a frame Electron no longer has', () => {
    expect(senderProblem(null)).toMatch(/gone/);
  });

  it('refuses a subframe, even of our own origin', () => {
    expect(senderProblem({ ...appFrame, isMainFrame: false })).toMatch(/subframe/);
  });

  it('refuses other web contents, even showing our page', () => {
    expect(senderProblem({ ...appFrame, inOurWindow: false })).toMatch(/not the app window/);
  });

  it.each([
    { url: 'https://evil.example/', origin: 'https://evil.example' },
    { url: 'file:///tmp/index.html', origin: 'null' },
    { url: 'app://lisible.evil/index.html', origin: 'app://lisible.evil' },
    { url: 'app://evil/index.html', origin: 'app://evil' },
    { url: 'data:text/html,hi', origin: 'null' },
    // Origin and URL must agree: either alone is not enough.
    { url: 'https://evil.example/', origin: 'app://lisible' },
    { url: 'app://lisible/index.html', origin: 'null' },
  ])('refuses a sender at $url with origin $origin', ({ url, origin }) => {
    expect(senderProblem({ ...appFrame, url, origin })).toMatch(/origin/);
  });
});

describe('parseArguments', () => {
  it('knows every request method of the bridge', () => {
    expect([...BRIDGE_METHODS].sort()).toEqual([
      'exportMarks',
      'loadAuditRecords',
      'loadDocument',
      'loadKioskConfig',
      'loadLibraryIndex',
      'loadLibraryStart',
      'loadMarks',
      'loadPositions',
      'loadPreferences',
      'openExternal',
      'requestKioskExit',
      'saveAuditRecords',
      'saveMarks',
      'savePosition',
      'savePreferences',
    ]);
  });

  it('accepts no argument for the load methods', () => {
    expect(parseArguments('loadLibraryIndex', [])).toEqual({ ok: true, value: [] });
    expect(parseArguments('loadPreferences', [])).toEqual({ ok: true, value: [] });
  });

  it.each([[['extra']], [[undefined]], [[{}]], [[null, null]]])(
    'refuses any argument to the load methods: %j',
    (args) => {
      expect(parseArguments('loadLibraryIndex', args).ok).toBe(false);
      expect(parseArguments('loadPreferences', args).ok).toBe(false);
    },
  );

  it('accepts no argument or one document id for loadLibraryStart', () => {
    expect(parseArguments('loadLibraryStart', [])).toEqual({ ok: true, value: [] });
    expect(parseArguments('loadLibraryStart', ['about-us'])).toEqual({ ok: true, value: ['about-us'] });
  });

  it.each([
    [[undefined]],
    [['../../etc/passwd']],
    [['About-Us']],
    [['a'.repeat(MAX_ID_LENGTH + 1)]],
    [['about-us', 'en']],
    [[1]],
  ])('refuses loadLibraryStart with %j', (args) => {
    expect(parseArguments('loadLibraryStart', args).ok).toBe(false);
  });

  it('accepts a document id and a language for loadDocument', () => {
    expect(parseArguments('loadDocument', ['about-us', 'fr'])).toEqual({ ok: true, value: ['about-us', 'fr'] });
  });

  it.each([
    { case: 'no argument', args: [] },
    { case: 'no language', args: ['about-us'] },
    { case: 'an unknown language', args: ['about-us', 'de'] },
    { case: 'an extra argument', args: ['about-us', 'en', 'more'] },
    { case: 'a path', args: ['../../etc/passwd', 'en'] },
    { case: 'a file name', args: ['about-us.en.md', 'en'] },
    { case: 'capitals', args: ['About-Us', 'en'] },
    { case: 'an overlong id', args: ['a'.repeat(MAX_ID_LENGTH + 1), 'en'] },
    { case: 'a number', args: [1, 'en'] },
  ])('refuses loadDocument with $case', ({ args }) => {
    const verdict = parseArguments('loadDocument', args);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/^invalid arguments for loadDocument/);
  });

  it('accepts exactly one valid preferences object', () => {
    expect(parseArguments('savePreferences', [{ language: 'fr' }])).toEqual({ ok: true, value: [{ language: 'fr' }] });
    expect(parseArguments('savePreferences', [{}])).toEqual({ ok: true, value: [{}] });
  });

  it.each([
    { case: 'no argument', args: [] },
    { case: 'two arguments', args: [{ language: 'fr' }, { language: 'en' }] },
    { case: 'an unknown language', args: [{ language: 'de' }] },
    { case: 'an unknown key', args: [{ language: 'fr', colour: 'dark' }] },
    { case: 'a JSON string', args: ['{"language":"fr"}'] },
    { case: 'null', args: [null] },
    { case: 'an array', args: [['fr']] },
    // Structured clone carries these over IPC; with no keys of their own they would pass as "{}".
    { case: 'a Set', args: [new Set()] },
    { case: 'a Map', args: [new Map([['language', 'fr']])] },
    { case: 'a Date', args: [new Date()] },
  ])('refuses savePreferences with $case', ({ args }) => {
    const verdict = parseArguments('savePreferences', args);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/^invalid arguments for savePreferences/);
  });
});

describe('checkInvocation', () => {
  it('passes a valid message from our page through', () => {
    expect(checkInvocation('savePreferences', appFrame, [{ language: 'en' }])).toEqual({
      ok: true,
      value: [{ language: 'en' }],
    });
  });

  it('refuses valid arguments from a foreign sender', () => {
    const verdict = checkInvocation(
      'savePreferences',
      { ...appFrame, origin: 'https://evil.example', url: 'https://evil.example/' },
      [{ language: 'en' }],
    );
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/origin/);
  });

  it('refuses invalid arguments from our page', () => {
    expect(checkInvocation('loadLibraryIndex', appFrame, ['../../etc/passwd']).ok).toBe(false);
  });

  it('refuses a null frame before looking at the arguments', () => {
    const verdict = checkInvocation('loadLibraryIndex', null, ['extra']);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/gone/);
  });
});

describe('savePosition arguments', () => {
  const place = { documentId: 'about-us', language: 'fr', position: { section: 'notre-travail', paragraph: 2 } };

  it('accepts exactly one place', () => {
    expect(parseArguments('savePosition', [place])).toEqual({ ok: true, value: [place] });
    expect(parseArguments('savePosition', [{ ...place, position: { section: null, paragraph: 0 } }]).ok).toBe(true);
  });

  it.each([
    { case: 'no argument', args: [] },
    { case: 'two places', args: [place, place] },
    { case: 'every position at once', args: [{ 'about-us': { fr: place.position } }] },
    { case: 'a scroll offset', args: [{ ...place, position: { scrollY: 900 } }] },
    { case: 'a section that is not an anchor', args: [{ ...place, position: { section: '<img>', paragraph: 0 } }] },
    { case: 'a huge paragraph number', args: [{ ...place, position: { section: null, paragraph: 1e9 } }] },
    { case: 'a megabyte of document id', args: [{ ...place, documentId: 'a'.repeat(1_000_000) }] },
    { case: 'an unknown language', args: [{ ...place, language: 'de' }] },
    { case: 'an extra key', args: [{ ...place, note: 'hello' }] },
    { case: 'a Map', args: [new Map(Object.entries(place))] },
  ])('refuses savePosition with $case', ({ args }) => {
    const verdict = parseArguments('savePosition', args);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/^invalid arguments for savePosition/);
  });
});

describe('openExternal arguments', () => {
  it('accepts exactly one https address', () => {
    expect(parseArguments('openExternal', ['https://www.ontariohealth.ca/about-us'])).toEqual({
      ok: true,
      value: ['https://www.ontariohealth.ca/about-us'],
    });
  });

  it.each([
    { case: 'no argument', args: [] },
    { case: 'two addresses', args: ['https://a.example/', 'https://b.example/'] },
    { case: 'a URL object', args: [new URL('https://a.example/')] },
    { case: 'plain http', args: ['http://www.ontariohealth.ca/'] },
    { case: 'javascript:', args: ['javascript:alert(1)'] },
    { case: 'file:', args: ['file:///etc/passwd'] },
    { case: 'data:', args: ['data:text/html,<script>alert(1)</script>'] },
    { case: 'credentials', args: ['https://www.ontariohealth.ca@evil.example/'] },
    { case: 'a custom scheme', args: ['ms-settings:privacy'] },
    { case: 'an overlong address', args: [`https://a.example/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`] },
  ])('refuses $case', ({ args }) => {
    const verdict = parseArguments('openExternal', args);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/^invalid arguments for openExternal/);
  });
});

/** A record's shape, judged without the guard's schema: the oracle for the fuzzed calls below. */
function looksLikeRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const auditor = record.auditor as Record<string, unknown> | null | undefined;
  return (
    ['id', 'check', 'note', 'assistiveTechnology', 'platform', 'date'].every(
      (key) => typeof record[key] === 'string',
    ) &&
    ['passed', 'failed', 'inapplicable', 'cantTell'].includes(record.outcome as string) &&
    typeof auditor === 'object' &&
    auditor !== null &&
    typeof auditor.name === 'string'
  );
}

describe('saveAuditRecords', () => {
  it('accepts valid records, and refuses unknown checks, extra fields, oversize notes and too many records', () => {
    expect(parseArguments('saveAuditRecords', [[RECORD]])).toEqual({ ok: true, value: [[RECORD]] });
    expect(parseArguments('saveAuditRecords', [[]]).ok).toBe(true);
    expect(parseArguments('saveAuditRecords', [[{ ...RECORD, check: 'wcag-9.9.9' }]]).ok).toBe(false);
    expect(parseArguments('saveAuditRecords', [[{ ...RECORD, script: '<b>' }]]).ok).toBe(false);
    expect(parseArguments('saveAuditRecords', [[{ ...RECORD, note: 'x'.repeat(4001) }]]).ok).toBe(false);
    expect(parseArguments('saveAuditRecords', [Array.from({ length: 5001 }, () => RECORD)]).ok).toBe(false);
    expect(parseArguments('saveAuditRecords', [[RECORD], 'extra']).ok).toBe(false);
    expect(parseArguments('saveAuditRecords', [new Set([RECORD])]).ok).toBe(false);
  });
});

describe('fuzzed with random payloads', () => {
  const RUNS = { numRuns: 500 };

  it.each(BRIDGE_METHODS)('%s never throws and accepts only what its schema allows', (method) => {
    fc.assert(
      fc.property(
        fc.array(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true })),
        (args) => {
          const verdict = parseArguments(method, args);
          if (!verdict.ok) return;
          // Accepted: it must be exactly a valid call, judged here without the guard's own schema.
          switch (method) {
            case 'loadLibraryIndex':
            case 'loadPreferences':
            case 'loadPositions':
            case 'loadKioskConfig':
            case 'loadAuditRecords':
              expect(args).toEqual([]);
              break;
            case 'loadLibraryStart':
              expect(args.length).toBeLessThanOrEqual(1);
              if (args.length === 1)
                expect(
                  typeof args[0] === 'string' &&
                    args[0].length <= MAX_ID_LENGTH &&
                    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(args[0]),
                ).toBe(true);
              break;
            case 'loadDocument':
              expect(args).toHaveLength(2);
              expect(
                typeof args[0] === 'string' &&
                  args[0].length <= MAX_ID_LENGTH &&
                  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(args[0]),
              ).toBe(true);
              expect(['en', 'fr']).toContain(args[1]);
              break;
            case 'requestKioskExit':
              expect(args).toHaveLength(1);
              expect(typeof args[0] === 'string' && args[0].length <= MAX_PIN_LENGTH).toBe(true);
              break;
            case 'savePreferences':
              expect(args).toHaveLength(1);
              expect(isValidPreferences(args[0])).toBe(true);
              break;
            case 'savePosition':
              expect(args).toHaveLength(1);
              expect(isValidPlace(args[0])).toBe(true);
              break;
            case 'openExternal':
              expect(args).toHaveLength(1);
              expect(isHttpsWithoutCredentials(args[0])).toBe(true);
              break;
            case 'saveAuditRecords':
              expect(args).toHaveLength(1);
              expect(Array.isArray(args[0]) && (args[0] as unknown[]).every(looksLikeRecord)).toBe(true);
              break;
          }
        },
      ),
      RUNS,
    );
  });

  it('savePreferences accepts a preferences object exactly when every value is one of its choices', () => {
    const choiceOrJunk = (choices: readonly unknown[]) => fc.oneof(fc.constantFrom(...choices), fc.anything());
    const preferencesLike = fc.record(
      {
        language: choiceOrJunk(LANGUAGES),
        textSize: choiceOrJunk(TEXT_SIZES),
        lineHeight: choiceOrJunk(LINE_HEIGHTS),
        letterSpacing: choiceOrJunk(LETTER_SPACINGS),
        wordSpacing: choiceOrJunk(WORD_SPACINGS),
        paragraphSpacing: choiceOrJunk(PARAGRAPH_SPACINGS),
        lineLength: choiceOrJunk(LINE_LENGTHS),
        font: choiceOrJunk(FONTS),
        theme: choiceOrJunk(THEMES),
        motion: choiceOrJunk(MOTIONS),
        surprise: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(preferencesLike, (candidate) => {
        expect(parseArguments('savePreferences', [candidate]).ok).toBe(isValidPreferences(candidate));
      }),
      RUNS,
    );
  });

  it('openExternal refuses every scheme but https, whatever follows it', () => {
    const scheme = fc.constantFrom(
      'javascript:',
      'JavaScript:',
      'file:',
      'data:',
      'http:',
      'ftp:',
      'vbscript:',
      'blob:',
      'app:',
      'ms-msdt:',
      '',
    );
    fc.assert(
      fc.property(scheme, fc.string(), (prefix, rest) => {
        expect(parseArguments('openExternal', [`${prefix}${rest}`]).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('openExternal accepts generated https addresses without credentials, and no others', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https', 'http'], withFragments: true, withQueryParameters: true }),
        fc.boolean(),
        (url, withUser) => {
          const candidate = withUser ? url.replace('://', '://user:pass@') : url;
          const verdict = parseArguments('openExternal', [candidate]);
          if (verdict.ok) expect(isHttpsWithoutCredentials(candidate)).toBe(true);
          if (withUser || candidate.startsWith('http:')) expect(verdict.ok).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('a sender passes only as the main frame of our window on our origin', () => {
    const text = fc.oneof(
      fc.constantFrom(APP_ORIGIN, 'app://lisible/index.html', 'null', 'https://evil.example'),
      fc.string(),
    );
    const frame = fc.option(
      fc.record({ url: text, origin: text, isMainFrame: fc.boolean(), inOurWindow: fc.boolean() }),
    );
    fc.assert(
      fc.property(frame, (candidate) => {
        const problem = senderProblem(candidate);
        const trusted =
          candidate !== null &&
          candidate.isMainFrame &&
          candidate.inOurWindow &&
          candidate.origin === APP_ORIGIN &&
          /^app:\/\/lisible([/?#]|$)/u.test(candidate.url);
        if (problem === null) expect(trusted).toBe(true);
      }),
      RUNS,
    );
  });

  it('a message from anyone else is refused whatever it carries', () => {
    const method = fc.constantFrom(...BRIDGE_METHODS);
    fc.assert(
      fc.property(method, fc.array(fc.anything()), (name, args) => {
        expect(
          checkInvocation(name, { ...appFrame, origin: 'https://evil.example', url: 'https://evil.example/' }, args).ok,
        ).toBe(false);
        expect(checkInvocation(name, null, args).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

/**
 * Independent of the guard's schema: a plain object (an object literal, or one made with Object.create(null))
 * whose known keys each hold one of their choices.
 */
function isValidPreferences(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const choices: Record<string, readonly unknown[]> = {
    language: LANGUAGES,
    textSize: TEXT_SIZES,
    lineHeight: LINE_HEIGHTS,
    letterSpacing: LETTER_SPACINGS,
    wordSpacing: WORD_SPACINGS,
    paragraphSpacing: PARAGRAPH_SPACINGS,
    lineLength: LINE_LENGTHS,
    font: FONTS,
    theme: THEMES,
    motion: MOTIONS,
  };
  return Object.entries(value).every(([key, entry]) => {
    // Own keys only: `__proto__` as a payload key must not find Object.prototype.
    const allowed = Object.hasOwn(choices, key) ? choices[key] : undefined;
    // An absent optional key may also be present as undefined.
    return allowed !== undefined && (entry === undefined || allowed.includes(entry));
  });
}

function isPlainObjectWithKeys(value: unknown, keys: string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return JSON.stringify(Reflect.ownKeys(value).sort()) === JSON.stringify([...keys].sort());
}

function isValidPlace(value: unknown): boolean {
  const anchor = (text: unknown) =>
    typeof text === 'string' && text.length <= 200 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);
  if (!isPlainObjectWithKeys(value, ['documentId', 'language', 'position'])) return false;
  const { documentId, language, position } = value;
  if (!anchor(documentId) || !(LANGUAGES as readonly unknown[]).includes(language)) return false;
  if (!isPlainObjectWithKeys(position, ['section', 'paragraph'])) return false;
  const { section, paragraph } = position;
  return (
    (section === null || anchor(section)) &&
    Number.isInteger(paragraph) &&
    (paragraph as number) >= 0 &&
    (paragraph as number) <= 10_000
  );
}

function isHttpsWithoutCredentials(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}

describe('saveMarks arguments', () => {
  const many = (count: number) => savedMarks(...Array.from({ length: count }, (_, at) => bookmark(`m${at}`)));

  it('accepts the reader marks, up to the most a file may hold', () => {
    const marks = savedMarks(bookmark('a'), highlight('b', 'question'), note('c'));
    expect(parseArguments('saveMarks', [marks])).toEqual({ ok: true, value: [marks] });
    expect(parseArguments('saveMarks', [many(MAX_MARKS)]).ok).toBe(true);
  });

  it.each([
    ['one mark too many', [many(MAX_MARKS + 1)]],
    ['a note one character too long', [savedMarks(note('a', 'x'.repeat(MAX_NOTE_LENGTH + 1)))]],
    ['an empty note', [savedMarks(note('a', ''))]],
    ['a name one character too long', [savedMarks(bookmark('a', 'x'.repeat(MAX_NAME_LENGTH + 1)))]],
    ['a colour that is not a category', [savedMarks({ ...highlight('a'), category: 'red' as 'important' })]],
    ['two marks with one id', [savedMarks(bookmark('a'), note('a'))]],
    ['a field the schema does not know', [{ ...savedMarks(), extra: true }]],
    ['a Map for the marks', [new Map([['version', 1]])]],
    ['an extra argument', [savedMarks(), savedMarks()]],
    ['no argument', []],
  ])('refuses %s', (_case, args) => {
    expect(parseArguments('saveMarks', args).ok).toBe(false);
  });
});

describe('exportMarks arguments', () => {
  const file = { format: 'annotations', language: 'en', fileName: 'lisible-marks', text: '{"type":"Annotation"}' };

  it('accepts an export in each format, up to the longest text and name', () => {
    expect(parseArguments('exportMarks', [file])).toEqual({ ok: true, value: [file] });
    for (const format of ['markdown', 'html'])
      expect(parseArguments('exportMarks', [{ ...file, format }]).ok).toBe(true);
    const longest = { ...file, fileName: 'n'.repeat(MAX_EXPORT_NAME_LENGTH), text: 'x'.repeat(MAX_EXPORT_LENGTH) };
    expect(parseArguments('exportMarks', [longest]).ok).toBe(true);
  });

  it('is refused from any sender but the app page, however well formed', () => {
    expect(checkInvocation('exportMarks', { ...appFrame, isMainFrame: false }, [file]).ok).toBe(false);
    expect(checkInvocation('exportMarks', { ...appFrame, inOurWindow: false }, [file]).ok).toBe(false);
    expect(checkInvocation('exportMarks', appFrame, [file]).ok).toBe(true);
  });

  it.each([
    ['a text one character too long', [{ ...file, text: 'x'.repeat(MAX_EXPORT_LENGTH + 1) }]],
    ['a name one character too long', [{ ...file, fileName: 'n'.repeat(MAX_EXPORT_NAME_LENGTH + 1) }]],
    ['an empty name', [{ ...file, fileName: '' }]],
    ['a format it does not know', [{ ...file, format: 'exe' }]],
    ['a language it does not know', [{ ...file, language: 'de' }]],
    ['bytes for the text', [{ ...file, text: new Uint8Array(4) }]],
    ['a path for the file', [{ ...file, path: '/etc/passwd' }]],
    ['a Map for the export', [new Map(Object.entries(file))]],
    ['an extra argument', [file, file]],
    ['no argument', []],
  ])('refuses %s', (_case, args) => {
    expect(parseArguments('exportMarks', args).ok).toBe(false);
  });
});
