/**
 * Logs under hostile input: one JSON line per record whatever the client sends (no forged lines through CR, LF or
 * Unicode line breaks), and every user-supplied value clipped (User-Agent, URL, SNI), so a request cannot make a
 * log line large.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';
import { clip, createLogger } from '../../server/logger.js';
import { startServer, type RunningServer } from '../../server/server.js';
import { nodeHandshake } from '../helpers/clients.js';
import { TEST_CERTS_DIR } from '../helpers/paths.js';
import { expectStillServing, httpRequest, httpsRequest, rawExchange, statusOf, tlsClientOptions } from './helpers.js';

/** Longest string a log field may hold: the clip limit (200) plus the "...(N chars)" note. */
const MAX_FIELD = 230;

describe('logging under hostile input', () => {
  let srv: RunningServer;
  let raw = '';
  beforeAll(async () => {
    const config = parseConfig({ HOST: '127.0.0.1', HTTP_PORT: '0', HTTPS_PORT: '0', ADMIN_PORT: '0', CERTS_DIR: TEST_CERTS_DIR, LOG_LEVEL: 'debug' });
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        raw += chunk.toString('utf8');
        cb();
      },
    });
    srv = await startServer(config, createLogger(config.logLevel, sink));
  });
  afterAll(() => srv.close());

  /** Every physical line of the log so far: each must be one complete JSON object. */
  const lines = () => {
    const physical = raw.split('\n').filter((l) => l !== '');
    return physical.map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  it('one JSON line per record, whatever line breaks a client puts in its User-Agent, URL or headers', async () => {
    const marker = 'FORGED';
    const attempts = [
      // Raw CR/LF inside a header value: the HTTP parser refuses the request (400) before anything is logged.
      `GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: a\r{"level":60,"msg":"${marker}"}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: a\n{"level":60,"msg":"${marker}"}\r\n\r\n`,
      // An obsolete folded header line.
      `GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: a\r\n {"level":60,"msg":"${marker}"}\r\n\r\n`,
      // Encoded line breaks in the URL stay encoded (the raw URL is logged).
      `GET /x%0d%0a{"level":60,"msg":"${marker}"} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
      // Unicode line and paragraph separators, NEL and a vertical tab, as UTF-8 bytes.
      Buffer.concat([
        Buffer.from('GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: a'),
        Buffer.from(`\u2028\u2029\u0085\u000b{"level":60,"msg":"${marker}"}`, 'utf8'),
        Buffer.from('\r\n\r\n'),
      ]),
    ];
    for (const attempt of attempts) {
      const r = await rawExchange(srv.httpPort, [attempt], { timeoutMs: 3_000, endAfterSending: true });
      expect([200, 400, 404]).toContain(statusOf(r.data));
      const s = await rawExchange(srv.httpsPort, [attempt], { timeoutMs: 3_000, endAfterSending: true, tlsOptions: tlsClientOptions() });
      expect([200, 400, 404]).toContain(statusOf(s.data));
    }
    // Through Fastify's own injection, which does not check header values like Node's parser does.
    await srv.httpApp.inject({ url: '/', headers: { 'user-agent': `a\n{"level":60,"msg":"${marker}"}\r\n` } });
    await new Promise((r) => setTimeout(r, 100));
    const records = lines(); // throws if any physical line is not a whole JSON record
    expect(records.some((l) => l.level === 60 || l.msg === marker)).toBe(false);
    // And the injected request's line keeps the break inside its ua field, escaped.
    expect(records.some((l) => typeof l.ua === 'string' && l.ua.includes(`\n{"level":60`))).toBe(true);
    expect(raw).toContain('\\n{\\"level\\":60');
    await expectStillServing(srv);
  });

  it('clips User-Agent, URL and SNI in every line, however long they were', async () => {
    const before = lines().length;
    const longUa = `Mozilla/5.0 ${'u'.repeat(15_000)}`;
    await httpRequest(srv.httpPort, '/', { headers: { 'user-agent': longUa } });
    await httpsRequest(srv.httpsPort, '/api/v1/check', { headers: { 'user-agent': longUa } });
    const midUa = `Mozilla/5.0 ${'m'.repeat(5_000)}`; // with an 8 KB URL, still within the 16 KB header limit
    await httpRequest(srv.httpPort, `/${'p'.repeat(8_000)}`, { headers: { 'user-agent': midUa } }); // 404, near the URL limit
    await httpRequest(srv.httpPort, `/${'q'.repeat(9_000)}`); // 414
    await httpRequest(srv.httpPort, `/api/v1/diagnosis?${'r'.repeat(7_000)}`, { headers: { 'user-agent': midUa } });
    // A refused handshake with a long, odd SNI name (logged as tls-refused with the name clipped).
    const sni = `${'s'.repeat(60)}.${'t'.repeat(60)}.${'v'.repeat(60)}.${'w'.repeat(60)}`;
    const refused = await nodeHandshake(srv.httpsPort, 'TLSv1', { servername: sni });
    expect(refused.ok).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    const added = lines().slice(before);
    expect(added.filter((l) => l.event === 'request')).toHaveLength(5);
    expect(added.some((l) => l.event === 'tls-refused')).toBe(true);
    for (const line of added) {
      for (const [key, value] of Object.entries(line)) {
        if (typeof value === 'string') expect(value.length, `${String(line.event)}.${key}`).toBeLessThanOrEqual(MAX_FIELD);
      }
      expect(JSON.stringify(line).length).toBeLessThan(1_200);
    }
    const ua = added.find((l) => l.event === 'request' && typeof l.ua === 'string' && l.ua.startsWith('Mozilla/5.0 uuu'));
    expect(ua?.ua).toMatch(/\.\.\.\(15012 chars\)$/);
    await expectStillServing(srv);
  });

  it('clip() bounds any value and says how long it was', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdef', 5)).toBe('abcde...(6 chars)');
    expect(clip(undefined)).toBe('');
    expect(clip(12345, 3)).toBe('123...(5 chars)');
  });
});
