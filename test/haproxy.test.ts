/**
 * The scale-out recipe for real: Debian's haproxy with the shipped deploy/haproxy.cfg (addresses through its
 * environment variables) in front of two tlstest instances, all on loopback. TLS passes through HAProxy, so the
 * instances still refuse TLS 1.1 themselves and serve TLS 1.2; the client address hash spreads visitors over both
 * instances and keeps each visitor's HTTPS and HTTP requests on one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { CA_FILE } from './helpers/paths.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const CONFIG = path.join(PROJECT_ROOT, 'deploy', 'haproxy.cfg');
/** Debian installs it in /usr/sbin, which a non-root PATH may lack. */
const HAPROXY = fs.existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

interface Handshake {
  ok: boolean;
  protocol?: string | null;
  error?: string;
}

/** A permissive node TLS client pinned to one version, from a chosen loopback source address. */
function handshake(port: number, version: tls.SecureVersion, localAddress = '127.0.0.1'): Promise<Handshake> {
  return new Promise((resolve) => {
    const s = tls.connect({
      socket: net.connect({ host: '127.0.0.1', port, localAddress }),
      servername: 'localhost',
      minVersion: version,
      maxVersion: version,
      ciphers: 'DEFAULT@SECLEVEL=0',
      ca: fs.readFileSync(CA_FILE),
    });
    const timer = setTimeout(() => {
      s.destroy();
      resolve({ ok: false, error: 'timeout' });
    }, 5000);
    s.once('secureConnect', () => {
      clearTimeout(timer);
      resolve({ ok: true, protocol: s.getProtocol() });
      s.end();
    });
    s.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, error: err.message });
    });
  });
}

function httpGet(port: number, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', localAddress, agent: false, headers: { host: 'localhost' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
  });
}

/** Completed TLS 1.2 handshakes on the main policy of an instance, and HTTP GET / answers. */
function counts(srv: TestServer) {
  const snap = srv.metricsSnapshot();
  const sum = (name: string, match: (labels: string[]) => boolean) =>
    (snap[name] ?? []).filter(([labels]) => match(labels)).reduce((n, [, v]) => n + v, 0);
  return {
    tls12: sum('tlstest_tls_handshakes_total', ([policy, version]) => policy === 'main' && version === 'TLSv1.2'),
    refused11: sum('tlstest_tls_refused_total', ([policy, offered]) => policy === 'main' && offered === 'TLSv1.1'),
    page: sum('tlstest_http_requests_total', ([listener, route]) => listener === 'http' && route === '/'),
  };
}

describe('two tlstest instances behind HAProxy in TCP mode (deploy/haproxy.cfg)', () => {
  let a: TestServer;
  let b: TestServer;
  let haproxy: ChildProcess;
  let lbHttps: number;
  let lbHttp: number;
  let output = '';

  beforeAll(async () => {
    [a, b] = await Promise.all([startTestServer(), startTestServer()]);
    [lbHttps, lbHttp] = [await freePort(), await freePort()];
    haproxy = spawn(HAPROXY, ['-db', '-f', CONFIG], {
      env: {
        PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
        TLSTEST_LB_HTTPS: `127.0.0.1:${lbHttps}`,
        TLSTEST_LB_HTTP: `127.0.0.1:${lbHttp}`,
        TLSTEST1: '127.0.0.1',
        TLSTEST1_HTTPS_PORT: String(a.httpsPort),
        TLSTEST1_HTTP_PORT: String(a.httpPort),
        TLSTEST2: '127.0.0.1',
        TLSTEST2_HTTPS_PORT: String(b.httpsPort),
        TLSTEST2_HTTP_PORT: String(b.httpPort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    haproxy.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    haproxy.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const spawned = new Promise<void>((resolve, reject) => {
      haproxy.once('spawn', () => resolve());
      haproxy.once('error', (err) => reject(new Error(`cannot run haproxy (Debian package haproxy; .ci/run installs it): ${err.message}`)));
    });
    await spawned;
    // Until both frontends accept connections.
    const deadline = Date.now() + 10_000;
    for (const port of [lbHttps, lbHttp]) {
      for (;;) {
        const up = await new Promise<boolean>((resolve) => {
          const s = net.connect({ host: '127.0.0.1', port }, () => {
            s.destroy();
            resolve(true);
          });
          s.once('error', () => resolve(false));
        });
        if (up) break;
        if (Date.now() > deadline || haproxy.exitCode !== null) throw new Error(`haproxy did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  afterAll(async () => {
    if (haproxy && haproxy.exitCode === null) {
      const exited = new Promise((r) => haproxy.once('exit', r));
      haproxy.kill('SIGTERM');
      const timer = setTimeout(() => haproxy.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    await Promise.all([a?.close(), b?.close()]);
  });

  it('TLS 1.1 is still refused through the balancer, by tlstest itself', async () => {
    const before = [counts(a).refused11, counts(b).refused11];
    const r = await handshake(lbHttps, 'TLSv1.1');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/alert protocol version/i);
    // The refusal was an instance's: it saw the ClientHello that offered TLS 1.1 at most.
    const after = [counts(a).refused11, counts(b).refused11];
    expect(after[0] + after[1] - before[0] - before[1]).toBe(1);
  });

  it('TLS 1.2 is served through the balancer, with tlstest\'s certificate', async () => {
    const r = await handshake(lbHttps, 'TLSv1.2');
    expect(r).toEqual({ ok: true, protocol: 'TLSv1.2' });
  });

  it('visitors are spread over both instances, each visitor\'s HTTPS and HTTP on the same one', async () => {
    const used = new Set<string>();
    for (let i = 2; i <= 17; i++) {
      const source = `127.0.0.${i}`;
      const before = { a: counts(a), b: counts(b) };
      expect((await handshake(lbHttps, 'TLSv1.2', source)).ok).toBe(true);
      expect(await httpGet(lbHttp, source)).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
      const after = { a: counts(a), b: counts(b) };
      const tlsOn = after.a.tls12 > before.a.tls12 ? 'a' : after.b.tls12 > before.b.tls12 ? 'b' : 'none';
      const pageOn = after.a.page > before.a.page ? 'a' : after.b.page > before.b.page ? 'b' : 'none';
      expect(tlsOn).not.toBe('none');
      expect(pageOn).toBe(tlsOn);
      used.add(tlsOn);
    }
    expect([...used].sort()).toEqual(['a', 'b']);
  });
});
