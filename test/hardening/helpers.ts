/**
 * Helpers of the hardening tests: raw connections that send exactly the bytes a hostile client would, plain HTTP
 * and real TLS requests, and the check every hostile test ends with: the server still answers /healthz on both
 * listeners and serves a real TLS 1.2 page.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { expect } from 'vitest';
import { CA_FILE } from '../helpers/paths.js';

export interface Ports {
  httpPort: number;
  httpsPort: number;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Wall time from sending the request to the end of the answer. */
  ms: number;
}

let ca: Buffer | undefined;
export function testCa(): Buffer {
  ca ??= fs.readFileSync(CA_FILE);
  return ca;
}

/** Node sends a DELETE's body without a length unless told: say it, so the body is not taken for a next request. */
function withLength(headers: http.OutgoingHttpHeaders | undefined, body: string | Buffer | undefined): http.OutgoingHttpHeaders | undefined {
  if (body === undefined) return headers;
  return { 'content-length': Buffer.byteLength(body), ...headers };
}

/** A plain-HTTP request to 127.0.0.1 (a new connection unless an agent is given). */
export function httpRequest(
  port: number,
  path: string,
  opts: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: withLength(opts.headers, opts.body), agent: opts.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(opts.timeoutMs ?? 10_000, () => req.destroy(new Error(`timeout: ${path.slice(0, 80)}`)));
    req.end(opts.body);
  });
}

/** A real HTTPS request (certificate checked against the test CA), optionally pinned to one TLS version. */
export function httpsRequest(
  port: number,
  path: string,
  opts: {
    method?: string;
    headers?: http.OutgoingHttpHeaders;
    body?: string | Buffer;
    version?: tls.SecureVersion;
    agent?: https.Agent;
    servername?: string;
    timeoutMs?: number;
  } = {},
): Promise<Answer & { protocol: string | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const servername = opts.servername ?? 'localhost';
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path,
        servername,
        method: opts.method ?? 'GET',
        headers: withLength({ host: `${servername}:${port}`, ...opts.headers }, opts.body),
        ...(opts.agent ? { agent: opts.agent } : { agent: false, ca: testCa(), ...(opts.version ? { minVersion: opts.version, maxVersion: opts.version } : {}) }),
      },
      (res) => {
        const protocol = (res.socket as tls.TLSSocket).getProtocol?.() ?? null;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - t0,
            protocol,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(opts.timeoutMs ?? 10_000, () => req.destroy(new Error(`timeout: ${path.slice(0, 80)}`)));
    req.end(opts.body);
  });
}

/**
 * The end of every hostile test: /healthz answers on the HTTP listener and on the HTTPS listener, and the success
 * page is served over a real TLS 1.2 connection (certificate verified), naming TLS 1.2.
 */
export async function expectStillServing(srv: Ports): Promise<void> {
  const plain = await httpRequest(srv.httpPort, '/healthz');
  expect(plain.status).toBe(200);
  expect(JSON.parse(plain.body)).toMatchObject({ status: 'ok', listener: 'http' });
  const secure = await httpsRequest(srv.httpsPort, '/healthz', { version: 'TLSv1.2' });
  expect(secure.status).toBe(200);
  expect(JSON.parse(secure.body)).toMatchObject({ status: 'ok', listener: 'https', tls_version: 'TLSv1.2' });
  const page = await httpsRequest(srv.httpsPort, '/', { version: 'TLSv1.2' });
  expect(page.status).toBe(200);
  expect(page.protocol).toBe('TLSv1.2');
  expect(page.body).toContain('<h1>Success</h1>');
  expect(page.body).toContain('<td id="tls-protocol">TLSv1.2</td>');
}

export interface RawResult {
  /** Everything the server sent. */
  data: Buffer;
  /** Whether the server closed (or reset) the connection before the time limit. */
  closed: boolean;
  /** ms from connecting until the close (or the time limit). */
  ms: number;
  error: string | null;
}

/**
 * Open a TCP connection (TLS when `tlsOptions` is given) to 127.0.0.1:port, send `chunks` one after the other
 * (`gapMs` apart), and collect what comes back until the server closes the connection or `timeoutMs` passes.
 */
export function rawExchange(
  port: number,
  chunks: Array<Buffer | string>,
  opts: {
    gapMs?: number;
    timeoutMs?: number;
    tlsOptions?: tls.ConnectionOptions;
    endAfterSending?: boolean;
    /** Stop (closing the connection ourselves) as soon as this says the answer is complete. */
    stopWhen?: (received: Buffer) => boolean;
  } = {},
): Promise<RawResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const received: Buffer[] = [];
    let error: string | null = null;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    let sender: NodeJS.Timeout | undefined;
    const socket: net.Socket = opts.tlsOptions
      ? tls.connect({ host: '127.0.0.1', port, ...opts.tlsOptions })
      : net.connect({ host: '127.0.0.1', port });
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(sender);
      socket.destroy();
      resolve({ data: Buffer.concat(received), closed, ms: performance.now() - t0, error });
    };
    socket.on('data', (d: Buffer) => {
      received.push(d);
      if (opts.stopWhen?.(Buffer.concat(received))) finish(false);
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => finish(true));
    timer = setTimeout(() => finish(false), opts.timeoutMs ?? 10_000);
    let i = 0;
    const sendNext = () => {
      if (done || socket.destroyed) return;
      if (i >= chunks.length) {
        if (opts.endAfterSending) socket.end();
        return;
      }
      socket.write(chunks[i++] as Buffer | string);
      sender = setTimeout(sendNext, opts.gapMs ?? 0);
    };
    socket.once(opts.tlsOptions ? 'secureConnect' : 'connect', sendNext);
  });
}

/** Whether `data` holds a complete HTTP answer with a Content-Length (head and whole body). */
export function answerComplete(data: Buffer): boolean {
  const cut = data.indexOf('\r\n\r\n');
  if (cut < 0) return false;
  const m = /\r\ncontent-length: *(\d+)/i.exec(data.subarray(0, cut).toString('latin1'));
  return m !== null && data.length - cut - 4 >= Number(m[1]);
}

/** The status code of a raw HTTP answer, or 0 when there is none. */
export function statusOf(data: Buffer): number {
  const m = /^HTTP\/1\.[01] (\d{3}) /.exec(data.subarray(0, 20).toString('latin1'));
  return m ? Number(m[1]) : 0;
}

/** Header block and body of a raw HTTP answer. */
export function splitAnswer(data: Buffer): { head: string; body: string } {
  const text = data.toString('latin1');
  const cut = text.indexOf('\r\n\r\n');
  return cut < 0 ? { head: text, body: '' } : { head: text.slice(0, cut), body: text.slice(cut + 4) };
}

/** TLS options of a permissive client that trusts the test CA (the server is what refuses). */
export function tlsClientOptions(version?: tls.SecureVersion): tls.ConnectionOptions {
  return { servername: 'localhost', ca: testCa(), ciphers: 'DEFAULT@SECLEVEL=0', ...(version ? { minVersion: version, maxVersion: version } : {}) };
}

/** Things no error answer may show: stack frames, file paths, versions of the software. */
export function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node:internal|\/work\/|\/server\/|\.ts:\d+|\.js:\d+/);
  expect(text).not.toMatch(/fastify|node\.?js|v\d+\.\d+\.\d+|express|x-powered-by|openssl/i);
  expect(text).not.toMatch(/^server:/im);
}
