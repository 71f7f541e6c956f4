import UAParser from 'ua-parser-js';
import { describe, expect, it } from 'vitest';
import type { ClientKind } from '../../server/advice/types.js';
import { CAPABILITY_ROWS, type CapabilityClient, helloMismatches } from '../../server/diagnosis/capabilities.js';
import { parseClientHello } from '../../server/tls/clienthello.js';
import { fixture } from '../tls/helpers.js';

/** A client as the project's classifier would describe it, from a real User-Agent via ua-parser-js 1.x. */
function fromUa(ua: string, kind: ClientKind = 'browser'): CapabilityClient {
  const r = new UAParser(ua).getResult();
  const major = r.browser.major ? Number(r.browser.major) : null;
  return { kind, browser: r.browser.name ?? null, browser_major: major, os: r.os.name ?? null, os_version: r.os.version ?? null };
}

const UA = {
  ie8xp: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)',
  ie11win7: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  chrome120: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  chrome60: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.113 Safari/537.36',
  chrome45: 'Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/45.0.2454.101 Safari/537.36',
  chromeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  edge18: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582',
  edge120: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  firefox45: 'Mozilla/5.0 (Windows NT 6.1; rv:45.0) Gecko/20100101 Firefox/45.0',
  firefox20: 'Mozilla/5.0 (Windows NT 6.1; rv:20.0) Gecko/20100101 Firefox/20.0',
  firefox153: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  android42: 'Mozilla/5.0 (Linux; U; Android 4.2.2; en-us; GT-I9505 Build/JDQ39) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
  android44: 'Mozilla/5.0 (Linux; U; Android 4.4.2; en-us; SM-T230 Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30',
  safari6: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_5) AppleWebKit/536.30.1 (KHTML, like Gecko) Version/6.0.5 Safari/536.30.1',
  safari9: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/601.7.7 (KHTML, like Gecko) Version/9.1.2 Safari/601.7.7',
  iosSafari5: 'Mozilla/5.0 (iPhone; CPU iPhone OS 5_1 like Mac OS X) AppleWebKit/534.46 (KHTML, like Gecko) Version/5.1 Mobile/9B176 Safari/7534.48.3',
  opera12: 'Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18',
};

const chromium = parseClientHello(fixture('chromium')); // TLS 1.3 + GREASE
const firefox = parseClientHello(fixture('firefox-esr')); // TLS 1.3, no GREASE
const tls10 = { highest_version: 'TLSv1', grease: false };
const tls12 = { highest_version: 'TLSv1.2', grease: false };
const tls13 = { highest_version: 'TLSv1.3', grease: false };

const features = (h: { highest_version: string; grease: boolean }, ua: string) =>
  helloMismatches(h, fromUa(ua)).map((m) => `${m.kind}:${m.feature}`).sort();

describe('helloMismatches: hellos a browser cannot send', () => {
  it('IE 8 on Windows XP cannot send TLS 1.1+, TLS 1.3 or GREASE', () => {
    expect(features(chromium, UA.ie8xp)).toEqual(['has:GREASE', 'has:TLSv1.1', 'has:TLSv1.2', 'has:TLSv1.3']);
    expect(features(tls10, UA.ie8xp)).toEqual([]);
  });

  it('IE 11 on Windows 7 can do TLS 1.2 but not TLS 1.3', () => {
    expect(features(tls12, UA.ie11win7)).toEqual([]);
    expect(features(tls13, UA.ie11win7)).toEqual(['has:TLSv1.3']);
  });

  it('old Firefox cannot send TLS 1.3 or GREASE; very old Firefox not even TLS 1.2', () => {
    expect(features(chromium, UA.firefox45)).toEqual(['has:GREASE', 'has:TLSv1.3']);
    expect(features(tls12, UA.firefox45)).toEqual([]);
    expect(features(tls12, UA.firefox20)).toEqual(['has:TLSv1.2']);
    expect(features(firefox, UA.firefox153)).toEqual([]);
  });

  it('Chrome before 70 cannot send final TLS 1.3; before 54 no GREASE; drafts do not count', () => {
    expect(features(tls13, UA.chrome60)).toEqual(['has:TLSv1.3']);
    expect(features({ highest_version: 'TLSv1.2', grease: true }, UA.chrome60)).toEqual([]);
    expect(features({ highest_version: 'TLSv1.2', grease: true }, UA.chrome45)).toEqual(['has:GREASE']);
  });

  it('EdgeHTML cannot send TLS 1.3 or GREASE; Chromium Edge always sends GREASE', () => {
    expect(features(chromium, UA.edge18)).toEqual(['has:GREASE', 'has:TLSv1.3']);
    expect(features(chromium, UA.edge120)).toEqual([]);
    expect(features(firefox, UA.edge120)).toEqual(['lacks:GREASE']);
  });

  it('Safari before 7 cannot send TLS 1.2, Mobile Safari 5 can; Safari 9 cannot send TLS 1.3', () => {
    expect(features(tls12, UA.safari6)).toEqual(['has:TLSv1.2']);
    expect(features(tls12, UA.iosSafari5)).toEqual([]);
    expect(features(tls13, UA.safari9)).toEqual(['has:TLSv1.3']);
  });

  it("Android's stock browser: no TLS 1.2 before Android 4.4, never TLS 1.3", () => {
    expect(features(tls12, UA.android42)).toEqual(['has:TLSv1.2']);
    expect(features(tls12, UA.android44)).toEqual([]);
    expect(features(tls13, UA.android44)).toEqual(['has:TLSv1.3']);
  });

  it('Opera Presto cannot send TLS 1.3', () => {
    expect(features(tls13, UA.opera12)).toEqual(['has:TLSv1.3']);
    expect(features(tls12, UA.opera12)).toEqual([]);
  });
});

describe('helloMismatches: hellos that lack what a browser always sends', () => {
  it('current Chrome without GREASE is not Chrome; the real Chromium hello is', () => {
    expect(features(firefox, UA.chrome120)).toEqual(['lacks:GREASE']);
    expect(features(chromium, UA.chrome120)).toEqual([]);
    expect(features(chromium, UA.headless)).toEqual([]);
    expect(features(tls12, UA.headless)).toEqual(['lacks:GREASE']);
  });

  it('Chrome on iOS uses Apple TLS: no GREASE expectation', () => {
    expect(features(firefox, UA.chromeIos)).toEqual([]);
  });
});

describe('helloMismatches: scope', () => {
  it('only judges browsers; API clients, bots, proxy browsers and unknown clients give nothing', () => {
    for (const kind of ['api-client', 'bot', 'proxy-browser', 'unknown'] as const) {
      expect(helloMismatches(chromium, fromUa(UA.ie8xp, kind))).toEqual([]);
    }
    expect(helloMismatches(chromium, fromUa(UA.ie8xp, 'in-app-browser')).length).toBeGreaterThan(0);
  });

  it('accepts display names as well as ua-parser names, and skips version rows when the major is unknown', () => {
    const ie = { kind: 'browser' as const, browser: 'Internet Explorer', browser_major: null, os: 'Windows', os_version: 'XP' };
    expect(helloMismatches(chromium, ie).map((m) => m.row).sort()).toEqual(['ie', 'ie', 'ie-old-windows', 'ie-old-windows']);
    const chrome = { kind: 'browser' as const, browser: 'Chrome', browser_major: null, os: 'Windows', os_version: '10' };
    expect(helloMismatches(tls10, chrome)).toEqual([]);
    const nameless = { kind: 'browser' as const, browser: null, browser_major: 8, os: 'Windows', os_version: 'XP' };
    expect(helloMismatches(chromium, nameless)).toEqual([]);
  });

  it('every row is well-formed: lower-case names, a version window that is not empty, something to check', () => {
    const ids = new Set<string>();
    for (const row of CAPABILITY_ROWS) {
      expect(ids.has(row.id), row.id).toBe(false);
      ids.add(row.id);
      for (const b of row.browsers) expect(b, row.id).toBe(b.toLowerCase());
      if (row.from_major !== undefined && row.below_major !== undefined) {
        expect(row.from_major, row.id).toBeLessThan(row.below_major);
      }
      expect((row.cannot?.length ?? 0) + (row.always?.length ?? 0), row.id).toBeGreaterThan(0);
    }
  });
});
