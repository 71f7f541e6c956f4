/**
 * server/http1.ts reads most connections itself and answers the fast lane's requests straight off the socket. These
 * tests hold it to what Node's HTTP server would have written (byte for byte, Date aside), and check that every
 * request it does not fully understand reaches Node's parser and Fastify untouched, with Node's answers, on the same
 * connection: Fastify routes, pipelined and split requests, odd heads, over-long URLs. And the connection rules it
 * keeps itself: keep-alive and header timeouts, the per-connection request limit, shutdown.
 */
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHead } from '../server/http1.js';
import { DEFAULT_LIMITS } from '../server/config.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { tlsClientOptions } from './hardening/helpers.js';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const LIMITS = { maxHeaderBytes: DEFAULT_LIMITS.maxHeaderBytes, maxUrlBytes: DEFAULT_LIMITS.maxUrlBytes };

// ---------------------------------------------------------------------------------------------------------------
// A raw HTTP/1.1 client: one connection, requests written as given, answers read in order
// ---------------------------------------------------------------------------------------------------------------

interface RawAnswer {
  status: number;
  /** The head as sent, the Date value blanked. */
  head: string;
  headers: Record<string, string>;
  body: Buffer;
}

class Conn {
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  closed = false;
  readonly closedAt: Promise<number>;

  private constructor(readonly socket: net.Socket) {
    const t0 = performance.now();
    socket.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.wake();
    });
    socket.on('error', () => {});
    this.closedAt = new Promise((resolve) =>
      socket.once('close', () => {
        this.closed = true;
        this.wake();
        resolve(performance.now() - t0);
      }),
    );
  }

  static open(port: number, secure: boolean, options: tls.ConnectionOptions = {}): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const socket = secure ? tls.connect({ host: '127.0.0.1', port, ...tlsClientOptions(), ...options }) : net.connect({ host: '127.0.0.1', port });
      socket.once(secure ? 'secureConnect' : 'connect', () => resolve(new Conn(socket)));
      socket.once('error', reject);
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  send(data: string | Buffer): void {
    this.socket.write(data);
  }

  /** The next `methods.length` answers (a HEAD's has no body), within 5 s. */
  async answers(methods: string[]): Promise<RawAnswer[]> {
    const out: RawAnswer[] = [];
    const deadline = Date.now() + 5_000;
    for (const method of methods) {
      for (;;) {
        const a = this.take(method);
        if (a) {
          out.push(a);
          break;
        }
        if (this.closed || Date.now() > deadline) throw new Error(`no complete answer (${out.length} of ${methods.length}); have ${JSON.stringify(this.buf.toString('latin1').slice(0, 200))}`);
        await new Promise<void>((r) => {
          this.waiters.push(r);
          setTimeout(r, 100);
        });
      }
    }
    return out;
  }

  private take(method: string): RawAnswer | null {
    const end = this.buf.indexOf('\r\n\r\n');
    if (end < 0) return null;
    const headText = this.buf.toString('latin1', 0, end);
    const [statusLine, ...lines] = headText.split('\r\n');
    const status = Number(statusLine!.split(' ')[1]);
    const headers: Record<string, string> = {};
    for (const l of lines) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
    let bodyEnd = end + 4;
    let body = Buffer.alloc(0);
    if (method !== 'HEAD' && status !== 304 && status !== 204) {
      if (headers['content-length'] !== undefined) {
        bodyEnd += Number(headers['content-length']);
        if (this.buf.length < bodyEnd) return null;
        body = this.buf.subarray(end + 4, bodyEnd);
      } else if (headers['transfer-encoding'] === 'chunked') {
        const chunks: Buffer[] = [];
        let at = end + 4;
        for (;;) {
          const lineEnd = this.buf.indexOf('\r\n', at);
          if (lineEnd < 0) return null;
          const size = parseInt(this.buf.toString('latin1', at, lineEnd), 16);
          if (this.buf.length < lineEnd + 2 + size + 2) return null;
          chunks.push(this.buf.subarray(lineEnd + 2, lineEnd + 2 + size));
          at = lineEnd + 2 + size + 2;
          if (size === 0) break;
        }
        bodyEnd = at;
        body = Buffer.concat(chunks);
      } else if (!this.closed) return null; // read to the end of the connection
      else {
        bodyEnd = this.buf.length;
        body = this.buf.subarray(end + 4);
      }
    }
    this.buf = this.buf.subarray(bodyEnd);
    return { status, head: headText.replace(/^Date: .*$/m, 'Date: -'), headers, body: Buffer.from(body) };
  }

  close(): void {
    this.socket.destroy();
  }
}

const get = (path: string, extra = '', method = 'GET') => `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: ${CHROME}\r\n${extra}\r\n`;

// ---------------------------------------------------------------------------------------------------------------

describe('parseHead: the heads the reader answers itself, and everything it leaves to Node', () => {
  it('reads a browser request: method, target, lower-case names, trimmed values, its length', () => {
    const head = `GET /static/tlstest.css?v=1 HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent:  ${CHROME} \r\nAccept-Language: es-ES,es;q=0.9\r\nIf-None-Match: "abc"\r\nConnection: keep-alive\r\n\r\n`;
    const next = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
    const r = parseHead(Buffer.from(head + next, 'latin1'), LIMITS);
    expect(r).toEqual({
      kind: 'request',
      method: 'GET',
      url: '/static/tlstest.css?v=1',
      headers: { host: 'localhost:8080', 'user-agent': CHROME, 'accept-language': 'es-ES,es;q=0.9', 'if-none-match': '"abc"', connection: 'keep-alive' },
      bytes: head.length,
      close: false,
    });
    expect(parseHead(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n'), LIMITS)).toMatchObject({ kind: 'request', close: true });
    expect(parseHead(Buffer.from('HEAD / HTTP/1.1\r\nhost: x\r\n\r\n'), LIMITS)).toMatchObject({ kind: 'request', method: 'HEAD', url: '/' });
  });

  it('a head whose end has not arrived is incomplete, unless it is already over the header limit', () => {
    expect(parseHead(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n'), LIMITS)).toEqual({ kind: 'incomplete' });
    expect(parseHead(Buffer.from(''), LIMITS)).toEqual({ kind: 'incomplete' });
    expect(parseHead(Buffer.from(`GET /${'a'.repeat(LIMITS.maxHeaderBytes)}`), LIMITS)).toMatchObject({ kind: 'other' });
  });

  const others: Array<[string, string]> = [
    ['POST', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n'],
    ['lower-case method', 'get / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['HTTP/1.0', 'GET / HTTP/1.0\r\nHost: x\r\n\r\n'],
    ['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    ['no version', 'GET /\r\nHost: x\r\n\r\n'],
    ['two spaces', 'GET  / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['absolute form', 'GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['asterisk', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['non-ASCII target', 'GET /\xe9 HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['no Host', 'GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n'],
    ['two Hosts', 'GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n'],
    ['repeated header in another case', 'GET / HTTP/1.1\r\nHost: x\r\nAccept: a\r\naccept: b\r\n\r\n'],
    ['folded line', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n'],
    ['space before colon', 'GET / HTTP/1.1\r\nHost: x\r\nX-A : a\r\n\r\n'],
    ['no colon', 'GET / HTTP/1.1\r\nHost: x\r\nX-A\r\n\r\n'],
    ['bare LF inside', 'GET / HTTP/1.1\r\nHost: x\nX-A: a\r\n\r\n'],
    ['bare CR in a value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n'],
    ['NUL in a value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n'],
    ['Content-Length', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n'],
    ['Transfer-Encoding', 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    ['Connection: TE', 'GET / HTTP/1.1\r\nHost: x\r\nConnection: TE\r\nTE: trailers\r\n\r\n'],
    ['Connection: Upgrade', 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'],
    ['Expect', 'GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n'],
    ['URL over MAX_URL_BYTES', `GET /${'a'.repeat(LIMITS.maxUrlBytes)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['head over MAX_HEADER_BYTES', `GET / HTTP/1.1\r\nHost: x\r\nX-A: ${'b'.repeat(LIMITS.maxHeaderBytes)}\r\n\r\n`],
  ];
  it.each(others)('leaves it to Node: %s', (_label, head) => {
    expect(parseHead(Buffer.from(head, 'latin1'), LIMITS).kind).toBe('other');
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, framed) => {
        const buf = framed ? Buffer.concat([Buffer.from('GET / HTTP/1.1\r\n'), Buffer.from(bytes), Buffer.from('\r\n\r\n')]) : Buffer.from(bytes);
        const r = parseHead(buf, LIMITS);
        expect(['request', 'incomplete', 'other']).toContain(r.kind);
        if (r.kind === 'request') expect(r.bytes).toBeLessThanOrEqual(buf.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads what it accepts exactly as Node's HTTP parser does (100 generated heads)", async () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
    const value = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,40}[\x21-\x7e])?$/);
    const headsArb = fc.array(
      fc.record({
        method: fc.constantFrom('GET', 'HEAD'),
        path: fc.stringMatching(/^\/[\x21-\x7e]{0,60}$/),
        headers: fc.uniqueArray(fc.tuple(token, value), { maxLength: 8, selector: ([n]) => n.toLowerCase() }),
        ows: fc.constantFrom('', ' ', '  ', '\t'),
      }),
      { minLength: 100, maxLength: 100 },
    );
    const heads = fc
      .sample(headsArb, { numRuns: 1, seed: 20261203 })[0]!
      .map(({ method, path, headers, ows }) => {
        const lines = [['Host', 'example.test'], ...headers.filter(([n]) => !['host', 'content-length', 'transfer-encoding', 'connection', 'upgrade', 'expect', 'http2-settings'].includes(n.toLowerCase()))];
        return `${method} ${path} HTTP/1.1\r\n${lines.map(([n, v]) => `${n}:${ows}${v}${ows}\r\n`).join('')}\r\n`;
      });
    const seen: Array<{ method: string; url: string; headers: Record<string, string> }> = [];
    const server = http.createServer((req, res) => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers as Record<string, string> });
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const conn = await Conn.open((server.address() as net.AddressInfo).port, false);
      for (const head of heads) {
        conn.send(head);
        await conn.answers([head.slice(0, head.indexOf(' '))]);
      }
      conn.close();
    } finally {
      server.close();
    }
    expect(seen).toHaveLength(heads.length);
    heads.forEach((head, i) => {
      const r = parseHead(Buffer.from(head, 'latin1'), LIMITS);
      expect(r.kind, head).toBe('request');
      if (r.kind !== 'request') return;
      expect({ method: r.method, url: r.url, headers: { ...r.headers } }).toEqual(seen[i]);
    });
  });
});

describe('the reader on a running server', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.close());

  const sequences: Array<[string, boolean, string[]]> = [
    ['HTTP: the test page, an asset, its 304, a HEAD', false, [get('/'), get('/?lang=es'), get('/static/tlstest.css'), get('/static/tlstest.js', 'If-None-Match: *\r\n'), get('/static/tlstest.css', '', 'HEAD')]],
    ['HTTPS: the probe, an asset, a HEAD of the probe', true, [get('/probe.gif?id=http1probe000001&r=1'), get('/static/tlstest.js'), get('/probe.gif?r=2', '', 'HEAD')]],
  ];
  it.each(sequences)("%s: answered off the socket, byte for byte what Node's server writes for the same requests", async (_label, secure, requests) => {
    const methods = requests.map((r) => r.slice(0, r.indexOf(' ')));
    const before = srv.http1Stats();
    const conn = await Conn.open(secure ? srv.httpsPort : srv.httpPort, secure);
    // First by the reader, one at a time.
    const fast: RawAnswer[] = [];
    for (const [i, r] of requests.entries()) {
      conn.send(r);
      fast.push(...(await conn.answers([methods[i]!])));
    }
    const mid = srv.http1Stats();
    expect(mid.answered - before.answered).toBe(requests.length);
    expect(mid.handedOver).toBe(before.handedOver);
    // A Fastify route hands the connection to Node; the same requests again are read by Node's parser.
    conn.send(get('/healthz'));
    const [health] = await conn.answers(['GET']);
    expect(health!.status).toBe(200);
    expect(health!.body.toString()).toContain('"status":"ok"');
    const slow: RawAnswer[] = [];
    for (const [i, r] of requests.entries()) {
      conn.send(r);
      slow.push(...(await conn.answers([methods[i]!])));
    }
    const after = srv.http1Stats();
    expect(after.answered).toBe(mid.answered);
    expect(after.handedOver - mid.handedOver).toBe(1);
    conn.close();
    fast.forEach((a, i) => {
      expect(a.head).toBe(slow[i]!.head);
      expect(a.body.equals(slow[i]!.body)).toBe(true);
      expect(a.head).toMatch(/\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=1000$/);
    });
    expect(fast.map((a) => a.status)).toEqual(requests.map((r) => (r.includes('If-None-Match') ? 304 : 200)));
    // The HEAD answers carry the GET's length and no body.
    const head = fast[methods.indexOf('HEAD')]!;
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it("Connection: close: the reader's answer says so, as Node's does, and the connection ends", async () => {
    for (const secure of [false, true]) {
      const port = secure ? srv.httpsPort : srv.httpPort;
      const path = secure ? '/probe.gif?r=3' : '/static/tlstest.css';
      const before = srv.http1Stats();
      const fast = await Conn.open(port, secure);
      fast.send(get(path, 'Connection: close\r\n'));
      const [a] = await fast.answers(['GET']);
      await fast.closedAt;
      expect(srv.http1Stats().answered - before.answered).toBe(1);
      // The same request read by Node's parser (after a route of Fastify's on the connection).
      const slow = await Conn.open(port, secure);
      slow.send(get('/healthz'));
      await slow.answers(['GET']);
      slow.send(get(path, 'Connection: close\r\n'));
      const [b] = await slow.answers(['GET']);
      await slow.closedAt;
      expect(a!.head).toBe(b!.head);
      expect(a!.head).toMatch(/\r\nConnection: close$/);
      expect(a!.body.equals(b!.body)).toBe(true);
    }
  });

  it('pipelined requests: all answered, in order (the first by the reader, the rest by Node)', async () => {
    const conn = await Conn.open(srv.httpPort, false);
    conn.send(get('/static/tlstest.css') + get('/healthz') + get('/static/tlstest.js') + get('/', '', 'HEAD'));
    const [css, health, js, page] = await conn.answers(['GET', 'GET', 'GET', 'HEAD']);
    expect([css!.status, health!.status, js!.status, page!.status]).toEqual([200, 200, 200, 200]);
    expect(css!.headers['content-type']).toMatch(/^text\/css/);
    expect(health!.headers['content-type']).toMatch(/^application\/json/);
    expect(js!.headers['content-type']).toMatch(/^application\/javascript/);
    expect(page!.headers['content-type']).toMatch(/^text\/html/);
    expect(js!.body.length).toBe(Number(js!.headers['content-length']));
    conn.close();
  });

  it('a head that arrives in pieces is answered (by Node), also after the reader answered on the connection', async () => {
    for (const secure of [false, true]) {
      const conn = await Conn.open(secure ? srv.httpsPort : srv.httpPort, secure);
      conn.send(get('/static/tlstest.css'));
      await conn.answers(['GET']);
      const request = get(secure ? '/probe.gif?r=9' : '/');
      conn.send(request.slice(0, 20));
      await new Promise((r) => setTimeout(r, 50));
      conn.send(request.slice(20));
      const [a] = await conn.answers(['GET']);
      expect(a!.status).toBe(200);
      expect(a!.headers['content-type']).toBe(secure ? 'image/gif' : 'text/html; charset=utf-8');
      conn.close();
    }
  });

  it("heads the reader leaves to Node get Node's and Fastify's answers", async () => {
    const exchange = async (raw: string, method = 'GET') => {
      const conn = await Conn.open(srv.httpPort, false);
      conn.send(raw);
      const [a] = await conn.answers([method]);
      await Promise.race([conn.closedAt, new Promise((r) => setTimeout(r, 300))]);
      const closed = conn.closed;
      conn.close();
      return { ...a!, closed };
    };
    const old = await exchange('GET /static/tlstest.css HTTP/1.0\r\nHost: localhost\r\n\r\n');
    expect(old.status).toBe(200);
    expect(old.closed).toBe(true);
    expect((await exchange('GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n')).status).toBe(400); // no Host
    expect((await exchange('GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n')).status).toBe(400);
    expect((await exchange(get('/static/tlstest.css', 'Content-Length: 3\r\n') + 'abc')).status).toBe(200);
    expect((await exchange(get('/probe.gif'))).status).toBe(404); // the probe is the HTTPS listener's
  });

  it('an over-long URL after answers by the reader: 414 within the header limit and beyond it, sent whole or in pieces', async () => {
    const conn = await Conn.open(srv.httpPort, false);
    conn.send(get('/static/tlstest.css'));
    await conn.answers(['GET']);
    conn.send(get(`/?lang=${'x'.repeat(9_000)}`));
    expect((await conn.answers(['GET']))[0]!.status).toBe(414);
    conn.close();
    for (const pieces of [1, 40]) {
      const c = await Conn.open(srv.httpsPort, true);
      c.send(get('/probe.gif?r=1'));
      await c.answers(['GET']);
      const request = get(`/probe.gif?${'q'.repeat(100 * 1024)}`);
      const size = Math.ceil(request.length / pieces);
      for (let i = 0; i < pieces; i++) c.send(request.slice(i * size, (i + 1) * size));
      const [a] = await c.answers(['GET']);
      expect(a!.status).toBe(414);
      expect(a!.body.toString()).toBe('414 URL too long.\n');
      c.close();
    }
  });
});

describe('the connection rules the reader keeps', () => {
  it('the answer that reaches MAX_REQUESTS_PER_SOCKET says Connection: close, and the connection ends', async () => {
    const srv = await startTestServer({ MAX_REQUESTS_PER_SOCKET: '3' });
    try {
      for (const secure of [false, true]) {
        const conn = await Conn.open(secure ? srv.httpsPort : srv.httpPort, secure);
        const heads: string[] = [];
        for (let i = 0; i < 3; i++) {
          conn.send(get('/static/tlstest.css'));
          heads.push((await conn.answers(['GET']))[0]!.head);
        }
        expect(heads[0]).toMatch(/\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=3$/);
        expect(heads[2]).toMatch(/\r\nConnection: close$/);
        expect(await Promise.race([conn.closedAt.then(() => true), new Promise((r) => setTimeout(() => r(false), 2_000))])).toBe(true);
      }
    } finally {
      await srv.close();
    }
  });

  it('closes a connection idle after an answer at the keep-alive timeout, and one that never sends at the header timeout', async () => {
    const srv = await startTestServer({ KEEP_ALIVE_TIMEOUT_MS: '500', HEADERS_TIMEOUT_MS: '800', IDLE_TIMEOUT_MS: '5000' });
    try {
      const used = await Conn.open(srv.httpPort, false);
      const silent = await Conn.open(srv.httpsPort, true);
      used.send(get('/static/tlstest.css'));
      const [a] = await used.answers(['GET']);
      const answeredAt = performance.now();
      // Node writes whole seconds here, as for any keep-alive answer of its own.
      expect(a!.headers['keep-alive']).toBe('timeout=0, max=1000');
      await used.closedAt;
      const idleFor = performance.now() - answeredAt;
      expect(idleFor).toBeGreaterThan(400);
      expect(idleFor).toBeLessThan(2_500);
      const silentFor = await silent.closedAt;
      expect(silentFor).toBeGreaterThan(700);
      expect(silentFor).toBeLessThan(3_000);
      await expect.poll(() => srv.http1Stats().open, { timeout: 1_000 }).toBe(0);
    } finally {
      await srv.close();
    }
  });

  it('each answer restarts the keep-alive timeout: requests 300 ms apart keep a 500 ms connection open', async () => {
    const srv = await startTestServer({ KEEP_ALIVE_TIMEOUT_MS: '500', HEADERS_TIMEOUT_MS: '800', IDLE_TIMEOUT_MS: '5000' });
    try {
      for (const [port, tls] of [[srv.httpPort, false], [srv.httpsPort, true]] as const) {
        const c = await Conn.open(port, tls);
        let answeredAt = 0;
        for (let i = 0; i < 4; i++) {
          if (i > 0) await new Promise((r) => setTimeout(r, 300));
          c.send(get('/static/tlstest.css'));
          await c.answers(['GET']);
          answeredAt = performance.now();
        }
        await c.closedAt;
        const idleFor = performance.now() - answeredAt;
        expect(idleFor).toBeGreaterThan(400);
        expect(idleFor).toBeLessThan(2_500);
      }
      expect(srv.http1Stats().answered).toBeGreaterThanOrEqual(8);
    } finally {
      await srv.close();
    }
  });

  it('a graceful shutdown ends the idle connections it holds at once', async () => {
    const srv = await startTestServer();
    const conns = await Promise.all([Conn.open(srv.httpPort, false), Conn.open(srv.httpsPort, true)]);
    for (const c of conns) {
      c.send(get('/static/tlstest.css'));
      await c.answers(['GET']);
    }
    expect(srv.http1Stats().open).toBe(2);
    const t0 = performance.now();
    await srv.close();
    expect(performance.now() - t0).toBeLessThan(2_000);
    // Ended by the server: the clients see the close within moments.
    for (const c of conns) expect(await Promise.race([c.closedAt.then(() => true), new Promise((r) => setTimeout(() => r(false), 500))])).toBe(true);
  });
});
