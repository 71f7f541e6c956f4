/**
 * Hostile bytes at the HTTPS front door: random bytes, truncated ClientHellos, an SSLv2-format hello, a ClientHello
 * over 16 KB split over many records, and plain HTTP. The server closes or answers each promptly and keeps serving.
 */
import crypto from 'node:crypto';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeHttp } from '../../server/tls/clienthello.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { extension, fixture, groupsExtension, hello, refragment, sigalgsExtension, sniExtension } from '../tls/helpers.js';
import { expectStillServing, rawExchange, splitAnswer, statusOf, testCa } from './helpers.js';

const HELLO_TIMEOUT_MS = 1_500;

/** A TLS alert record (what OpenSSL sends when it refuses), or nothing at all: never anything else. */
function expectNothingOrAlert(data: Buffer): void {
  if (data.length === 0) return;
  expect(data[0]).toBe(0x15);
}

describe('hostile bytes at the HTTPS port', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ HANDSHAKE_TIMEOUT_MS: String(HELLO_TIMEOUT_MS) });
  });
  afterAll(() => srv.close());

  it('random bytes: the connection is closed at once, or by the hello timeout when they look like a TLS record', async () => {
    const inputs: Buffer[] = [];
    for (const size of [1, 2, 5, 64, 1_000, 16_384, 70_000]) inputs.push(crypto.randomBytes(size));
    // Random bytes that start like a handshake record: the front door waits for the rest, then gives up.
    for (const size of [10, 300, 5_000]) inputs.push(Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), crypto.randomBytes(size)]));
    // ... and a handshake record with a random body of a consistent length: OpenSSL refuses it.
    const body = crypto.randomBytes(200);
    inputs.push(Buffer.concat([Buffer.from([0x16, 0x03, 0x01, 0x00, body.length]), body]));
    const results = await Promise.all(inputs.map((bytes) => rawExchange(srv.httpsPort, [bytes], { timeoutMs: HELLO_TIMEOUT_MS + 3_000 })));
    results.forEach((r, i) => {
      expect(r.closed).toBe(true);
      // A random start like "G" or "POS" reads as plain HTTP, which gets the plain 400 answer; else nothing or an alert.
      if (looksLikeHttp(inputs[i] as Buffer)) expect(statusOf(r.data)).toBe(400);
      else expectNothingOrAlert(r.data);
    });
    await expectStillServing(srv);
  });

  it('a truncated ClientHello: closed when the client stops sending, or by the hello timeout', async () => {
    const full = fixture('chromium');
    const cuts = [1, 5, 6, 100, Math.floor(full.length / 2), full.length - 1];
    const ended = await Promise.all(cuts.map((n) => rawExchange(srv.httpsPort, [full.subarray(0, n)], { endAfterSending: true, timeoutMs: 5_000 })));
    for (const r of ended) {
      expect(r.closed).toBe(true);
      expect(r.ms).toBeLessThan(HELLO_TIMEOUT_MS);
      expectNothingOrAlert(r.data);
    }
    const stalled = await Promise.all(cuts.map((n) => rawExchange(srv.httpsPort, [full.subarray(0, n)], { timeoutMs: HELLO_TIMEOUT_MS + 3_000 })));
    for (const r of stalled) {
      expect(r.closed).toBe(true);
      expect(r.ms).toBeGreaterThanOrEqual(HELLO_TIMEOUT_MS - 100);
      expectNothingOrAlert(r.data);
    }
    await expectStillServing(srv);
  });

  it('an SSLv2-format ClientHello is refused by the TLS server (logged and counted) and the connection closed', async () => {
    const refusedBefore = srv.ctx.counters.refusedHandshakes;
    // SSL 2.0 CLIENT-HELLO offering SSL 3.0/TLS 1.0, three cipher specs, a 16-byte challenge.
    const body = Buffer.concat([
      Buffer.from([1, 3, 1, 0, 9, 0, 0, 0, 16]),
      Buffer.from([0x00, 0x00, 0x35, 0x00, 0x00, 0x2f, 0x01, 0x00, 0x80]),
      Buffer.alloc(16, 1),
    ]);
    const sslv2 = Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
    const r = await rawExchange(srv.httpsPort, [sslv2], { timeoutMs: 5_000 });
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(HELLO_TIMEOUT_MS);
    expect(srv.ctx.counters.refusedHandshakes).toBe(refusedBefore + 1);
    expect(srv.logs.some((l) => l.event === 'tls-refused')).toBe(true);
    await expectStillServing(srv);
  });

  it('a real client whose ClientHello is over 16 KB (two records) completes the handshake and is served', async () => {
    // 70 ALPN names of 250 bytes make OpenSSL's hello ~17.6 KB, which it splits over two records.
    const alpn = [...Array.from({ length: 70 }, (_, i) => `x${i}`.padEnd(250, 'z')), 'http/1.1'];
    const answer = await new Promise<{ protocol: string | null; text: string }>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: srv.httpsPort, servername: 'localhost', ca: testCa(), ALPNProtocols: alpn });
      let text = '';
      socket.on('secureConnect', () => socket.write(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('end', () => resolve({ protocol: socket.getProtocol(), text }));
      socket.on('error', reject);
      socket.setTimeout(5_000, () => socket.destroy(new Error('timeout')));
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.text).toContain('"status":"ok"');
    expect(answer.protocol).toMatch(/^TLSv1\.[23]$/);
    await expectStillServing(srv);
  });

  it('a 17 KB ClientHello split over 270 records of 64 bytes is read whole and answered with a ServerHello', async () => {
    const big = hello({
      suites: [0xc02b, 0xc02f, 0xc013],
      extensions: [
        sniExtension('localhost'),
        groupsExtension([0x001d, 0x0017]),
        extension(11, Buffer.from([1, 0])), // ec_point_formats: uncompressed
        sigalgsExtension([0x0403, 0x0804, 0x0401]),
        extension(21, Buffer.alloc(17_000)), // padding
      ],
    });
    const split = refragment(big, [64]);
    expect(split.length).toBeGreaterThan(17_000);
    const r = await rawExchange(srv.httpsPort, [split], { timeoutMs: 3_000 });
    // A handshake record whose first message is a ServerHello (type 2) for TLS 1.2.
    expect(r.data[0]).toBe(0x16);
    expect(r.data[5]).toBe(0x02);
    expect(r.data.readUInt16BE(9)).toBe(0x0303);
    // Past the front door's 64 KiB limit, the connection is closed instead.
    const tooBig = refragment(hello({ extensions: [extension(21, Buffer.alloc(65_400))] }), [1_000]);
    expect(tooBig.length).toBeGreaterThan(64 * 1024);
    const closed = await rawExchange(srv.httpsPort, [tooBig], { timeoutMs: 3_000 });
    expect(closed.closed).toBe(true);
    expect(closed.data.length).toBe(0);
    await expectStillServing(srv);
  });

  it('plain HTTP sent to the HTTPS port gets a short 400 pointing to the test page, for any method and HTTP/2', async () => {
    const requests = [
      `GET / HTTP/1.1\r\nHost: localhost:${srv.httpsPort}\r\n\r\n`,
      `HEAD /healthz HTTP/1.0\r\n\r\n`,
      `POST /services/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello`,
      'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: "><script>x</script>\r\n\r\n',
    ];
    for (const req of requests) {
      const r = await rawExchange(srv.httpsPort, [req], { timeoutMs: 3_000 });
      expect(statusOf(r.data), req).toBe(400);
      expect(r.closed).toBe(true);
      const { body } = splitAnswer(r.data);
      expect(body).toMatch(/^This port speaks HTTPS \(TLS\), not plain HTTP\.\nTo test your browser, open the test page: http:\/\/[a-z0-9.:-]+\/\n$/);
      expect(body).not.toContain('<script>');
    }
    await expectStillServing(srv);
  });
});
