/**
 * Path traversal against the static files and the probe policies' route guard: encoded separators and dots,
 * backslashes, null bytes, double and overlong encodings. Nothing outside public/ is ever served, and the probe
 * hosts serve only their three paths. Requests are sent as raw bytes so that no client normalises them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { expectNoLeak, expectStillServing, rawExchange, splitAnswer, statusOf, tlsClientOptions } from './helpers.js';

const TARGETS = [
  '/static/../package.json',
  '/static/..%2fpackage.json',
  '/static/..%2F..%2Fpackage.json',
  '/static/%2e%2e/package.json',
  '/static/%2e%2e%2fpackage.json',
  '/static/%2E%2E/%2E%2E/package.json',
  '/static/.%2e/package.json',
  '/static/%2e./server/config.ts',
  '/static/..%5cpackage.json',
  '/static/..\\package.json',
  '/static/..\\..\\package.json',
  '/static/%5c..%5cpackage.json',
  '/static/%252e%252e/package.json',
  '/static/%252e%252e%252fpackage.json',
  '/static/%c0%ae%c0%ae/package.json',
  '/static/%c0%af../package.json',
  '/static/....//package.json',
  '/static/..;/package.json',
  '/static/tlstest.js%00.html',
  '/static/..%00/package.json',
  '/static/%00../package.json',
  '/static/%2fetc%2fpasswd',
  '/static//etc/passwd',
  '/static/%2f..%2f..%2fpackage.json',
  '/static/%2fadmin/x',
  '/static/.git/config',
  '/static/.env',
  '/static/%2egit/config',
  '/%2e%2e/package.json',
  '/..%2fpackage.json',
  '/static/../../../../../../etc/passwd',
  '/static/..%252f..%252fpackage.json',
];

/** Bits of files outside public/ that must never appear in an answer. */
const SECRETS = [
  '"name": "tlstest"',
  'root:x:0:0',
  fs.readFileSync(path.join(PROJECT_ROOT, 'server', 'config.ts'), 'utf8').slice(0, 60),
  'BEGIN PRIVATE KEY',
  '[core]',
];

describe('path traversal', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const get = (listener: 'http' | 'https', target: string, servername = 'localhost') =>
    listener === 'http'
      ? rawExchange(srv.httpPort, [`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`], { timeoutMs: 5_000 })
      : rawExchange(srv.httpsPort, [`GET ${target} HTTP/1.1\r\nHost: ${servername}\r\nConnection: close\r\n\r\n`], {
          timeoutMs: 5_000,
          tlsOptions: { ...tlsClientOptions(), servername },
        });

  it.each(['http', 'https'] as const)('%s: no encoding of .., /, \\ or NUL reaches a file outside public/', async (listener) => {
    for (const target of TARGETS) {
      const r = await get(listener, target);
      const status = statusOf(r.data);
      expect([400, 403, 404], `${target} -> ${status}`).toContain(status);
      const text = r.data.toString('latin1');
      for (const secret of SECRETS) expect(text, target).not.toContain(secret);
      expect(splitAnswer(r.data).body.length, target).toBeLessThan(120);
      expectNoLeak(text);
    }
    // The real files are still served.
    const ok = await get(listener, '/static/tlstest.js');
    expect(statusOf(ok.data)).toBe(200);
    expect(splitAnswer(ok.data).body).toContain('function');
    await expectStillServing(srv);
  });

  it('a probe host serves only /probe.gif, /api/v1/check and /healthz, however the path is encoded', async () => {
    const tricks = [
      '/',
      '/static/tlstest.js',
      '/%2fstatic/tlstest.js',
      '//static/tlstest.js',
      '/probe.gif/../static/tlstest.js',
      '/probe.gif%2f..%2fstatic%2ftlstest.js',
      '/healthz/../',
      '/api/v1/check/../diagnosis',
      '/API/V1/CHECK/../../',
      '/api/v1/diagnosis',
      '/%70robe.gif',
    ];
    for (const target of tricks) {
      const r = await get('https', target, 'tls12.localhost');
      expect([400, 403, 404], target).toContain(statusOf(r.data));
      expect(r.data.toString('latin1'), target).not.toMatch(/function|<h1>|"verdict"/);
    }
    for (const allowed of ['/probe.gif', '/api/v1/check', '/healthz']) {
      const r = await get('https', allowed, 'tls12.localhost');
      expect(statusOf(r.data), allowed).toBe(200);
    }
    await expectStillServing(srv);
  });
});
