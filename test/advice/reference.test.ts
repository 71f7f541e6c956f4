/**
 * Cross-check with the reference table (tls12-client-support.md): key facts, asserted through the whole
 * pipeline (real User-Agent -> classify -> rule), so a change to either the classifier or the table that
 * contradicts the reference fails here.
 */
import { describe, expect, it } from 'vitest';
import { adviceForUserAgent } from '../../server/advice/index.js';

function advice(ua: string) {
  const { advice: a } = adviceForUserAgent(ua);
  return { ...a, text: [a.summary ?? '', ...a.steps].join('\n') };
}

describe('reference facts', () => {
  it('IE on Windows XP or Vista: impossible, whatever the IE version', () => {
    for (const ua of [
      'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)',
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0; .NET CLR 2.0.50727; .NET CLR 3.0.4506.2152; .NET CLR 3.5.30729)',
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.0; Trident/4.0; SLCC1; .NET CLR 2.0.50727; Media Center PC 5.0; .NET CLR 3.5.30729; .NET CLR 3.0.30729)',
      'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.0; Trident/5.0)',
    ]) {
      expect(advice(ua).tls12, ua).toBe('unsupported');
    }
  });

  it('IE 5.5-7: impossible', () => {
    expect(advice('Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.0)').tls12).toBe('unsupported');
    expect(advice('Mozilla/4.0 (compatible; MSIE 5.5; Windows NT 5.0)').tls12).toBe('unsupported');
  });

  it('IE 8, 9, 10 on Windows 7 and IE 10 on Windows 8: off by default, with the Advanced setting and the fleet options', () => {
    for (const ua of [
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)',
      'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)',
      'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)',
      'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)',
    ]) {
      const a = advice(ua);
      expect(a.tls12, ua).toBe('off-by-default');
      expect(a.text).toContain('Internet Options');
      expect(a.text).toContain('Advanced');
      expect(a.text).toContain('"Use TLS 1.2"');
      expect(a.text).toContain('SecureProtocols = 0xA80');
      expect(a.text).toMatch(/Internet Explorer 11|current browser/);
    }
  });

  it('IE 11: on', () => {
    expect(advice('Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko').tls12).toBe('enabled');
  });

  it('Firefox 24-26: off by default, fixed in about:config with security.tls.version.max = 3', () => {
    for (const v of [24, 25, 26]) {
      const a = advice(`Mozilla/5.0 (Windows NT 6.1; WOW64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`);
      expect(a.tls12, String(v)).toBe('off-by-default');
      expect(a.text).toContain('about:config');
      expect(a.text).toContain('security.tls.version.max');
      expect(a.text).toMatch(/value to 3\b/);
    }
  });

  it('Firefox before 24: impossible; 27 and later: on', () => {
    expect(advice('Mozilla/5.0 (Windows NT 6.1; WOW64; rv:23.0) Gecko/20100101 Firefox/23.0').tls12).toBe('unsupported');
    expect(advice('Mozilla/5.0 (Windows NT 6.1; WOW64; rv:27.0) Gecko/20100101 Firefox/27.0').tls12).toBe('enabled');
  });

  it('Safari 6 on a Mac: no; Safari 7 (OS X 10.9): on', () => {
    expect(advice('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_2) AppleWebKit/536.26.17 (KHTML, like Gecko) Version/6.0.2 Safari/536.26.17').tls12).toBe('unsupported');
    expect(advice('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_1) AppleWebKit/537.73.11 (KHTML, like Gecko) Version/7.0.1 Safari/537.73.11').tls12).toBe('enabled');
  });

  it('Chrome 30 and later: on; before 29: no', () => {
    for (const v of [30, 49, 120]) {
      expect(advice(`Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.1599.101 Safari/537.36`).tls12).toBe('enabled');
    }
    expect(advice('Mozilla/5.0 (Windows NT 6.2; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/28.0.1500.72 Safari/537.36').tls12).toBe('unsupported');
  });

  it('iOS Safari: on from iOS 5, not before', () => {
    expect(advice('Mozilla/5.0 (iPhone; CPU iPhone OS 5_0 like Mac OS X) AppleWebKit/534.46 (KHTML, like Gecko) Version/5.1 Mobile/9A334 Safari/7534.48.3').tls12).toBe('enabled');
    expect(advice('Mozilla/5.0 (iPhone; U; CPU iPhone OS 4_3_3 like Mac OS X; en-us) AppleWebKit/533.17.9 (KHTML, like Gecko) Version/5.0.2 Mobile/8J2 Safari/6533.18.5').tls12).toBe('unsupported');
  });

  it('Android stock browser: 4.3 no; 4.4 sources conflict ("may")', () => {
    expect(advice('Mozilla/5.0 (Linux; U; Android 4.3; en-us; SM-N900T Build/JSS15J) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30').tls12).toBe('unsupported');
    const kk = advice('Mozilla/5.0 (Linux; Android 4.4.2; Nexus 4 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36');
    expect(kk.tls12).toBe('unknown');
    expect(kk.text).toMatch(/\bmay\b/);
  });

  it('Opera Presto 10-12: off by default; Opera 15: no; Opera 16+: on', () => {
    const presto = advice('Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.16');
    expect(presto.tls12).toBe('off-by-default');
    expect(presto.text).toContain('Security Protocols');
    expect(presto.text).toContain('opera:config');
    expect(advice('Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/28.0.1500.52 Safari/537.36 OPR/15.0.1147.100').tls12).toBe('unsupported');
    expect(advice('Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/29.0.1547.62 Safari/537.36 OPR/16.0.1196.62').tls12).toBe('enabled');
  });

  it('Samsung Internet 4+: on', () => {
    expect(advice('Mozilla/5.0 (Linux; Android 5.0.2; SAMSUNG SM-G920F Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/44.0.2403.133 Mobile Safari/537.36').tls12).toBe('enabled');
  });

  it('Java 6 no, Java 7 off by default, Java 8 on', () => {
    expect(advice('Java/1.6.0_45').tls12).toBe('unsupported');
    expect(advice('Java/1.7.0_80').tls12).toBe('off-by-default');
    expect(advice('Java/1.8.0_151').tls12).toBe('enabled');
  });

  it('IE Mobile 10: off by default with no user setting; 11: on', () => {
    const wp8 = advice('Mozilla/5.0 (compatible; MSIE 10.0; Windows Phone 8.0; Trident/6.0; IEMobile/10.0; ARM; Touch; NOKIA; Lumia 920)');
    expect(wp8.tls12).toBe('off-by-default');
    expect(wp8.text).toContain('Windows Phone 8.1');
    expect(advice('Mozilla/5.0 (Windows Phone 8.1; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0; NOKIA; Lumia 930) like Gecko').tls12).toBe('enabled');
  });
});
