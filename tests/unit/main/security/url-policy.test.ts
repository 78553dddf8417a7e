/**
 * The two URL policies: where the window may navigate (only the app's own page) and which links may leave for
 * the system browser (https only, no credentials). Look-alike hosts are a decision, documented in SECURITY.md:
 * any real https host may be opened, because the reader confirms first and the confirmation names the host as
 * the URL parser sees it — so `https://www.ontariohealth.ca.evil.example` shows "www.ontariohealth.ca.evil.example"
 * and a homograph shows its punycode (`xn--…`) form.
 */
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../common/external-url';
import { isAppPageUrl } from '../../../../main/security/app-url';

describe('links that may open in the system browser', () => {
  it.each([
    'https://www.ontariohealth.ca/',
    'https://www.ontariohealth.ca/about-us?lang=fr#mission',
    'HTTPS://WWW.ONTARIOHEALTH.CA/',
    'https://www.ontario.ca:443/page',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['javascript: in capitals, with spaces', '  JaVaScRiPt:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: UNC', 'file://attacker.example/share/payload.exe'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['plain http', 'http://www.ontariohealth.ca/'],
    ['a protocol-relative link', '//www.ontariohealth.ca/'],
    ['a relative link', '/about-us'],
    ['the app itself', 'app://lisible/index.html'],
    ['an OS handler', 'ms-msdt:/id PCWDiagnostic'],
    ['another OS handler', 'smb://attacker.example/share'],
    ['a user name', 'https://www.ontariohealth.ca@evil.example/'],
    ['a user name and password', 'https://user:password@www.ontariohealth.ca/'],
    ['an empty user name with a password', 'https://:password@www.ontariohealth.ca/'],
    ['a single-label host', 'https://intranet/'],
    ['localhost', 'https://localhost/'],
    ['an IPv6 literal', 'https://[::1]/'],
    ['nothing', ''],
    ['not a URL', 'www.ontariohealth.ca'],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('allows look-alike hosts, whose real host the confirmation then shows', () => {
    const lookAlike = 'https://www.ontariohealth.ca.evil.example/about-us';
    expect(isAllowedExternalUrl(lookAlike)).toBe(true);
    expect(new URL(lookAlike).hostname).toBe('www.ontariohealth.ca.evil.example');
    // A Cyrillic "о" in place of the Latin one: allowed, but its host reads as punycode, not as the real site.
    const homograph = 'https://www.\u043entariohealth.ca/';
    expect(isAllowedExternalUrl(homograph)).toBe(true);
    expect(new URL(homograph).hostname).toMatch(/^www\.xn--/u);
    // A backslash is a slash to the URL parser: the host is what comes before it, not after the "@".
    expect(new URL('https://evil.example\\@www.ontariohealth.ca/').hostname).toBe('evil.example');
  });
});

describe('where the window may navigate', () => {
  it('only to the app page, never to any site, even an allowed external one', () => {
    expect(isAppPageUrl('app://lisible/index.html#section')).toBe(true);
    for (const url of [
      'https://www.ontariohealth.ca/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'app://lisible.ontariohealth.ca/',
    ]) {
      expect(isAppPageUrl(url), url).toBe(false);
    }
  });
});
