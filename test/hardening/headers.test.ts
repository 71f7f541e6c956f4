/**
 * Security headers on every answer (pages, JSON API, static files, errors, even answers written before routing),
 * a Content-Security-Policy with no inline script and no third-party origin, and never HSTS or a redirect to HTTPS.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspSource } from '../../server/plugins/headers.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectStillServing, httpRequest, httpsRequest, rawExchange, splitAnswer, statusOf, tlsClientOptions } from './helpers.js';

/** The CSP as directive -> sources. */
function parseCsp(value: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What every answer must carry; `allowedImageOrigins` are the only non-'self' sources the CSP may name. */
function expectSecurityHeaders(headers: http.IncomingHttpHeaders, allowedImageOrigins: string[] = []): void {
  const csp = headers['content-security-policy'];
  expect(typeof csp).toBe('string');
  const d = parseCsp(csp as string);
  expect(d.get('default-src')).toEqual(["'none'"]);
  expect(d.get('script-src')).toEqual(["'self'"]); // no inline script, no eval, no other origin
  expect(d.get('style-src')).toEqual(["'self'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  const img = d.get('img-src') ?? [];
  expect(img[0]).toBe("'self'");
  expect(img.slice(1).sort()).toEqual([...allowedImageOrigins].sort());
  for (const [name, sources] of d) {
    for (const s of sources) {
      expect(s, `${name} ${s}`).not.toMatch(/unsafe|^\*$|^https?:$|^data:|^blob:/);
      if (name !== 'img-src') expect(s, `${name} ${s}`).toMatch(/^'(self|none)'$/);
    }
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers.location).toBeUndefined();
}

/** Headers of a raw HTTP answer, lower-cased, as Node would give them. */
function rawHeaders(data: Buffer): http.IncomingHttpHeaders {
  const out: http.IncomingHttpHeaders = {};
  for (const line of splitAnswer(data).head.split('\r\n').slice(1)) {
    const cut = line.indexOf(':');
    out[line.slice(0, cut).trim().toLowerCase()] = line.slice(cut + 1).trim();
  }
  return out;
}

/** The probe URLs the test page names, as CSP sources. */
function probeOrigins(html: string): string[] {
  const urls = [...html.matchAll(/data-probe-[a-z0-9]+="([^"]+)"/g)].map((m) => m[1] as string);
  expect(urls.length).toBeGreaterThan(0);
  return [...new Set(urls.map((u) => cspSource(u) as string))].sort();
}

describe('security headers', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  it('the HTTP test page: CSP images limited to exactly the HTTPS probe origins it uses, no redirect', async () => {
    const res = await httpRequest(srv.httpPort, '/', { headers: { host: `localhost:${srv.httpPort}` } });
    expect(res.status).toBe(200);
    const origins = probeOrigins(res.body);
    expect(origins).toEqual(
      [`https://localhost:${srv.httpsPort}`, ...['tls10', 'tls11', 'tls12', 'tls13', 'legacy'].map((p) => `https://${p}.localhost:${srv.httpsPort}`)].sort(),
    );
    expectSecurityHeaders(res.headers, origins);
    await expectStillServing(srv);
  });

  it('the HTTPS success page and both JSON APIs', async () => {
    const answers = [
      await httpsRequest(srv.httpsPort, '/', { version: 'TLSv1.2' }),
      await httpsRequest(srv.httpsPort, '/api/v1/check'),
      await httpsRequest(srv.httpsPort, '/api/v1/check?callback=cb'),
      await httpsRequest(srv.httpsPort, '/api/v1/diagnosis?policy=ok'),
      await httpRequest(srv.httpPort, '/api/v1/diagnosis?policy=failed&legacy=ok'),
      await httpsRequest(srv.httpsPort, '/probe.gif?id=abcdefgh12'),
      await httpsRequest(srv.httpsPort, '/probe.gif', { servername: 'tls12.localhost' }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(200);
      expectSecurityHeaders(a.headers);
    }
  });

  it('health, static files and every kind of error answer', async () => {
    const answers = [
      await httpRequest(srv.httpPort, '/healthz'),
      await httpsRequest(srv.httpsPort, '/healthz'),
      await httpRequest(srv.httpPort, '/static/tlstest.js'),
      await httpsRequest(srv.httpsPort, '/static/tlstest.css'),
      await httpRequest(srv.httpPort, '/nope'),
      await httpsRequest(srv.httpsPort, '/api/v1/nope'),
      await httpRequest(srv.httpPort, '/', { method: 'POST', body: 'x' }),
      await httpRequest(srv.httpPort, `/${'u'.repeat(9000)}`),
      await httpRequest(srv.httpPort, '/static/..%2fpackage.json'),
      await httpRequest(srv.httpPort, '/static/%c0%ae%c0%ae/x'), // a URL Fastify's router cannot decode
      await httpsRequest(srv.httpsPort, '/', { servername: 'tls13.localhost' }), // probe policy: 404
    ];
    for (const a of answers) expectSecurityHeaders(a.headers);
    // Answers written before routing: header overflow, parser error, plain HTTP on the HTTPS port.
    const raws = [
      await rawExchange(srv.httpPort, [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'h'.repeat(20_000)}\r\n\r\n`]),
      await rawExchange(srv.httpsPort, ['GET / HTTP/1.1\r\nBad header\r\n\r\n'], { tlsOptions: tlsClientOptions() }),
      await rawExchange(srv.httpsPort, [`GET / HTTP/1.1\r\nHost: localhost:${srv.httpsPort}\r\n\r\n`]),
    ];
    expect(raws.map((r) => statusOf(r.data))).toEqual([431, 400, 400]);
    for (const r of raws) expectSecurityHeaders(rawHeaders(r.data));
    await expectStillServing(srv);
  });

  it('no Strict-Transport-Security and no redirect to HTTPS anywhere, whatever the client asks', async () => {
    const variants: Array<Record<string, string>> = [
      {},
      { 'upgrade-insecure-requests': '1' },
      { 'x-forwarded-proto': 'http' },
      { 'x-forwarded-proto': 'https' },
      { host: 'tlstest.example.com' },
    ];
    for (const headers of variants) {
      for (const path of ['/', '/healthz', '/nope', '/static/tlstest.css']) {
        const plain = await httpRequest(srv.httpPort, path, { headers });
        expect(plain.status === 200 || plain.status === 404).toBe(true);
        expect(plain.headers['strict-transport-security']).toBeUndefined();
        expect(plain.headers.location).toBeUndefined();
        const secure = await httpsRequest(srv.httpsPort, path, { headers });
        expect(secure.headers['strict-transport-security']).toBeUndefined();
        expect(secure.headers.location).toBeUndefined();
      }
    }
    const wrongPort = await rawExchange(srv.httpsPort, [`GET / HTTP/1.1\r\nHost: localhost:${srv.httpsPort}\r\n\r\n`]);
    expect(statusOf(wrongPort.data)).toBe(400); // explains, does not redirect
    expect(wrongPort.data.toString('latin1')).not.toMatch(/strict-transport-security|^location:/im);
  });

  it('a page opened by IPv4 address names the probe ports; by IPv6 address, CSP-valid wildcard hosts on those ports', async () => {
    const withPorts = await startTestServer({ PROBE_PORTS: 'tls10=0,legacy=0' });
    try {
      const v4 = await httpRequest(withPorts.httpPort, '/', { headers: { host: `127.0.0.1:${withPorts.httpPort}` } });
      const origins = probeOrigins(v4.body);
      expect(origins).toEqual(
        [
          `https://127.0.0.1:${withPorts.httpsPort}`,
          `https://127.0.0.1:${withPorts.ctx.probePorts.tls10}`,
          `https://127.0.0.1:${withPorts.ctx.probePorts.legacy}`,
        ].sort(),
      );
      expectSecurityHeaders(v4.headers, origins);
      const v6 = await httpRequest(withPorts.httpPort, '/', { headers: { host: `[::1]:${withPorts.httpPort}` } });
      expect(v6.body).toContain(`data-probe-policy="https://[::1]:${withPorts.httpsPort}/probe.gif"`);
      expectSecurityHeaders(v6.headers, [
        `https://*:${withPorts.httpsPort}`,
        `https://*:${withPorts.ctx.probePorts.tls10}`,
        `https://*:${withPorts.ctx.probePorts.legacy}`,
      ]);
      // A bogus Host is not reflected, in the page or in the policy.
      const bogus = await httpRequest(withPorts.httpPort, '/', { headers: { host: '[:::]' } });
      expect(bogus.status).toBe(200);
      expect(bogus.headers['content-security-policy']).not.toContain(':::');
      await expectStillServing(withPorts);
    } finally {
      await withPorts.close();
    }
  });

  it('contentSecurityPolicy keeps only https origins, each once', () => {
    expect(cspSource('https://Tls10.Example.com:8443/probe.gif?id=1')).toBe('https://tls10.example.com:8443');
    expect(cspSource('https://example.com/probe.gif')).toBe('https://example.com');
    expect(cspSource('https://[::1]/probe.gif')).toBe('https://*:443');
    expect(cspSource('http://example.com/')).toBeNull();
    expect(cspSource('https://evil.example.com@x/')).toBeNull();
    expect(cspSource("https://a.b:1/'unsafe-inline'")).toBe('https://a.b:1');
    expect(contentSecurityPolicy(['https://a.b:1/x', 'https://a.b:1/y', 'javascript:alert(1)'])).toContain("img-src 'self' https://a.b:1;");
  });
});
