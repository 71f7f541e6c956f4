import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../server/config.js';
import { resolveSettings } from '../server/settings.js';
import { DEFAULT_SITE, loadSiteConfig, MAX_LOGO_BYTES, parseSiteConfig, parseSiteText } from '../server/site.js';
import { startCli } from './helpers/cli.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** A real 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-site-'));
}

const FULL = {
  organisation: 'Example Bank <plc>',
  product: 'Online Banking',
  logo: 'logo.png',
  support: { url: 'https://help.example.com/tls', phone: '+44 20 7946 0000', email: 'help@example.com', hours: 'Mon-Fri 08:00-18:00' },
  services: ['Online banking', { name: 'Payments API', address: 'api.example.com' }],
  schedule: [
    { environment: 'Test', date: '2025-03-01' },
    { environment: 'Production', date: '2025-06-30', note: 'from 22:00 CET' },
  ],
  notice: 'We switch off TLS 1.0 and 1.1.\n\nQuestions? Call us.',
  language: 'en',
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

describe('site configuration: parsing and validation (pure)', () => {
  it('reads every field of a full document', () => {
    const site = parseSiteConfig(FULL, '/etc/tlstest/site.json', '/etc/tlstest');
    expect(site).toMatchObject({
      source: '/etc/tlstest/site.json',
      organisation: 'Example Bank <plc>',
      product: 'Online Banking',
      logo: { file: '/etc/tlstest/logo.png', height: 48 },
      support: { url: 'https://help.example.com/tls', phone: '+44 20 7946 0000', email: 'help@example.com', hours: 'Mon-Fri 08:00-18:00' },
      services: [
        { name: 'Online banking', address: null },
        { name: 'Payments API', address: 'api.example.com' },
      ],
      schedule: [
        { environment: 'Test', date: '2025-03-01', note: null },
        { environment: 'Production', date: '2025-06-30', note: 'from 22:00 CET' },
      ],
      language: 'en',
    });
  });

  it('an empty document gives the neutral defaults', () => {
    expect(parseSiteConfig({}, 's.json', '/')).toMatchObject({ ...DEFAULT_SITE, source: 's.json' });
    expect(parseSiteText('', 's.yaml')).toBeNull();
    expect(parseSiteConfig(null, 's.yaml', '/')).toMatchObject({ organisation: null, services: [], schedule: [] });
  });

  it('YAML reads the same, unquoted dates included', () => {
    const yaml = [
      'organisation: Example Bank',
      'schedule:',
      '  - environment: Test',
      '    date: 2025-03-01',
      'tls:',
      '  preset: custom',
      '  ciphers:',
      '    - ECDHE-ECDSA-AES128-GCM-SHA256',
      '    - ECDHE-RSA-AES128-GCM-SHA256',
    ].join('\n');
    const site = parseSiteConfig(parseSiteText(yaml, '/x/site.yaml'), '/x/site.yaml', '/x');
    expect(site.organisation).toBe('Example Bank');
    expect(site.schedule).toEqual([{ environment: 'Test', date: '2025-03-01', note: null }]);
    expect(site.tls).toMatchObject({ preset: 'custom', settings: { ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256' } });
  });

  it.each<[string, unknown, RegExp]>([
    ['wrong type', { support: { phone: 12345 } }, /^TLSTEST_CONFIG \/etc\/site\.json: support\.phone must be a string \(got 12345\)$/],
    ['unknown key (a typo)', { organization: 'X' }, /: organization is not a known setting \(known here: organisation, product/],
    ['unknown nested key', { support: { fax: '1' } }, /: support\.fax is not a known setting/],
    ['not an object', ['a'], /^TLSTEST_CONFIG \/etc\/site\.json: the file must hold settings by name \(an object\) \(got a list\)$/],
    ['a nested list where an object belongs', { support: ['x'] }, /: support must be an object \(got a list\)$/],
    ['bad URL (no javascript:)', { support: { url: 'javascript:alert(1)' } }, /: support\.url must be an http:\/\/ or https:\/\/ address/],
    ['bad phone', { support: { phone: 'call us' } }, /: support\.phone must be a phone number/],
    ['bad e-mail', { support: { email: 'nobody' } }, /: support\.email must be an e-mail address/],
    ['bad date', { schedule: [{ environment: 'Test', date: '2025-02-30' }] }, /: schedule\[0\]\.date must be a date written YYYY-MM-DD \(got "2025-02-30"\)$/],
    ['date in another form', { schedule: [{ environment: 'Test', date: '01/03/2025' }] }, /: schedule\[0\]\.date must be a date written YYYY-MM-DD/],
    ['missing environment', { schedule: [{ date: '2025-03-01' }] }, /: schedule\[0\]\.environment is required/],
    ['services not a list', { services: 'Online banking' }, /: services must be a list/],
    ['empty service', { services: ['ok', ''] }, /: services\[1\] must not be empty/],
    ['service without name', { services: [{ address: 'a.example' }] }, /: services\[0\]\.name is required/],
    ['too long', { organisation: 'x'.repeat(101) }, /: organisation must be at most 100 characters/],
    ['control characters', { product: 'a\u0007b' }, /: product must not contain control characters/],
    ['bad language', { language: 'english please' }, /: language must be a language tag/],
    ['logo height out of range', { logo: { file: 'l.png', height: 999 } }, /: logo\.height must be a whole number of pixels from 16 to 200/],
    ['bad preset', { tls: { preset: 'paranoid' } }, /: tls\.preset must be one of modern, intermediate, custom \(got "paranoid"\)/],
    ['bad TLS version', { tls: { minVersion: 'TLSv1.0' } }, /: tls\.minVersion must be one of TLSv1\.2, TLSv1\.3/],
    ['honorCipherOrder not boolean', { tls: { honorCipherOrder: 'yes' } }, /: tls\.honorCipherOrder must be true or false/],
    ['certificate without key', { tls: { certFile: 'c.pem' } }, /: tls\.keyFile must be set together with the other/],
    ['cipher list with odd characters', { tls: { ciphers: 'AES;rm -rf' } }, /: tls\.ciphers must be an OpenSSL list/],
  ])('rejects %s, naming the field', (_kind, doc, re) => {
    expect(messageOf(() => parseSiteConfig(doc, '/etc/site.json', '/etc'))).toMatch(re);
  });

  it('rejects broken JSON and YAML with the parser message', () => {
    expect(messageOf(() => parseSiteText('{"organisation": ', '/etc/site.json'))).toMatch(/^TLSTEST_CONFIG \/etc\/site\.json: not valid JSON: /);
    expect(messageOf(() => parseSiteText('organisation: [a, b\n  c: d', '/etc/site.yml'))).toMatch(/^TLSTEST_CONFIG \/etc\/site\.yml: not valid YAML: /);
  });
});

describe('site configuration: files', () => {
  it('loads a JSON file with its logo (kind told by content, not by name)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'logo.png'), PNG);
    fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify(FULL));
    const site = loadSiteConfig(path.join(dir, 'site.json'));
    expect(site.logo).toMatchObject({ url: '/site/logo.png', contentType: 'image/png', height: 48 });
    expect(site.logo?.data.equals(PNG)).toBe(true);
  });

  it.each<[string, (dir: string) => void, RegExp]>([
    ['a missing logo', () => {}, /: logo: cannot read .*logo\.png \(ENOENT\)$/],
    ['an SVG logo', (d) => fs.writeFileSync(path.join(d, 'logo.png'), '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /: logo must be a PNG, GIF or JPEG image: SVG is not accepted/],
    ['a logo that is no image', (d) => fs.writeFileSync(path.join(d, 'logo.png'), 'hello'), /: logo must be a PNG, GIF or JPEG image \(got ".*logo\.png"\)$/],
    ['a logo too large', (d) => fs.writeFileSync(path.join(d, 'logo.png'), Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)])), /: logo must be at most 512 KiB/],
  ])('refuses %s', (_kind, prepare, re) => {
    const dir = tempDir();
    prepare(dir);
    fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ organisation: 'X', logo: 'logo.png' }));
    expect(messageOf(() => loadSiteConfig(path.join(dir, 'site.json')))).toMatch(re);
  });

  it('refuses a file that is missing, a folder, or too large', () => {
    const dir = tempDir();
    expect(messageOf(() => loadSiteConfig(path.join(dir, 'nope.json')))).toMatch(/nope\.json: cannot read the file \(ENOENT\)$/);
    expect(messageOf(() => loadSiteConfig(dir))).toMatch(/: is not a file$/);
    fs.writeFileSync(path.join(dir, 'big.json'), ' '.repeat(300 * 1024));
    expect(messageOf(() => loadSiteConfig(path.join(dir, 'big.json')))).toMatch(/: is larger than 256 KiB$/);
  });
});

describe('site configuration: TLS policy from the file and the environment', () => {
  const withTls = (tls: Record<string, unknown>, env: Record<string, string> = {}) =>
    resolveSettings(parseConfig(env, '/srv', 2), { ...parseSiteConfig({ tls }, '/etc/site.json', '/etc'), logo: null });

  it('the environment wins over the file; the file over the preset', () => {
    const s = withTls({ preset: 'custom', maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' }, { TLS_POLICY: 'intermediate' });
    expect(s.policy).toMatchObject({ preset: 'intermediate', maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384', changed: ['maxVersion', 'ciphers'] });
    expect(withTls({ minVersion: 'TLSv1.3' }, { TLS_MIN_VERSION: 'TLSv1.2' }).policy.minVersion).toBe('TLSv1.2');
    expect(withTls({ preset: 'modern' }).policy).toMatchObject({ preset: 'modern', minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', changed: [] });
    // The effective minimum reaches the rest of the server (page text, diagnosis) through config.tlsMinVersion.
    expect(withTls({ preset: 'modern' }).config.tlsMinVersion).toBe('TLSv1.3');
  });

  it('certificate files from the file, relative to it, unless the environment names them', () => {
    expect(withTls({ certFile: 'certs/chain.pem', keyFile: 'certs/key.pem' }).config).toMatchObject({ tlsCertFile: '/etc/certs/chain.pem', tlsKeyFile: '/etc/certs/key.pem' });
    expect(withTls({ certFile: 'c.pem', keyFile: 'k.pem' }, { TLS_CERT_FILE: '/x/c.pem', TLS_KEY_FILE: '/x/k.pem' }).config.tlsCertFile).toBe('/x/c.pem');
  });

  it.each<[string, Record<string, unknown>, Record<string, string>, RegExp]>([
    ['min above max (file)', { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }, {}, /^TLSTEST_CONFIG \/etc\/site\.json: tls\.minVersion \(TLSv1\.3\) is above TLSTEST_CONFIG \/etc\/site\.json: tls\.maxVersion \(TLSv1\.2\)/],
    ['min above max (environment and file)', { maxVersion: 'TLSv1.2' }, { TLS_MIN_VERSION: 'TLSv1.3' }, /^TLS_MIN_VERSION \(TLSv1\.3\) is above TLSTEST_CONFIG \/etc\/site\.json: tls\.maxVersion/],
    ['min above max (preset and environment)', {}, { TLS_POLICY: 'modern', TLS_MAX_VERSION: 'TLSv1.2' }, /^the modern preset's minVersion \(TLSv1\.3\) is above TLS_MAX_VERSION \(TLSv1\.2\)/],
    ['ciphers OpenSSL does not know', { ciphers: 'NOT-A-CIPHER:ALSO-NOT' }, {}, /tls\.ciphers: OpenSSL knows none of these TLS 1\.2 ciphers \("NOT-A-CIPHER:ALSO-NOT"\)$/],
    ['TLS 1.3 suites in the TLS 1.2 list', { ciphers: 'TLS_AES_128_GCM_SHA256' }, {}, /tls\.ciphers is the TLS 1\.2 cipher list; put TLS 1\.3 suites/],
    ['an unknown TLS 1.3 suite', { ciphersuites: 'TLS_AES_128_GCM_SHA256:TLS_FAKE_SHA1' }, {}, /tls\.ciphersuites: "TLS_FAKE_SHA1" is not a TLS 1\.3 cipher suite/],
    ['no TLS 1.3 suite while TLS 1.3 is on', { ciphersuites: ':' }, {}, /tls\.ciphersuites is empty but TLS 1\.3 is enabled/],
    ['unknown curves', { ecdhCurve: 'X25519:P-999' }, {}, /tls\.ecdhCurve: OpenSSL does not accept the group list "X25519:P-999"/],
    ['unknown signature algorithms', { sigalgs: 'ecdsa_secp256r1_sha256:nonsense' }, {}, /tls\.sigalgs: OpenSSL does not accept the signature algorithm list/],
  ])('refuses %s with a message naming the setting', (_kind, tls, env, re) => {
    expect(messageOf(() => withTls(tls, env))).toMatch(re);
  });

  it('accepts a full custom policy', () => {
    const s = withTls({
      preset: 'custom',
      minVersion: 'TLSv1.2',
      maxVersion: 'TLSv1.3',
      ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384',
      ciphersuites: 'TLS_AES_256_GCM_SHA384',
      ecdhCurve: 'P-384:P-256',
      sigalgs: 'ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:rsa_pss_rsae_sha256',
      honorCipherOrder: false,
    });
    expect(s.policy).toMatchObject({ preset: 'custom', ciphersuites: 'TLS_AES_256_GCM_SHA384', honorCipherOrder: false, ecdhCurve: 'P-384:P-256' });
  });
});

describe('site configuration on the page', () => {
  let srv: TestServer;
  beforeAll(async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'logo.png'), PNG);
    fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ ...FULL, language: 'de', product: 'Online <b>Banking</b>' }));
    srv = await startTestServer({ TLSTEST_CONFIG: path.join(dir, 'site.json') });
  });
  afterAll(() => srv.close());

  it('shows the names, logo, notice, services, schedule table and support contact, all escaped', async () => {
    const res = await srv.httpApp.inject({ url: '/', headers: { host: 'localhost' } });
    const html = res.body;
    expect(html).toContain('<title>Online &lt;b&gt;Banking&lt;/b&gt;: Secure connection test (TLS 1.2)</title>');
    expect(html).toContain('<img id="site-logo" src="/site/logo.png" height="48" alt="Example Bank &lt;plc&gt;">');
    expect(html).toContain('<strong id="site-organisation">Example Bank &lt;plc&gt;</strong>');
    expect(html).toContain('<span id="site-product">Online &lt;b&gt;Banking&lt;/b&gt;</span>');
    expect(html).not.toContain('<b>Banking</b>');
    expect(html).toContain('<div id="site-notice" class="box unknown" lang="de"><p>We switch off TLS 1.0 and 1.1.</p><p>Questions? Call us.</p></div>');
    expect(html).toContain('<ul><li>Online banking</li><li>Payments API <span class="code">api.example.com</span></li></ul>');
    expect(html).toMatch(
      /<table id="site-schedule" class="facts" lang="de"><tr><th scope="col">Environment<\/th><th scope="col">Date<\/th><th scope="col">Note<\/th><\/tr><tr><td>Test<\/td><td>2025-03-01<\/td><td><\/td><\/tr><tr><td>Production<\/td><td>2025-06-30<\/td><td>from 22:00 CET<\/td><\/tr><\/table>/,
    );
    expect(html).toContain('<td id="support-phone">+44 20 7946 0000</td>');
    expect(html).toContain('<td id="support-hours">Mon-Fri 08:00-18:00</td>');
    expect(html).toContain('<a id="support-url" href="https://help.example.com/tls">https://help.example.com/tls</a>');
    expect(html).toContain('<a id="support-email" href="mailto:help@example.com">help@example.com</a>');
    // Still a page old browsers render: no inline script, no third-party asset (links elsewhere are fine).
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\bsrc="(https?:)?\/\//);
  });

  it('serves the logo from the same host, as PNG, with nosniff', async () => {
    const res = await srv.httpApp.inject({ url: '/site/logo.png' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect((await srv.httpApp.inject({ url: '/site/logo.svg' })).statusCode).toBe(404);
  });

  it('without a file the page has none of these parts', async () => {
    const plain = await startTestServer();
    try {
      const html = (await plain.httpApp.inject({ url: '/', headers: { host: 'localhost' } })).body;
      for (const id of ['site-header', 'site-notice', 'site-services', 'site-schedule', 'site-support']) expect(html).not.toContain(`id="${id}"`);
      expect(html).toContain('<title>Secure connection test (TLS 1.2)</title>');
    } finally {
      await plain.close();
    }
  });
});

describe('an invalid site file stops the start', () => {
  it.each<[string, string, string, RegExp]>([
    ['a wrong type', 'site.json', JSON.stringify({ support: { phone: 12345 } }), /support\.phone must be a string \(got 12345\)/],
    ['a bad date', 'site.yaml', 'schedule:\n  - environment: Production\n    date: soon\n', /schedule\[0\]\.date must be a date written YYYY-MM-DD \(got "soon"\)/],
    ['min above max', 'site.json', JSON.stringify({ tls: { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' } }), /tls\.minVersion \(TLSv1\.3\) is above .*tls\.maxVersion \(TLSv1\.2\)/],
    ['a cipher list OpenSSL refuses', 'site.json', JSON.stringify({ tls: { ciphers: 'NO-SUCH-CIPHER' } }), /tls\.ciphers: OpenSSL knows none of these TLS 1\.2 ciphers/],
  ])('%s: exit code 2 and one line naming the file and field', async (_kind, name, text, re) => {
    const dir = tempDir();
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const cli = startCli({ TLSTEST_CONFIG: file });
    try {
      const { code } = await cli.exited;
      expect(code).toBe(2);
      const lines = cli.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^tlstest: configuration error: TLSTEST_CONFIG ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
      expect(lines[0]).toMatch(re);
      expect(cli.logs.filter((l) => l.event === 'listening')).toEqual([]);
    } finally {
      cli.kill();
    }
  }, 60_000);
});
