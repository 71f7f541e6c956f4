/** The classifier's corrections of ua-parser-js, one by one. */
import { describe, expect, it } from 'vitest';
import { classify, classifyBrowser, type Parsed } from '../../server/advice/classify.js';
import { adviceForUserAgent, adviseFor, alternateAdviceForTouchMac } from '../../server/advice/index.js';
import { POISON } from './corpus.js';

const allText = (ua: string): string => {
  const { advice } = adviceForUserAgent(ua);
  return [advice.heading, advice.summary ?? '', ...advice.steps].join('\n');
};

describe('IE Compatibility View', () => {
  const cases: Array<[string, number, string]> = [
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/7.0; .NET4.0C; .NET4.0E)', 11, '7'],
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; Win64; x64; Trident/8.0; .NET4.0C; .NET4.0E)', 11, '10'],
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/6.0; SLCC2; .NET CLR 2.0.50727)', 10, '7'],
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/5.0; SLCC2)', 9, '7'],
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/4.0; SLCC2)', 8, '7'],
    ['Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; SLCC1; .NET CLR 2.0.50727)', 7, 'Vista'],
  ];
  it.each(cases)('%s is IE %i on Windows %s', (ua, major, win) => {
    const c = classify(ua);
    expect(c.family).toBe('ie');
    expect(c.browser).toBe('Internet Explorer');
    expect(c.browser_major).toBe(major);
    expect(c.os).toBe('Windows');
    expect(c.os_version).toBe(win);
  });

  it('gives IE 11 in Compatibility View the IE 11 advice, not the IE 7 one', () => {
    const { advice } = adviceForUserAgent('Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/7.0; .NET4.0C; .NET4.0E)');
    expect(advice.advice_id).toBe('ie11');
    expect(advice.heading).toBe('Internet Explorer 11 on Windows 7');
    expect(advice.tls12).toBe('enabled');
  });

  it('treats Windows Phone desktop mode as the phone, not as Windows RT', () => {
    const c = classify('Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; ARM; Trident/6.0; Touch; WPDesktop)');
    expect(c).toMatchObject({ family: 'iemobile', os: 'Windows Phone', os_version: '8.0' });
    expect(adviseFor(c).steps.join(' ')).not.toContain('Internet Options');
  });
});

describe('Edge Legacy and Chromium Edge', () => {
  const legacy = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763';
  const chromium = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

  it('tells them apart', () => {
    expect(classify(legacy)).toMatchObject({ family: 'edge-legacy', engine: 'EdgeHTML', browser_major: 18 });
    expect(classify(chromium)).toMatchObject({ family: 'edge', engine: 'Blink', browser_major: 120 });
  });

  it('points Edge Legacy at the Windows setting it follows, and Chromium Edge not', () => {
    expect(adviceForUserAgent(legacy).advice.advice_id).toBe('edge-legacy');
    expect(allText(legacy)).toContain('Internet Options');
    expect(adviceForUserAgent(chromium).advice.advice_id).toBe('edge');
    expect(allText(chromium)).not.toContain('Internet Options');
  });
});

describe('Android stock browser versus WebView', () => {
  it('reads "Version/4.0 Chrome/NN" on Android 5+ as a WebView', () => {
    const c = classify(
      'Mozilla/5.0 (Linux; Android 5.0; Nexus 5 Build/LPX13D) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/37.0.0.0 Mobile Safari/537.36',
    );
    expect(c).toMatchObject({ kind: 'in-app-browser', family: 'android-webview', browser_major: 37 });
    expect(adviseFor(c).tls12).toBe('enabled');
  });

  it('reads the same shape on Android 4.3 as the stock browser, which cannot', () => {
    const c = classify(
      'Mozilla/5.0 (Linux; Android 4.2.2; en-us; SAMSUNG SGH-M919 Build/JDQ39) AppleWebKit/535.19 (KHTML, like Gecko) Version/1.0 Chrome/18.0.1025.308 Mobile Safari/535.19',
    );
    expect(c.family).toBe('android-browser');
    expect(adviseFor(c)).toMatchObject({ advice_id: 'android-stock-old', tls12: 'unsupported' });
  });

  it('reads the genuine 2.x-4.x stock browser (WebKit 534.30) as such', () => {
    const c = classify(
      'Mozilla/5.0 (Linux; U; Android 4.1.2; en-us; GT-I9300 Build/JZO54K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
    );
    expect(c).toMatchObject({ kind: 'browser', family: 'android-browser', os: 'Android', os_version: '4.1.2' });
    const a = adviseFor(c);
    expect(a.tls12).toBe('unsupported');
    expect(a.steps.join(' ')).toMatch(/Chrome or Firefox/);
  });

  it('says "may" for Android 4.4, where sources conflict, and gives the safe step first', () => {
    const a = adviceForUserAgent(
      'Mozilla/5.0 (Linux; Android 4.4.2; Nexus 4 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36',
    ).advice;
    expect(a.tls12).toBe('unknown');
    expect(a.summary).toMatch(/\bmay\b/);
    expect(a.steps[0]).toMatch(/Install Chrome or Firefox/);
  });

  it('keeps the real Chrome app on old Android as Chrome (own TLS stack)', () => {
    const c = classify(
      'Mozilla/5.0 (Linux; Android 4.4.2; Nexus 5 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/35.0.1916.141 Mobile Safari/537.36',
    );
    expect(c.family).toBe('chrome');
    expect(adviseFor(c).tls12).toBe('enabled');
  });
});

describe('Samsung Internet under either parser name', () => {
  const base: Parsed = {
    name: 'Samsung Internet',
    version: '14.0',
    engine: 'Blink',
    engineVersion: '87.0.4280.141',
    os: 'Android',
    osVersion: '10',
    deviceType: 'mobile',
  };
  const ua =
    'Mozilla/5.0 (Linux; Android 10; SAMSUNG SM-G973F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.0 Chrome/87.0.4280.141 Mobile Safari/537.36';

  it.each(['Samsung Internet', 'Samsung Browser'])('%s', (name) => {
    const c = classifyBrowser(ua, { ...base, name });
    expect(c).toMatchObject({ family: 'samsung-internet', browser: 'Samsung Internet', browser_major: 14 });
    expect(adviseFor(c).advice_id).toBe('samsung-internet');
  });

  it('is what the real parser gives for a real UA', () => {
    expect(classify(ua)).toMatchObject({ family: 'samsung-internet', browser: 'Samsung Internet' });
  });
});

describe('in-app browsers', () => {
  const fbNoVersion =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone11,8;FBMD/iPhone;FBSN/iOS;FBSV/12.4.1;FBSS/2;FBID/phone;FBLC/en_US;FBOP/5;FBCR/]';

  it('names Facebook without a version, and never says "undefined"', () => {
    const { client, advice } = adviceForUserAgent(fbNoVersion);
    expect(client).toMatchObject({ kind: 'in-app-browser', browser: 'Facebook', app: 'Facebook', browser_version: null });
    expect(advice.heading).toBe("The Facebook app's built-in browser on iOS 12.4.1");
    expect(JSON.stringify({ client, advice })).not.toMatch(/undefined/);
    expect(advice.steps[0]).toMatch(/Open in Safari/);
  });

  it('sends Android in-app users to Chrome', () => {
    const { client, advice } = adviceForUserAgent(
      'Mozilla/5.0 (Linux; Android 9; SM-A505F Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/74.0.3729.157 Mobile Safari/537.36 Instagram 95.0.0.21.124 Android (28/9; 420dpi; 1080x2220; samsung; SM-A505F; a50; exynos9610; en_US; 156514151)',
    );
    expect(client).toMatchObject({ kind: 'in-app-browser', app: 'Instagram', browser_major: 95 });
    expect(advice.steps[0]).toMatch(/Open in Chrome/);
  });

  it('does not let a poisoned token reach the output', () => {
    const { client, advice } = adviceForUserAgent(
      'Mozilla/5.0 (iPhone; CPU iPhone OS undefined like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/undefined;FBSV/null]',
    );
    expect(client.kind).toBe('in-app-browser');
    const out = JSON.stringify({ ...client, ...advice });
    expect(out).not.toMatch(/"undefined"|"null"|NaN/);
    expect([advice.heading, advice.summary, ...advice.steps].join(' ')).not.toMatch(POISON);
  });
});

describe('proxy browsers', () => {
  it.each([
    ['Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) Presto/2.5.25 Version/10.54', 'opera-mini'],
    ['Opera/9.80 (Android; Opera Mini/7.5.33361/31.1448; U; en) Presto/2.8.119 Version/11.1010', 'opera-mini'],
    ['UCWEB/2.0 (MIDP-2.0; U; Adr 4.0.4; en-US; ZTE_U795) U2/1.0.0 UCBrowser/10.7.6.805 U2/1.0.0 Mobile', 'proxy-browser'],
  ])('%s', (ua, adviceId) => {
    const { client, advice } = adviceForUserAgent(ua);
    expect(client.kind).toBe('proxy-browser');
    expect(advice.advice_id).toBe(adviceId);
    expect(advice.summary).toMatch(/servers/);
  });

  it('does not take Opera Mini on a Nokia for iOS', () => {
    expect(classify('Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) Presto/2.5.25 Version/10.54').os).not.toBe('iOS');
  });
});

describe('Internet Explorer on Windows XP and Vista', () => {
  const uas = [
    'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)',
    'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.2; SV1; .NET CLR 1.1.4322; .NET CLR 2.0.50727)',
    'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 2.0.50727)',
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0; SLCC1; .NET CLR 2.0.50727)',
    'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.0; Trident/5.0)',
  ];
  it.each(uas)('%s: impossible, and never the "Use TLS 1.2" checkbox', (ua) => {
    const { advice } = adviceForUserAgent(ua);
    expect(advice.advice_id).toBe('ie-xp-vista');
    expect(advice.tls12).toBe('unsupported');
    const text = allText(ua);
    expect(text).not.toMatch(/Use TLS 1\.2/);
    expect(text).not.toMatch(/Internet Options/);
    expect(text).toMatch(/another browser|browser that brings its own/i);
  });
});

describe('API clients', () => {
  it.each([
    ['Java/1.7.0_80', 'java', 'java-7'],
    ['Apache-HttpClient/4.5.13 (Java/1.8.0_292)', 'java', 'java-8-plus'],
    ['curl/7.29.0', 'curl', 'curl-old'],
    ['python-requests/2.31.0', 'python-requests', 'python-lib-modern'],
    ['Python-urllib/2.7', 'python', 'python-2.7'],
    ['okhttp/3.12.1', 'okhttp', 'okhttp-old'],
    ['Go-http-client/1.1', 'go', 'go'],
    ['Microsoft-WinHTTP/5.1', 'winhttp', 'winhttp'],
    ['RestSharp/106.11.7.0', 'dotnet', 'dotnet'],
    ['GuzzleHttp/6.5.5 curl/7.64.0 PHP/7.3.11', 'php', 'php'],
    ['Wget/1.12 (linux-gnu)', 'wget', 'wget'],
    ['node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'node', 'node'],
    ['axios/1.6.2', 'node', 'node'],
  ])('%s is an API client (%s)', (ua, family, adviceId) => {
    const { client, advice } = adviceForUserAgent(ua);
    expect(client.kind).toBe('api-client');
    expect(client.family).toBe(family);
    expect(advice.advice_id).toBe(adviceId);
  });

  it('gives Java 7 the system properties and Java 6 an upgrade', () => {
    const j7 = allText('Java/1.7.0_80');
    expect(j7).toContain('-Dhttps.protocols=TLSv1.2');
    expect(j7).toContain('-Djdk.tls.client.protocols=TLSv1.2');
    expect(adviceForUserAgent('Java/1.7.0_80').advice.tls12).toBe('off-by-default');
    expect(adviceForUserAgent('Java/1.6.0_45').advice.tls12).toBe('unsupported');
    expect(adviceForUserAgent('Java/1.8.0_151').advice.tls12).toBe('enabled');
  });

  it('reads Apache HttpClient 4.3 "(java 1.5)" as a build target, not the runtime', () => {
    const c = classify('Apache-HttpClient/4.3.6 (java 1.5)');
    expect(c).toMatchObject({ family: 'java', browser_major: null, app: 'Apache HttpClient 4.3.6' });
    expect(adviseFor(c).advice_id).toBe('java-unknown');
  });

  it('gives .NET the ServicePointManager and registry steps', () => {
    const t = allText('RestSharp/106.11.7.0');
    expect(t).toContain('ServicePointManager.SecurityProtocol');
    expect(t).toContain('SchUseStrongCrypto');
  });

  it('draws the curl line at 7.34', () => {
    expect(adviceForUserAgent('curl/7.33.0').advice.advice_id).toBe('curl-old');
    expect(adviceForUserAgent('curl/7.34.0').advice.advice_id).toBe('curl');
  });

  it('reads Python 2.7 as "2.7.9 or later needed"', () => {
    expect(allText('Python-urllib/2.7')).toContain('2.7.9');
  });
});

describe('bots', () => {
  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; ExampleCrawler/1.0; +http://example.com/crawler)',
    'Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)',
  ])('%s', (ua) => {
    expect(classify(ua).kind).toBe('bot');
    expect(adviceForUserAgent(ua).advice.advice_id).toBe('bot');
  });

  it('does not take a Cubot phone for a bot', () => {
    const c = classify(
      'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.136 Mobile Safari/537.36',
    );
    expect(c).toMatchObject({ kind: 'browser', family: 'chrome' });
  });
});

describe('iPadOS in desktop mode (Mac Safari UA)', () => {
  const macSafari = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15';

  it('offers the iPadOS advice for Mac Safari', () => {
    const alt = alternateAdviceForTouchMac(classify(macSafari));
    expect(alt).not.toBeNull();
    expect(alt?.advice_id).toBe('ipados-safari');
    expect(alt?.heading).toBe('Safari 17 on iPad');
    expect(alt?.steps.join(' ')).toMatch(/Settings > General/);
    expect(adviceForUserAgent(macSafari).alternate?.advice_id).toBe('ipados-safari');
  });

  it('offers nothing for other clients, or for Safari before iPads sent Mac UAs', () => {
    expect(alternateAdviceForTouchMac(classify(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    ))).toBeNull();
    expect(alternateAdviceForTouchMac(classify(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
    ))).toBeNull();
    expect(alternateAdviceForTouchMac(classify(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15',
    ))).toBeNull();
  });
});

describe('a modern browser is never told to upgrade because of a misread', () => {
  it.each([
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 5_1_1 like Mac OS X) AppleWebKit/534.46.0 (KHTML, like Gecko) CriOS/19.0.1084.60 Mobile/9B206 Safari/7534.48.3',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 8_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) FxiOS/1.0 Mobile/12F69 Safari/600.1.4',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 6_0 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10A5376e Safari/8536.25',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  ])('%s', (ua) => {
    const { advice } = adviceForUserAgent(ua);
    expect(advice.tls12).toBe('enabled');
    // "update your antivirus" is fine; "update Chrome/iOS/your browser" is not.
    expect(advice.steps.join(' ')).not.toMatch(/\b(?:update|upgrade|install)\b[^.;:]*\b(?:Chrome|Firefox|Safari|browser|iOS|macOS|Android)\b/i);
  });
});

describe('bounded work', () => {
  const bait = [
    'Mozilla/5.0 (Linux; Android 10; Redmi' + ' '.repeat(500) + 'x)',
    'Mozilla/5.0 (Linux; Android 4.0; BNR' + ' '.repeat(15000) + 'x)',
    'Mozilla/5.0 (Windows NT ' + '6.1; '.repeat(13000),
    'a'.repeat(65536),
  ];
  it.each(bait.map((b) => [b.length, b] as const))('a %i-char bait string is classified in under 5 ms', (_len, ua) => {
    for (let i = 0; i < 5; i++) classify(ua); // warm-up
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      classify(ua);
      best = Math.min(best, performance.now() - t);
    }
    expect(best).toBeLessThan(5);
  });

  it('never throws on non-strings', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => classify(v as unknown as string)).not.toThrow();
      expect(classify(v as unknown as string).kind).toBe('unknown');
    }
  });
});

describe('classifications kept by User-Agent', () => {
  const IE10 = 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)';
  it('a repeated User-Agent gets the same answer, and a caller changing its copy changes nothing for the next', () => {
    const first = classify(IE10);
    expect(first).toMatchObject({ family: 'ie', browser_major: 10, os: 'Windows', os_version: '7' });
    first.browser = 'changed by a caller';
    first.browser_major = 99;
    const again = classify(IE10);
    expect(again).not.toBe(first);
    expect(again).toMatchObject({ family: 'ie', browser_major: 10, browser: 'Internet Explorer' });
  });

  it('stays right for many different User-Agents (more than it keeps) and for long ones it does not keep', () => {
    for (let i = 0; i < 1500; i++) classify(`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${60 + (i % 60)}.0.${i}.0 Safari/537.36`);
    expect(classify(IE10)).toMatchObject({ family: 'ie', browser_major: 10 });
    const long = `${IE10} ${'x'.repeat(600)}`;
    expect(classify(long)).toEqual(classify(long));
    expect(classify(long)).toMatchObject({ family: 'ie', browser_major: 10 });
  });
});
