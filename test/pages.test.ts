import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTls } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const CHROME_WIN10 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

describe('pages', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ PROBE_TIMEOUT_MS: '4000' });
  });
  afterAll(() => srv.close());

  it('HTTP GET / is the test page: explanation, pending result, probe settings, steps, no-script path', async () => {
    const res = await srv.httpApp.inject({ url: '/', headers: { host: 'localhost:8080', 'user-agent': CHROME_WIN10 } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const html = res.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('TLS 1.2 or newer');
    expect(html).toMatch(/<div id="result" data-verdict="pending" data-lang="en" data-timeout-ms="4000" data-diagnosis-url="\/api\/v1\/diagnosis"/);
    expect(html).toContain(`data-probe-policy="https://localhost:${srv.httpsPort}/probe.gif"`);
    for (const p of ['tls10', 'tls11', 'tls12', 'tls13', 'legacy']) {
      expect(html).toContain(`data-probe-${p}="https://${p}.localhost:${srv.httpsPort}/probe.gif"`);
    }
    expect(html).toContain('<h2>Steps for Resolution</h2>');
    expect(html).toContain('<noscript>');
    // The no-script link points to the HTTPS listener on the hostname the visitor used.
    expect(html).toContain(`href="https://localhost:${srv.httpsPort}/"`);
    expect(html).toContain('<script type="text/javascript" src="/static/tlstest.js"></script>');
    // No inline script, no third-party asset.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!localhost[:/])/);
  });

  it('uses PUBLIC_HTTPS_PORT for the probe when set', async () => {
    const other = await startTestServer({ PUBLIC_HTTPS_PORT: '443' });
    try {
      const res = await other.httpApp.inject({ url: '/', headers: { host: 'tls.example.com' } });
      expect(res.body).toContain('data-probe-policy="https://tls.example.com/probe.gif"');
      expect(res.body).toContain('data-probe-tls10="https://tls10.tls.example.com/probe.gif"');
      expect(res.body).toContain('href="https://tls.example.com/"');
    } finally {
      await other.close();
    }
  });

  it('never reflects a hostile Host header into the page', async () => {
    const res = await srv.httpApp.inject({ url: '/', headers: { host: '"><script>alert(1)</script>' } });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toContain('<script>alert(1)');
  });

  it('HTTPS GET / is the success page with the protocol and cipher of that connection', async () => {
    const res = await fetchTls(srv, '/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<h1>Success</h1>');
    expect(res.body).toMatch(/<td id="tls-protocol">TLSv1\.3<\/td>/);
    expect(res.body).toMatch(/<td id="tls-cipher">TLS_AES_(128|256)_GCM_SHA(256|384)|TLS_CHACHA20_POLY1305_SHA256<\/td>/);
    expect(res.body).toContain(`href="http://localhost:${srv.httpPort}/"`);
    expect(res.body).toContain('<td id="tls-policy">TLS 1.2 – TLS 1.3 (intermediate)</td>');
  });

  it('the probe is a tiny image that is never cached', async () => {
    const res = await fetchTls(srv, '/probe.gif?r=1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/gif');
    expect(res.headers['cache-control']).toMatch(/no-store/);
    expect(res.raw.subarray(0, 6).toString()).toBe('GIF89a');
  });

  it('/healthz answers on both listeners', async () => {
    const policy = { preset: 'intermediate', min_version: 'TLSv1.2', max_version: 'TLSv1.3' };
    expect((await srv.httpApp.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok', listener: 'http', policy });
    const res = await fetchTls(srv, '/healthz');
    expect(JSON.parse(res.body)).toEqual({ status: 'ok', listener: 'https', tls_version: 'TLSv1.3', policy });
  });

  it('serves the stylesheet and script from the same host', async () => {
    const css = await srv.httpApp.inject({ url: '/static/tlstest.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const js = await srv.httpApp.inject({ url: '/static/tlstest.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('never sends HSTS and never redirects HTTP to HTTPS', async () => {
    for (const url of ['/', '/healthz', '/static/tlstest.css', '/nope']) {
      const res = await srv.httpApp.inject({ url });
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.statusCode === 301 || res.statusCode === 302 || res.statusCode === 307 || res.statusCode === 308).toBe(false);
      expect(res.headers.location).toBeUndefined();
    }
    for (const url of ['/', '/healthz', '/probe.gif']) {
      const res = await fetchTls(srv, url);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});
