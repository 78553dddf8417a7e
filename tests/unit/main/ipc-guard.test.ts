import { describe, expect, it } from 'vitest';
import { checkInvocation, parseArguments, senderProblem, type SenderFrame } from '../../../main/security/ipc-guard';

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
  it('accepts no argument for the load methods', () => {
    expect(parseArguments('loadLibrary', [])).toEqual({ ok: true, value: [] });
    expect(parseArguments('loadPreferences', [])).toEqual({ ok: true, value: [] });
  });

  it.each([[['extra']], [[undefined]], [[{}]], [[null, null]]])('refuses any argument to the load methods: %j', (args) => {
    expect(parseArguments('loadLibrary', args).ok).toBe(false);
    expect(parseArguments('loadPreferences', args).ok).toBe(false);
  });

  it('accepts exactly one valid preferences object', () => {
    expect(parseArguments('savePreferences', [{ language: 'fr' }])).toEqual({ ok: true, value: [{ language: 'fr' }] });
    expect(parseArguments('savePreferences', [{}])).toEqual({ ok: true, value: [{}] });
  });

  it.each([
    { case: 'no argument', args: [] },
    { case: 'two arguments', args: [{ language: 'fr' }, { language: 'en' }] },
    { case: 'an unknown language', args: [{ language: 'de' }] },
    { case: 'an unknown key', args: [{ language: 'fr', theme: 'dark' }] },
    { case: 'a JSON string', args: ['{"language":"fr"}'] },
    { case: 'null', args: [null] },
    { case: 'an array', args: [['fr']] },
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
    const verdict = checkInvocation('savePreferences', { ...appFrame, origin: 'https://evil.example', url: 'https://evil.example/' }, [
      { language: 'en' },
    ]);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/origin/);
  });

  it('refuses invalid arguments from our page', () => {
    expect(checkInvocation('loadLibrary', appFrame, ['../../etc/passwd']).ok).toBe(false);
  });

  it('refuses a null frame before looking at the arguments', () => {
    const verdict = checkInvocation('loadLibrary', null, ['extra']);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/gone/);
  });
});
