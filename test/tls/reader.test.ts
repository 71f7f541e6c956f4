import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientHelloError,
  type ClientHelloFacts,
  ClientHelloReader,
  parseClientHello,
} from '../../server/tls/clienthello.js';
import { FIXTURE_NAMES, fixture, refragment } from './helpers.js';

describe('ClientHelloReader', () => {
  it('fed byte by byte, stays incomplete until the last byte of every real hello, then parses it', () => {
    for (const name of FIXTURE_NAMES) {
      const data = fixture(name);
      const reader = new ClientHelloReader();
      for (let i = 0; i < data.length - 1; i++) {
        const r = reader.push(data.subarray(i, i + 1));
        expect(r.status, `${name} at ${i}`).toBe('incomplete');
        if (r.status === 'incomplete') {
          expect(r.needed).toBeGreaterThan(0);
          expect(r.needed).toBeLessThanOrEqual(data.length - i - 1);
        }
      }
      const r = reader.push(data.subarray(data.length - 1));
      expect(r.status, name).toBe('complete');
      if (r.status === 'complete') {
        expect(r.facts).toEqual(parseClientHello(data));
        expect(r.bytes).toBe(data.length);
      }
      expect(reader.received.equals(data)).toBe(true);
      expect(reader.receivedLength).toBe(data.length);
    }
  });

  it('keeps the bytes that arrived with the hello, for socket.unshift', () => {
    const data = fixture('curl-default');
    const after = Buffer.from([20, 3, 3, 0, 1, 1, 23, 3, 3, 0, 2, 9, 9]);
    const reader = new ClientHelloReader();
    const r = reader.push(Buffer.concat([data.subarray(0, 100)]));
    expect(r.status).toBe('incomplete');
    const done = reader.push(Buffer.concat([data.subarray(100), after]));
    expect(done).toMatchObject({ status: 'complete', bytes: data.length });
    expect(reader.received.equals(Buffer.concat([data, after]))).toBe(true);
  });

  it('reads hellos split over several records, in odd chunk sizes', () => {
    const data = refragment(fixture('chromium'), [7, 300, 1]);
    const reader = new ClientHelloReader();
    let r = reader.result;
    for (let i = 0; i < data.length; i += 37) r = reader.push(data.subarray(i, i + 37));
    expect(r.status).toBe('complete');
    if (r.status === 'complete') expect(r.facts.grease).toBe(true);
  });

  it('tells at once that plain HTTP is not TLS, and keeps the byte for the caller', () => {
    const reader = new ClientHelloReader();
    const r = reader.push(Buffer.from('G'));
    expect(r.status).toBe('error');
    if (r.status === 'error') {
      expect(r.error).toBeInstanceOf(ClientHelloError);
      expect(r.error.code).toBe('not-tls');
    }
    expect(reader.received.toString()).toBe('G');
  });

  it('reports SSLv2 hellos after three bytes', () => {
    const reader = new ClientHelloReader();
    expect(reader.push(Buffer.from([0x80, 0x2e])).status).toBe('incomplete');
    const r = reader.push(Buffer.from([0x01, 0x03, 0x01]));
    expect(r.status === 'error' && r.error.code).toBe('sslv2');
  });

  it('gives up on an oversized hello as soon as a record or handshake header shows it', () => {
    const data = fixture('chromium'); // one record of 2008 bytes
    const reader = new ClientHelloReader({ maxBytes: 1024 });
    expect(reader.push(data.subarray(0, 4)).status).toBe('incomplete');
    const r = reader.push(data.subarray(4, 5));
    expect(r.status === 'error' && r.error.code).toBe('too-large');
    expect(reader.receivedLength).toBe(5);

    const split = refragment(data, [100]); // small records: only the handshake header tells the size
    const reader2 = new ClientHelloReader({ maxBytes: 1024 });
    expect(reader2.push(split.subarray(0, 8)).status).toBe('incomplete');
    const r2 = reader2.push(split.subarray(8, 9));
    expect(r2.status === 'error' && r2.error.code).toBe('too-large');
  });

  it('reports a malformed body as an error result, never by throwing', () => {
    const data = Buffer.from(fixture('openssl-tls1'));
    data[9 + 2 + 32] = 40; // session id length 40
    const r = new ClientHelloReader().push(data);
    expect(r.status === 'error' && r.error.code).toBe('malformed');
  });

  it('after a final result, takes no more bytes and repeats the result', () => {
    const data = fixture('openssl-tls1');
    const reader = new ClientHelloReader();
    const first = reader.push(data);
    expect(reader.push(Buffer.from('more'))).toBe(first);
    expect(reader.result).toBe(first);
    expect(reader.receivedLength).toBe(data.length);
    const bad = new ClientHelloReader();
    const err = bad.push(Buffer.from('GET /'));
    expect(bad.push(fixture('chromium'))).toBe(err);
    expect(bad.received.toString()).toBe('GET /');
  });

  it('ignores empty chunks and starts with a sensible lower bound', () => {
    const reader = new ClientHelloReader();
    expect(reader.result).toEqual({ status: 'incomplete', needed: 9 });
    expect(reader.push(Buffer.alloc(0))).toEqual({ status: 'incomplete', needed: 9 });
    expect(reader.received.length).toBe(0);
  });
});

describe('front door: read the hello, unshift, hand the socket to a TLS server', () => {
  let dir = '';
  let key: Buffer;
  let cert: Buffer;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hello-frontdoor-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=localhost',
      '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    key = readFileSync(join(dir, 'key.pem'));
    cert = readFileSync(join(dir, 'cert.pem'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a real handshake completes after the front door read the hello, and the facts match the client', async () => {
    const tlsServer = tls.createServer({ key, cert, minVersion: 'TLSv1.2' }, (s) => s.end('hello over tls\n'));
    const seen: ClientHelloFacts[] = [];
    const front = net.createServer((socket) => {
      const reader = new ClientHelloReader();
      socket.on('data', function onData(chunk: Buffer) {
        const r = reader.push(chunk);
        if (r.status === 'incomplete') return;
        socket.removeListener('data', onData);
        socket.pause();
        if (r.status === 'complete') seen.push(r.facts);
        socket.unshift(reader.received);
        tlsServer.emit('connection', socket);
      });
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const port = (front.address() as net.AddressInfo).port;
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        const client = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca: cert, ALPNProtocols: ['http/1.1'] });
        let text = '';
        client.setEncoding('utf8');
        client.on('data', (d: string) => (text += d));
        client.on('end', () => resolve(text));
        client.on('error', reject);
        client.setTimeout(5000, () => reject(new Error('timeout')));
      });
      expect(reply).toBe('hello over tls\n');
      expect(seen).toHaveLength(1);
      expect(seen[0]!.sni).toBe('localhost');
      expect(seen[0]!.alpn).toEqual(['http/1.1']);
      expect(seen[0]!.highest_version).toBe('TLSv1.3');
    } finally {
      front.close();
      tlsServer.close();
    }
  });
});
