/**
 * Oversized requests: 1 MB of headers, a 64 KB User-Agent, a 100 KB URL, and a 10 MB body to every POST route (the
 * routes are enumerated from the running apps, so routes added later are covered without touching this file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.js';
import type { RouteRecord } from '../../server/plugins/errors.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { answerComplete, expectNoLeak, expectStillServing, rawExchange, splitAnswer, statusOf, tlsClientOptions, type RawResult } from './helpers.js';

type Listener = 'http' | 'https';
const TEN_MB = 10 * 1024 * 1024;

/** A concrete path for a route pattern (:params and * filled in). */
function pathOf(route: RouteRecord): string {
  return route.url.replace(/:[^/]+/g, 'test').replace(/\*$/, 'test');
}

describe('oversized requests', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  /** Send the bytes; done when the server closes or (keep-alive) its answer is complete. */
  const send = (listener: Listener, chunks: Array<string | Buffer>, timeoutMs = 10_000): Promise<RawResult> =>
    listener === 'http'
      ? rawExchange(srv.httpPort, chunks, { timeoutMs, stopWhen: answerComplete })
      : rawExchange(srv.httpsPort, chunks, { timeoutMs, stopWhen: answerComplete, tlsOptions: tlsClientOptions() });

  const expectShortError = (r: RawResult, status: number) => {
    expect(statusOf(r.data)).toBe(status);
    const { body } = splitAnswer(r.data);
    expect(body.length).toBeLessThan(120);
    expectNoLeak(r.data.toString('latin1'));
  };

  it.each(['http', 'https'] as Listener[])('1 MB of headers on %s: 431', async (listener) => {
    const headers = Array.from({ length: 1100 }, (_, i) => `X-Pad-${i}: ${'h'.repeat(1000)}\r\n`).join('');
    expect(headers.length).toBeGreaterThan(1024 * 1024);
    const r = await send(listener, [`GET / HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`]);
    expectShortError(r, 431);
    await expectStillServing(srv);
  });

  it.each(['http', 'https'] as Listener[])('a 64 KB User-Agent on %s: 431', async (listener) => {
    const r = await send(listener, [`GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: Mozilla/5.0 ${'u'.repeat(64 * 1024)}\r\n\r\n`]);
    expectShortError(r, 431);
    await expectStillServing(srv);
  });

  it.each(['http', 'https'] as Listener[])('a 100 KB URL on %s: 414, also when it arrives in pieces', async (listener) => {
    const url = `/api/v1/diagnosis?${'q'.repeat(100 * 1024)}`;
    const whole = await send(listener, [`GET ${url} HTTP/1.1\r\nHost: localhost\r\n\r\n`]);
    expectShortError(whole, 414);
    const request = `GET ${url} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
    const pieces = Array.from({ length: Math.ceil(request.length / 3000) }, (_, i) => request.slice(i * 3000, (i + 1) * 3000));
    const split = await send(listener, pieces);
    expectShortError(split, 414);
    await expectStillServing(srv);
  });

  it('every POST route (enumerated from the apps) refuses a 10 MB body with 413, by length and chunked', async () => {
    const posts = (['http', 'https'] as Listener[]).flatMap((listener) =>
      srv.routes[listener].filter((r) => r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH').map((r) => ({ listener, route: r })),
    );
    // The route tables are real: they hold the routes the apps serve.
    expect(srv.routes.http.map((r) => `${r.method} ${r.url}`)).toContain('GET /');
    expect(srv.routes.https.map((r) => `${r.method} ${r.url}`)).toContain('GET /probe.gif');
    // Both apps run with the configured body limit.
    expect(srv.httpApp.initialConfig.bodyLimit).toBe(DEFAULT_LIMITS.bodyLimitBytes);
    expect(srv.httpsApp.initialConfig.bodyLimit).toBe(DEFAULT_LIMITS.bodyLimitBytes);
    const body = Buffer.alloc(TEN_MB, 0x61);
    for (const { listener, route } of posts) {
      const head = `${route.method} ${pathOf(route)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n`;
      const byLength = await send(listener, [`${head}Content-Length: ${body.length}\r\n\r\n`, body]);
      expect(statusOf(byLength.data), `${listener} ${route.method} ${route.url}`).toBe(413);
      const chunked = await send(listener, [`${head}Transfer-Encoding: chunked\r\n\r\n`, `${body.length.toString(16)}\r\n`, body, '\r\n0\r\n\r\n']);
      expect(statusOf(chunked.data), `${listener} ${route.method} ${route.url} (chunked)`).toBe(413);
    }
    await expectStillServing(srv);
  });

  it('a 10 MB body sent to every route that takes none is refused (405/404) at once', async () => {
    const body = Buffer.alloc(TEN_MB, 0x62);
    for (const listener of ['http', 'https'] as Listener[]) {
      const takesBody = new Set(srv.routes[listener].filter((r) => r.method === 'POST').map(pathOf));
      const gets = [...new Set(srv.routes[listener].filter((r) => r.method === 'GET').map(pathOf))].filter((p) => !takesBody.has(p));
      expect(gets.length).toBeGreaterThan(2);
      for (const path of gets) {
        const r = await send(listener, [`POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n\r\n`, body]);
        expect([404, 405], `${listener} POST ${path}`).toContain(statusOf(r.data));
        expectNoLeak(r.data.toString('latin1'));
      }
    }
    await expectStillServing(srv);
  });
});
