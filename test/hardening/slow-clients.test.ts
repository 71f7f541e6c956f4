/**
 * Slow and idle clients cannot hold connections: headers sent a byte a second are cut off by the header timeout,
 * a ClientHello that never completes (or trickles in) by the hello deadline, connections left idle by the header,
 * hello and keep-alive timeouts; and the connection limit closes connections beyond it at once. Short timeouts are
 * configured here so the test runs in seconds; the defaults are checked in test/config.test.ts.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fixture } from '../tls/helpers.js';
import { expectStillServing, httpRequest, httpsRequest, rawExchange, statusOf, tlsClientOptions } from './helpers.js';

const HANDSHAKE_MS = 1_500;
const HEADERS_MS = 2_000;
const KEEP_ALIVE_MS = 1_000;
/** Node checks header timeouts on an interval (limits.ts: half the header timeout, at most 1 s). */
const CHECK_SLACK_MS = 1_500;

const LIMITS = {
  HANDSHAKE_TIMEOUT_MS: String(HANDSHAKE_MS),
  HEADERS_TIMEOUT_MS: String(HEADERS_MS),
  REQUEST_TIMEOUT_MS: '3000',
  KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
  IDLE_TIMEOUT_MS: '4000',
};

/** Open `n` TCP connections to the port and keep them open, sending nothing. */
async function openIdle(port: number, n: number): Promise<Array<{ socket: net.Socket; closedAt: Promise<number> }>> {
  const t0 = performance.now();
  return Promise.all(
    Array.from({ length: n }, () => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.on('error', () => {});
      const closedAt = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now() - t0)));
      return new Promise<{ socket: net.Socket; closedAt: Promise<number> }>((resolve) => socket.once('connect', () => resolve({ socket, closedAt })));
    }),
  );
}

describe('slow and idle clients', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer(LIMITS);
  });
  afterAll(() => srv.close());

  it('headers sent a byte a second are cut off with a 408 by the header timeout, on both listeners', async () => {
    const request = 'GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow\r\n\r\n';
    const bytes = [...request];
    const [plain, secure] = await Promise.all([
      rawExchange(srv.httpPort, bytes, { gapMs: 1_000, timeoutMs: 15_000 }),
      rawExchange(srv.httpsPort, bytes, { gapMs: 1_000, timeoutMs: 15_000, tlsOptions: tlsClientOptions() }),
      // Meanwhile, everyone else is served.
      (async () => {
        await new Promise((r) => setTimeout(r, 500));
        await expectStillServing(srv);
      })(),
    ]);
    for (const r of [plain, secure]) {
      expect(r.closed).toBe(true);
      expect(statusOf(r.data)).toBe(408);
      expect(r.ms).toBeGreaterThanOrEqual(HEADERS_MS - 100);
      expect(r.ms).toBeLessThan(HEADERS_MS + CHECK_SLACK_MS + 500);
    }
    await expectStillServing(srv);
  });

  it('a ClientHello never completed, or trickled a byte a second, is closed by the hello deadline', async () => {
    const hello = fixture('chromium');
    const [stalled, trickled] = await Promise.all([
      rawExchange(srv.httpsPort, [hello.subarray(0, 200)], { timeoutMs: 10_000 }),
      rawExchange(srv.httpsPort, [...hello.subarray(0, 200)].map((b) => Buffer.from([b])), { gapMs: 250, timeoutMs: 10_000 }),
    ]);
    for (const r of [stalled, trickled]) {
      expect(r.closed).toBe(true);
      expect(r.data.length).toBe(0);
      expect(r.ms).toBeGreaterThanOrEqual(HANDSHAKE_MS - 100);
      expect(r.ms).toBeLessThan(HANDSHAKE_MS + 1_000);
    }
    await expectStillServing(srv);
  });

  it('a complete ClientHello followed by silence is closed by the handshake timeout', async () => {
    const r = await rawExchange(srv.httpsPort, [fixture('openssl-tls1_2')], { timeoutMs: 10_000 });
    expect(r.closed).toBe(true);
    expect(r.data[0]).toBe(0x16); // the server's hello flight, then nothing more from the client
    expect(r.ms).toBeLessThan(HANDSHAKE_MS + 1_000);
    await expectStillServing(srv);
  });

  it('connections opened and left idle are closed by the timeouts, while the server keeps serving', async () => {
    const [plain, secure, handshaken] = await Promise.all([
      openIdle(srv.httpPort, 30),
      openIdle(srv.httpsPort, 30),
      // TLS handshake done, then not a byte of HTTP.
      Promise.all(Array.from({ length: 10 }, () => rawExchange(srv.httpsPort, [], { timeoutMs: 10_000, tlsOptions: tlsClientOptions() }))),
      expectStillServing(srv),
    ]);
    const plainClosed = await Promise.all(plain.map((c) => c.closedAt));
    const secureClosed = await Promise.all(secure.map((c) => c.closedAt));
    for (const ms of plainClosed) expect(ms).toBeGreaterThanOrEqual(HEADERS_MS - 100);
    for (const ms of plainClosed) expect(ms).toBeLessThan(HEADERS_MS + 1_000);
    for (const ms of secureClosed) expect(ms).toBeLessThan(HANDSHAKE_MS + 1_000);
    for (const r of handshaken) {
      expect(r.closed).toBe(true);
      if (r.data.length > 0) expect(statusOf(r.data)).toBe(408); // closed silently, or with a 408
      expect(r.ms).toBeLessThan(HEADERS_MS + 1_000);
    }
    await expectStillServing(srv);
  });

  it('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
    for (const port of [srv.httpPort, srv.httpsPort]) {
      const r = await rawExchange(port, ['GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n'], {
        timeoutMs: 10_000,
        ...(port === srv.httpsPort ? { tlsOptions: tlsClientOptions() } : {}),
      });
      expect(statusOf(r.data)).toBe(200);
      expect(r.data.toString()).toMatch(/keep-alive: timeout=1\b/i);
      expect(r.closed).toBe(true);
      expect(r.ms).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 100);
      expect(r.ms).toBeLessThan(KEEP_ALIVE_MS + 1_500);
    }
    await expectStillServing(srv);
  });
});

describe('connection limit per listener', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ ...LIMITS, MAX_CONNECTIONS: '20' });
  });
  afterAll(() => srv.close());

  it.each(['http', 'https'] as const)('%s: connections beyond MAX_CONNECTIONS are closed at once, logged once at warn', async (listener) => {
    const port = listener === 'http' ? srv.httpPort : srv.httpsPort;
    const held = await openIdle(port, 20);
    await new Promise((r) => setTimeout(r, 100));
    const extra = await Promise.all(Array.from({ length: 5 }, () => rawExchange(port, ['GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'], { timeoutMs: 3_000 })));
    for (const r of extra) {
      expect(r.closed).toBe(true);
      expect(r.data.length).toBe(0);
      expect(r.ms).toBeLessThan(500);
    }
    const warnings = srv.logs.filter((l) => l.event === 'connections-dropped' && l.listener === listener);
    expect(warnings).toHaveLength(1); // then at most one line per 10 s, with the count
    expect(warnings[0]).toMatchObject({ level: 40, max_connections: 20 });
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closedAt));
    await new Promise((r) => setTimeout(r, 100));
    // Once the held connections are gone, new ones are served again.
    const again = listener === 'http' ? await httpRequest(port, '/healthz') : await httpsRequest(port, '/healthz');
    expect(again.status).toBe(200);
    await expectStillServing(srv);
  });
});
