/**
 * The fast lane (server/fastlane.ts) answers the hot requests on real connections before Fastify. These tests
 * hold it to the Fastify routes' answers (Fastify's inject() never passes through the fast lane, a real socket
 * always does), and check the parts it does itself: conditional requests, the probe policies' path rule, the
 * probe's run-id bookkeeping, the access log levels, and the in-memory assets.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetAnswer, etagMatches, loadAssets } from '../server/assets.js';
import { compactSource } from '../server/compact.js';
import { queryParam } from '../server/fastlane.js';
import { PUBLIC_DIR } from '../server/plugins/static.js';
import { TestPageCache } from '../server/routes/testpage.js';
import { fetchTls } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const IE8 = 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function httpGet(port: number, path: string, headers: Record<string, string>, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

/** Headers that belong to the connection or the moment, not to the answer. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function answerHeaders(h: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(h).filter(([k]) => !TRANSPORT.has(k)).sort(([a], [b]) => a.localeCompare(b)));
}

function sameAnswer(real: Answer, injected: { statusCode: number; headers: Record<string, unknown>; rawPayload: Buffer }): void {
  expect(real.status).toBe(injected.statusCode);
  expect(answerHeaders(real.headers)).toEqual(answerHeaders(injected.headers));
  expect(real.body.equals(injected.rawPayload)).toBe(true);
}

describe('fast lane: the same answers as the Fastify routes', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const pageCases: Array<[string, string, Record<string, string>]> = [
    ['Chrome, English', '/', { 'user-agent': CHROME }],
    ['IE 8, Spanish by Accept-Language', '/', { 'user-agent': IE8, 'accept-language': 'es-ES,es;q=0.9' }],
    ['?lang= override', '/?lang=zh-CN', { 'user-agent': CHROME, 'accept-language': 'es' }],
    ['no User-Agent', '/', {}],
  ];
  for (const [label, path, extra] of pageCases) {
    it(`test page (${label})`, async () => {
      const headers = { host: `localhost:${srv.httpPort}`, ...extra };
      const real = await httpGet(srv.httpPort, path, headers);
      const injected = await srv.httpApp.inject({ url: path, headers });
      expect(real.status).toBe(200);
      sameAnswer(real, injected);
      // Twice: the second answer comes from the page cache and must not differ.
      sameAnswer(await httpGet(srv.httpPort, path, headers), injected);
    });
  }

  it('test page under another hostname: probe URLs follow the Host header, never a hostile one', async () => {
    const real = await httpGet(srv.httpPort, '/', { host: `tlstest.example.org:${srv.httpPort}`, 'user-agent': CHROME });
    expect(real.body.toString()).toContain(`data-probe-tls12="https://tls12.tlstest.example.org:${srv.httpsPort}/probe.gif"`);
    const hostile = await httpGet(srv.httpPort, '/', { host: '"><script>alert(1)</script>', 'user-agent': CHROME });
    expect(hostile.body.toString()).not.toContain('<script>alert(1)');
  });

  for (const name of ['tlstest.js', 'tlstest.css']) {
    it(`/static/${name} on HTTP: bytes from memory, validators, 304 on either validator`, async () => {
      const path = `/static/${name}`;
      const real = await httpGet(srv.httpPort, path, {});
      sameAnswer(real, await srv.httpApp.inject({ url: path }));
      expect(real.status).toBe(200);
      expect(real.headers['cache-control']).toBe('public, max-age=3600');
      const etag = real.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]{22}"$/);
      const byEtag = await httpGet(srv.httpPort, path, { 'if-none-match': etag });
      expect(byEtag.status).toBe(304);
      expect(byEtag.body.length).toBe(0);
      sameAnswer(byEtag, await srv.httpApp.inject({ url: path, headers: { 'if-none-match': etag } }));
      const byDate = await httpGet(srv.httpPort, path, { 'if-modified-since': real.headers['last-modified'] as string });
      expect(byDate.status).toBe(304);
      // A stale validator gets the bytes again.
      expect((await httpGet(srv.httpPort, path, { 'if-none-match': '"old"' })).status).toBe(200);
      const head = await httpGet(srv.httpPort, path, {}, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-length']).toBe(real.headers['content-length']);
    });
  }

  it('/static/ on HTTPS (main policy) is the same; probe policies do not serve it', async () => {
    const real = await fetchTls(srv, '/static/tlstest.js');
    expect(real.status).toBe(200);
    const injected = await srv.httpsApp.inject({ url: '/static/tlstest.js' });
    expect(real.raw.equals(injected.rawPayload)).toBe(true);
    expect(answerHeaders(real.headers)).toEqual(answerHeaders(injected.headers));
    const probe = await fetchTls(srv, '/static/tlstest.js', { servername: 'tls12.localhost' });
    expect(probe.status).toBe(404);
  });

  it('the probe: same answer on every policy, and the hello is remembered under the run id', async () => {
    const id = 'fastlane0probe01';
    const real = await fetchTls(srv, `/probe.gif?id=${id}&r=1`);
    expect(real.status).toBe(200);
    const injected = await srv.httpsApp.inject({ url: `/probe.gif?id=${id}&r=1` });
    expect(real.raw.equals(injected.rawPayload)).toBe(true);
    expect(answerHeaders(real.headers)).toEqual(answerHeaders(injected.headers));
    expect((await srv.ctx.hellos.lookup(id))?.sni).toBe('localhost');
    const viaProbePolicy = await fetchTls(srv, '/probe.gif?id=fastlane0probe02', { servername: 'tls13.localhost' });
    expect(viaProbePolicy.status).toBe(200);
    expect((await srv.ctx.hellos.lookup('fastlane0probe02'))?.sni).toBe('tls13.localhost');
    // A repeated or malformed id remembers nothing, as with Fastify's query parsing.
    await fetchTls(srv, '/probe.gif?id=fastlane0probe03&id=fastlane0probe04');
    expect(await srv.ctx.hellos.lookup('fastlane0probe03')).toBeNull();
    expect(await srv.ctx.hellos.lookup('fastlane0probe04')).toBeNull();
  });

  it('anything else falls through to Fastify', async () => {
    const post = await fetchTls(srv, '/probe.gif', { method: 'POST', body: 'x' });
    expect(post.status).toBe((await srv.httpsApp.inject({ method: 'POST', url: '/probe.gif', payload: 'x' })).statusCode);
    // A GET with a body is not the fast lane's either (Fastify reads and judges bodies).
    const from = srv.logs.length;
    const withBody = await fetchTls(srv, '/probe.gif', { headers: { 'content-type': 'text/plain', 'content-length': '3' }, body: 'abc' });
    // Fastify's answer: logged by its hook with a request id (the fast lane logs probes only at debug).
    await expect.poll(() => srv.logs.slice(from).filter((l) => l.path === '/probe.gif' && 'reqId' in l).length).toBe(1);
    const injected = await srv.httpsApp.inject({ url: '/probe.gif', headers: { 'content-type': 'text/plain' }, payload: 'abc' });
    expect(withBody.status).toBe(injected.statusCode);
    expect((await fetchTls(srv, '/probe.gif/')).status).toBe(404);
    // Over the URL limit (8 KB by default): Fastify's 414, not the probe.
    const long = `/probe.gif?id=fastlane0long001&r=${'1'.repeat(9000)}`;
    expect((await fetchTls(srv, long)).status).toBe(414);
    expect((await httpGet(srv.httpPort, `/?lang=${'x'.repeat(9000)}`, {})).status).toBe(414);
    expect((await httpGet(srv.httpPort, '/healthz', {})).body.toString()).toContain('"listener":"http"');
  });
});

describe('fast lane: access log', () => {
  it('the test page and assets at info; probes only at debug', async () => {
    for (const level of ['info', 'debug']) {
      const srv = await startTestServer({ LOG_LEVEL: level });
      try {
        await httpGet(srv.httpPort, '/', { host: `localhost:${srv.httpPort}`, 'user-agent': CHROME });
        await httpGet(srv.httpPort, '/static/tlstest.css', {});
        await fetchTls(srv, '/probe.gif?id=fastlane0logs001&r=2');
        const requests = srv.logs.filter((l) => l.event === 'request');
        const page = requests.find((l) => l.path === '/' && l.listener === 'http');
        expect(page).toMatchObject({ level: 30, method: 'GET', status: 200, ua: CHROME, msg: 'http request' });
        expect(page?.ms).toBeLessThan(1000);
        // Answered by the fast lane: Fastify's request logger would have added a reqId.
        expect(page).not.toHaveProperty('reqId');
        const css = requests.find((l) => l.path === '/static/tlstest.css');
        expect(css).toMatchObject({ level: 30, status: 200 });
        expect(css).not.toHaveProperty('reqId');
        await httpGet(srv.httpPort, '/healthz', {});
        expect(srv.logs.find((l) => l.event === 'request' && l.path === '/healthz')).toHaveProperty('reqId');
        const probe = requests.filter((l) => String(l.path).startsWith('/probe.gif'));
        if (level === 'info') expect(probe).toEqual([]);
        else expect(probe).toEqual([expect.objectContaining({ level: 20, listener: 'https', status: 200, path: '/probe.gif' })]);
      } finally {
        await srv.close();
      }
    }
  });
});

describe('fast lane: counted like every answer, and closing during shutdown', () => {
  it('counts its answers in the request metrics by route and status', async () => {
    const srv = await startTestServer();
    try {
      await httpGet(srv.httpPort, '/', { host: `localhost:${srv.httpPort}` });
      const etag = (await httpGet(srv.httpPort, '/static/tlstest.js', {})).headers.etag as string;
      await httpGet(srv.httpPort, '/static/tlstest.js', { 'if-none-match': etag });
      await fetchTls(srv, '/probe.gif?r=1');
      await fetchTls(srv, '/probe.gif?r=2', { servername: 'tls12.localhost' });
      const counted = (listener: string, route: string, status: string) =>
        srv.ctx.metrics.snapshot().tlstest_http_requests_total?.find(([labels]) => labels.join(' ') === `${listener} ${route} ${status}`)?.[1];
      expect(counted('http', '/', '200')).toBe(1);
      expect(counted('http', '/static/tlstest.js', '200')).toBe(1);
      expect(counted('http', '/static/tlstest.js', '304')).toBe(1);
      expect(counted('https', '/probe.gif', '200')).toBe(2);
    } finally {
      await srv.close();
    }
  });

  it('says Connection: close once shutdown has begun', async () => {
    const srv = await startTestServer();
    try {
      const keepAlive = { connection: 'keep-alive' };
      expect((await httpGet(srv.httpPort, '/', keepAlive)).headers.connection).toBe('keep-alive');
      expect((await fetchTls(srv, '/probe.gif', { headers: keepAlive })).headers.connection).toBe('keep-alive');
      srv.ctx.closing = true;
      expect((await httpGet(srv.httpPort, '/', keepAlive)).headers.connection).toBe('close');
      expect((await fetchTls(srv, '/probe.gif', { headers: keepAlive })).headers.connection).toBe('close');
      srv.ctx.closing = false;
    } finally {
      await srv.close();
    }
  });
});

describe('fast lane pieces', () => {
  it('queryParam reads one parameter as Fastify would, null when repeated', () => {
    const u = (s: string) => [s, s.indexOf('?')] as const;
    expect(queryParam(...u('/p.gif?id=abc&r=1'), 'id')).toBe('abc');
    expect(queryParam(...u('/p.gif?r=1&id=abc'), 'id')).toBe('abc');
    expect(queryParam(...u('/p.gif?r=1'), 'id')).toBeUndefined();
    expect(queryParam(...u('/p.gif'), 'id')).toBeUndefined();
    expect(queryParam(...u('/p.gif?id=a&id=b'), 'id')).toBeNull();
    expect(queryParam(...u('/p.gif?xid=a'), 'id')).toBeUndefined();
    expect(queryParam(...u('/?lang=zh%2DCN'), 'lang')).toBe('zh-CN');
    expect(queryParam(...u('/?lang=%E0%A4%A'), 'lang')).toBeNull();
  });

  it('assets: every file of public/, hashed; conditional answers', () => {
    const assets = loadAssets(PUBLIC_DIR);
    expect([...assets.keys()]).toEqual(expect.arrayContaining(['/static/tlstest.css', '/static/tlstest.js']));
    const js = assets.get('/static/tlstest.js')!;
    expect(js.contentType).toBe('application/javascript; charset=utf-8');
    // Served compacted: no comment lines, same code.
    const source = fs.readFileSync(path.join(PUBLIC_DIR, 'tlstest.js'), 'utf8');
    expect(js.body.toString()).toBe(compactSource(source));
    expect(js.body.length).toBeLessThan(Buffer.byteLength(source));
    expect(assetAnswer(js, undefined, undefined)).toMatchObject({ status: 200, body: js.body });
    expect(assetAnswer(js, js.etag, undefined).status).toBe(304);
    expect(assetAnswer(js, `W/${js.etag}`, undefined).status).toBe(304);
    expect(assetAnswer(js, `"x", ${js.etag}`, undefined).status).toBe(304);
    expect(assetAnswer(js, '"x"', js.lastModified).status).toBe(200); // If-None-Match wins
    expect(assetAnswer(js, undefined, js.lastModified).status).toBe(304);
    expect(assetAnswer(js, undefined, new Date(Date.parse(js.lastModified) - 1000).toUTCString()).status).toBe(200);
    expect(assetAnswer(js, undefined, 'not a date').status).toBe(200);
    expect(etagMatches('*', js.etag)).toBe(true);
  });

  it('the page cache is bounded and keeps the most recently used pages', async () => {
    const srv = await startTestServer();
    try {
      const cache = new TestPageCache(srv.ctx, 3);
      const a = cache.get('localhost', 'UA a', 'en');
      cache.get('localhost', 'UA b', 'en');
      cache.get('localhost', 'UA c', 'en');
      expect(cache.get('localhost', 'UA a', 'en')).toBe(a); // a hit, now most recent
      cache.get('localhost', 'UA d', 'en'); // drops b, the least recently used
      expect(cache.size).toBe(3);
      expect(cache.get('localhost', 'UA a', 'en')).toBe(a);
      expect(cache.get('localhost:8080', 'UA a', 'es')).not.toBe(a);
      expect(cache.get('localhost', 'x'.repeat(600), 'en').body.length).toBeGreaterThan(1000); // rendered, not kept
      expect(cache.size).toBe(3);
    } finally {
      await srv.close();
    }
  });
});
