import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAUTH_TOKEN_ERROR, REST_INVALID_SESSION, SOAP_FAULT_STRING } from '../server/api/answers.js';
import { allSnippets, FAILURE_MESSAGES, RUNTIME_ADVICE } from '../server/api/guide-content.js';
import { esc } from '../server/pages/html.js';
import { inline, renderApiGuide } from '../server/pages/api-guide.js';
import { fetchTls } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Elements of HTML 4 that IE 6 renders; the guide must use nothing else. */
const OLD_ELEMENTS = new Set([
  'html', 'head', 'meta', 'title', 'link', 'body', 'div', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em',
  'span', 'code', 'pre', 'table', 'tr', 'th', 'td', 'script',
]);

describe('the API integration guide', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  it('is served on both listeners, with the HTTPS addresses of the host the reader used', async () => {
    const http = await srv.httpApp.inject({ url: '/api-integrations', headers: { host: 'tls.example.com:8080' } });
    expect(http.statusCode).toBe(200);
    expect(http.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(http.body).toContain('<h1>Testing an API integration</h1>');
    expect(http.body).toContain(`https://tls.example.com:${srv.httpsPort}/services/Soap/u/59.0`);
    expect(http.body).toContain(`href="http://tls.example.com:${srv.httpPort}/"`);
    const https = await fetchTls(srv, '/api-integrations');
    expect(https.status).toBe(200);
    expect(https.body).toContain(`https://localhost:${srv.httpsPort}/api/v1/tls`);
  });

  it('is linked from the test page', async () => {
    const res = await srv.httpApp.inject({ url: '/' });
    expect(res.body).toMatch(/<a href="\/api-integrations">Testing an API integration[^<]*<\/a>/);
  });

  it('never reflects a hostile Host header', async () => {
    const res = await srv.httpApp.inject({ url: '/api-integrations', headers: { host: '"><script>alert(1)</script>' } });
    expect(res.body).not.toContain('<script>alert(1)');
  });

  it('uses no script, no inline style and only old HTML elements (CSP and IE 6)', () => {
    const html = renderApiGuide({ origin: 'https://tls.example.com', testPageUrl: 'http://tls.example.com/' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style|\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => (m[1] as string).toLowerCase()));
    expect([...tags].filter((t) => !OLD_ELEMENTS.has(t))).toEqual([]);
    expect(html).toContain('<link rel="stylesheet" type="text/css" href="/static/tlstest.css">');
    // Every in-page link has its target.
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
  });
});

describe('what the guide says', () => {
  const origin = 'https://tls.example.com';
  const html = renderApiGuide({ origin, testPageUrl: 'http://tls.example.com/' });

  it('quotes the answers exactly as the endpoints send them', () => {
    expect(html).toContain(esc(SOAP_FAULT_STRING));
    expect(html).toContain(esc(OAUTH_TOKEN_ERROR.body));
    expect(html).toContain(esc(REST_INVALID_SESSION.body));
    for (const word of ['INVALID_LOGIN', 'INVALID_SESSION_ID', 'invalid_grant', 'HTTP 400', 'HTTP 401', 'HTTP 500', 'TLS_OK']) {
      expect(html).toContain(word);
    }
  });

  it('says what a fail looks like, with the messages old runtimes print', () => {
    for (const m of FAILURE_MESSAGES) expect(html).toContain(esc(m.message));
    expect(html).toContain('TLSV1_ALERT_PROTOCOL_VERSION');
    expect(html).toContain('Received fatal alert: protocol_version');
    expect(html).toContain('Could not create SSL/TLS secure channel');
  });

  it('covers each runtime the issue names, with the setting that fixes it', () => {
    for (const needle of [
      '-Dhttps.protocols=TLSv1.2', '-Djdk.tls.client.protocols=TLSv1.2', 'Java 8 and newer',
      'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;', 'SchUseStrongCrypto', 'SystemDefaultTlsVersions',
      '.NET Framework 4.7 and newer', '.NET Framework 4.6.x', 'Windows 7 SP1 / Server 2008 R2', 'KB4019276', 'DefaultSecureProtocols',
      'OpenSSL 1.0.1', 'NSS 3.14', 'NSS 3.15.1', 'Python 2.7.9', '3.4 or newer', 'CURLOPT_SSLVERSION', 'CURL_SSLVERSION_TLSv1_2',
      'ProviderInstaller.installIfNeeded(context)', 'Android 4.1 to 4.4',
    ]) {
      expect(html).toContain(esc(needle));
    }
    expect(RUNTIME_ADVICE.map((r) => r.id)).toEqual(['java', 'dotnet', 'windows', 'openssl', 'nss', 'python', 'php', 'android', 'others']);
  });

  it('has a test program for curl, Java, C#, Python, Node and PHP, each calling this host', () => {
    const snippets = allSnippets(origin);
    expect(snippets.map((s) => s.id)).toEqual(['curl', 'java', 'csharp', 'python', 'node', 'php']);
    for (const s of snippets) {
      expect(s.code).toContain(`${origin}/services/`);
      expect(html).toContain(`<pre><code>${esc(s.code.replace(/\n+$/, ''))}</code></pre>`);
    }
  });

  it('inline() escapes first, then shows `spans` as code', () => {
    expect(inline('a `<b>` & c')).toBe('a <code>&lt;b&gt;</code> &amp; c');
    expect(inline('no code')).toBe('no code');
  });
});
