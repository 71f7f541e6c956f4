/**
 * Bad requests get short answers with the right status (400, 404, 405, 413, 414, 431; 500 for a failing route),
 * without stack traces, internal messages or versions, and each is logged once at the right level.
 */
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import errors, { allowedMethods, patternMatches } from '../../server/plugins/errors.js';
import securityHeaders from '../../server/plugins/headers.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectNoLeak, expectStillServing, httpRequest, httpsRequest, rawExchange, splitAnswer, statusOf, tlsClientOptions } from './helpers.js';

type Listener = 'http' | 'https';
const LISTENERS: Listener[] = ['http', 'https'];

describe('error answers', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const request = (listener: Listener, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    listener === 'http' ? httpRequest(srv.httpPort, path, opts) : httpsRequest(srv.httpsPort, path, opts);

  /** Send raw request bytes to a listener; the answer as the server wrote it. */
  const raw = (listener: Listener, bytes: string | Buffer) =>
    listener === 'http'
      ? rawExchange(srv.httpPort, [bytes], { timeoutMs: 5_000 })
      : rawExchange(srv.httpsPort, [bytes], { timeoutMs: 5_000, tlsOptions: tlsClientOptions() });

  /** Log lines at warn or above, and the error lines of requests, written since `from`. */
  const logsSince = (from: number) => srv.logs.slice(from);

  it.each(LISTENERS)('404 on %s: short plain text for pages, JSON under /api/, nothing echoed', async (listener) => {
    const page = await request(listener, '/no-such-page-<script>');
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(page.body).toBe('404 Not found.\n');
    const api = await request(listener, '/api/v1/no-such-thing');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(api.body)).toEqual({ error: 'not-found', status: 404, message: 'Not found.' });
    await expectStillServing(srv);
  });

  it.each([
    ['http', 'POST', '/', 'GET, HEAD'],
    ['http', 'DELETE', '/healthz', 'GET, HEAD'],
    ['http', 'PUT', '/static/tlstest.css', 'GET, HEAD'],
    ['https', 'POST', '/api/v1/check', 'GET, HEAD'],
    ['https', 'PATCH', '/probe.gif', 'GET, HEAD'],
  ] as Array<[Listener, string, string, string]>)('405 on %s for %s %s, with Allow: %s', async (listener, method, path, allow) => {
    const res = await request(listener, path, { method, body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.body.length).toBeLessThan(100);
    expectNoLeak(res.body);
    await expectStillServing(srv);
  });

  it.each(LISTENERS)('414 on %s for a URL over MAX_URL_BYTES (8 KB) and for one over the whole header limit (100 KB)', async (listener) => {
    const within = await request(listener, `/${'a'.repeat(DEFAULT_LIMITS.maxUrlBytes)}`);
    expect(within.status).toBe(414);
    expect(within.body).toBe('414 URL too long.\n');
    const api = await request(listener, `/api/v1/diagnosis?x=${'b'.repeat(9000)}`);
    expect(api.status).toBe(414);
    expect(JSON.parse(api.body)).toMatchObject({ error: 'uri-too-long', status: 414 });
    const huge = await raw(listener, `GET /${'c'.repeat(100 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(statusOf(huge.data)).toBe(414);
    expect(splitAnswer(huge.data).body).toBe('414 URL too long.\n');
    await expectStillServing(srv);
  });

  it.each(LISTENERS)('431 on %s for headers over MAX_HEADER_BYTES, though the URL is short', async (listener) => {
    const res = await raw(listener, `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'d'.repeat(20_000)}\r\n\r\n`);
    expect(statusOf(res.data)).toBe(431);
    const { head, body } = splitAnswer(res.data);
    expect(body).toBe('431 Request header fields too large.\n');
    expect(head).toMatch(/^x-content-type-options: nosniff$/m);
    expect(head).toMatch(/^content-security-policy: default-src 'none'/m);
    expect(head).not.toMatch(/strict-transport-security/i);
    await expectStillServing(srv);
  });

  it.each(LISTENERS)('400 on %s for requests the HTTP parser refuses, in a few words', async (listener) => {
    for (const bad of [
      'GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n',
      'GET /\x00 HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'FOO\x01 / HTTP/1.1\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
      'GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'GET / HTTP/1.1\r\n\r\n', // no Host header
    ]) {
      const res = await raw(listener, bad);
      expect(statusOf(res.data), JSON.stringify(bad)).toBe(400);
      const { body } = splitAnswer(res.data);
      expect(body.length).toBeLessThan(100);
      expectNoLeak(res.data.toString('latin1'));
    }
    await expectStillServing(srv);
  });

  it('400 for a bad JSONP callback, JSON, with the callback not echoed', async () => {
    const res = await httpsRequest(srv.httpsPort, '/api/v1/check?callback=alert(document.cookie)');
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('document.cookie');
    await expectStillServing(srv);
  });

  it('no error answer names the software, its version or a stack, and none has Server or X-Powered-By', async () => {
    const answers = [
      await httpRequest(srv.httpPort, '/nope'),
      await httpRequest(srv.httpPort, '/', { method: 'POST', body: 'x' }),
      await httpsRequest(srv.httpsPort, '/api/v1/nope'),
      await httpRequest(srv.httpPort, `/${'e'.repeat(10_000)}`),
      await httpRequest(srv.httpPort, '/static/..%2f..%2fpackage.json'),
    ];
    for (const a of answers) {
      expect(a.status).toBeGreaterThanOrEqual(400);
      expectNoLeak(a.body);
      expect(a.headers.server).toBeUndefined();
      expect(a.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('logs each refused request once at info and nothing at warn or above', async () => {
    const from = srv.logs.length;
    await httpRequest(srv.httpPort, '/nope-logged');
    await raw('http', `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'f'.repeat(20_000)}\r\n\r\n`);
    await raw('https', 'GET / HTTP/1.1\r\nHost: localhost\r\nNo colon\r\n\r\n');
    await httpRequest(srv.httpPort, '/healthz', { method: 'DELETE' });
    await new Promise((r) => setTimeout(r, 100));
    const lines = logsSince(from);
    expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
    // Routed requests: one access line each (with the status), no second line at info or above.
    expect(lines.filter((l) => l.path === '/nope-logged').map((l) => [l.event, l.status])).toEqual([['request', 404]]);
    expect(lines.filter((l) => l.path === '/healthz' && l.method === 'DELETE').map((l) => [l.event, l.status])).toEqual([['request', 405]]);
    // Refused before routing: exactly one client-error line each.
    const refused = lines.filter((l) => l.event === 'client-error');
    expect(refused.map((l) => [l.listener, l.status, l.level])).toEqual([
      ['http', 431, 30],
      ['https', 400, 30],
    ]);
  });
});

describe('errors plugin on its own', () => {
  async function appWithFailingRoute() {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
        cb();
      },
    });
    const app = Fastify({ loggerInstance: createLogger('debug', sink) });
    await app.register(errors, { maxUrlBytes: 1024 });
    await app.register(securityHeaders);
    app.get('/boom', async () => {
      throw new TypeError('secret detail /srv/tlstest/server/x.ts at line 12, key=hunter2');
    });
    app.get('/teapot', async () => {
      throw Object.assign(new Error('I am a teapot with a /private/path'), { statusCode: 418 });
    });
    app.get('/weird', async () => {
      throw Object.assign(new Error('bad status'), { statusCode: 99 });
    });
    return { app, lines };
  }

  it('answers a failing route with a short 500, logs it once at error with the stack, server-side only', async () => {
    const { app, lines } = await appWithFailingRoute();
    const res = await app.inject({ url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).toBe('500 Internal server error.\n');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expectNoLeak(res.body);
    const errorLines = lines.filter((l) => (l.level as number) >= 40);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatchObject({ level: 50, event: 'request-error', status: 500, code: 'TypeError', url: '/boom' });
    expect(String(errorLines[0]?.stack)).toContain('TypeError: secret detail');
    await app.close();
  });

  it('keeps a thrown 4xx status, logs it at debug only, and turns a nonsense status into 500', async () => {
    const { app, lines } = await appWithFailingRoute();
    const teapot = await app.inject({ url: '/teapot' });
    expect(teapot.statusCode).toBe(418);
    expect(teapot.body).toBe('418 Request refused.\n');
    expect(lines.filter((l) => l.event === 'request-error').map((l) => l.level)).toEqual([20]);
    const weird = await app.inject({ url: '/weird' });
    expect(weird.statusCode).toBe(500);
    await app.close();
  });

  it('matches route patterns for 405: static, :param and * segments', () => {
    expect(patternMatches('/healthz', '/healthz')).toBe(true);
    expect(patternMatches('/healthz', '/healthz/')).toBe(false);
    expect(patternMatches('/static/*', '/static/a/b.css')).toBe(true);
    expect(patternMatches('/static/*', '/stat')).toBe(false);
    expect(patternMatches('/services/:name', '/services/login')).toBe(true);
    expect(patternMatches('/services/:name', '/services/')).toBe(false);
    expect(patternMatches('/services/:name', '/services/a/b')).toBe(false);
    expect(allowedMethods([{ method: 'GET', url: '/' }, { method: 'POST', url: '/services/:n' }], '/')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods([{ method: 'POST', url: '/services/:n' }], '/services/x')).toEqual(['POST']);
    expect(allowedMethods([{ method: 'GET', url: '/' }], '/elsewhere')).toEqual([]);
  });
});
