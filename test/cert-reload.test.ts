import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCert, replaceFile, type TestCert } from './helpers/certs.js';
import { startCli } from './helpers/cli.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** Serial of the certificate a brand-new connection gets. */
function servedSerial(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false }, () => {
      const serial = s.getPeerCertificate().serialNumber;
      s.end();
      resolve(serial);
    });
    s.once('error', reject);
    s.setTimeout(5000, () => s.destroy(new Error('timeout')));
  });
}

/** One kept-alive HTTPS connection: every request goes over the same socket (the agent allows one). */
function keptConnection(port: number) {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: false });
  const get = (p: string) =>
    new Promise<{ status: number; reused: boolean; serial: string; body: string }>((resolve, reject) => {
      const req = https.get({ host: '127.0.0.1', port, path: p, servername: 'localhost', agent, headers: { host: 'localhost' } }, (res) => {
        let body = '';
        const serial = (res.socket as tls.TLSSocket).getPeerCertificate().serialNumber;
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket, serial, body }));
      });
      req.once('error', reject);
      req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    });
  return { get, close: () => agent.destroy() };
}

async function waitFor(what: string, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('certificate rotation without a restart (file watch)', () => {
  let dir: string;
  let a: TestCert;
  let b: TestCert;
  let liveCert: string;
  let liveKey: string;
  let srv: TestServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-rotate-'));
    [a, b] = await Promise.all([makeCert(dir, 'a', '0a0a01', 30), makeCert(dir, 'b', '0b0b02', 60)]);
    liveCert = path.join(dir, 'live.pem');
    liveKey = path.join(dir, 'live-key.pem');
    replaceFile(a.cert, liveCert, 0o644);
    replaceFile(a.key, liveKey);
    srv = await startTestServer({ TLS_CERT_FILE: liveCert, TLS_KEY_FILE: liveKey, CERT_WATCH_INTERVAL_MS: '100' });
  });
  afterAll(() => srv.close());

  const reloads = (event: string) => srv.logs.filter((l) => l.event === event).length;

  it('new connections get the new certificate, an open connection keeps working, a broken replacement keeps the old one', async () => {
    expect(await servedSerial(srv.httpsPort)).toBe(a.serial);
    const kept = keptConnection(srv.httpsPort);
    try {
      const first = await kept.get('/healthz');
      expect(first).toMatchObject({ status: 200, reused: false, serial: a.serial });

      // Renewal: key and chain replaced by rename, as certbot and friends do.
      replaceFile(b.key, liveKey);
      replaceFile(b.cert, liveCert, 0o644);
      await waitFor('the reload', () => srv.logs.some((l) => l.event === 'certificate-reloaded' && l.serial === b.serial));
      expect(await servedSerial(srv.httpsPort)).toBe(b.serial);
      // The probe policies serve the new certificate too.
      expect(await new Promise<string>((resolve, reject) => {
        const s = tls.connect({ host: '127.0.0.1', port: srv.httpsPort, servername: 'legacy.localhost', rejectUnauthorized: false }, () => {
          resolve(s.getPeerCertificate().serialNumber);
          s.end();
        });
        s.once('error', reject);
      })).toBe(b.serial);

      // The connection opened before the renewal still works, still on the old certificate.
      const second = await kept.get('/healthz');
      expect(second).toMatchObject({ status: 200, reused: true, serial: a.serial });

      // A broken replacement: logged as an error, the previous certificate stays in use.
      const failuresBefore = reloads('certificate-reload-failed');
      replaceFile(Buffer.from('-----BEGIN CERTIFICATE-----\nnot really\n-----END CERTIFICATE-----\n'), liveCert, 0o644);
      await waitFor('the failed reload', () => reloads('certificate-reload-failed') > failuresBefore);
      const failure = srv.logs.filter((l) => l.event === 'certificate-reload-failed').at(-1) as Record<string, unknown>;
      expect(failure.level).toBe(50);
      expect(failure.msg).toMatch(/still serving the previous certificate: .*live\.pem does not hold a PEM certificate/);
      expect(failure.kept_serial).toBe(b.serial);
      expect(await servedSerial(srv.httpsPort)).toBe(b.serial);

      // A certificate that does not match the key is refused the same way.
      replaceFile(a.cert, liveCert, 0o644);
      await waitFor('the second failed reload', () => reloads('certificate-reload-failed') > failuresBefore + 1);
      expect(String(srv.logs.filter((l) => l.event === 'certificate-reload-failed').at(-1)?.msg)).toMatch(/does not belong to the first certificate/);
      expect(await servedSerial(srv.httpsPort)).toBe(b.serial);
      expect(srv.ctx.metrics.get('certReloads', { result: 'error' })).toBe(2);
      expect(srv.ctx.metrics.get('certReloads', { result: 'ok' })).toBe(1);

      // Fixed again: picked up.
      replaceFile(b.cert, liveCert, 0o644);
      await waitFor('the recovery', () => srv.logs.filter((l) => l.event === 'certificate-reloaded').length >= 2);
      expect(await servedSerial(srv.httpsPort)).toBe(b.serial);
      expect((await kept.get('/healthz')).status).toBe(200);
    } finally {
      kept.close();
    }
    // Never any key material in the logs.
    expect(JSON.stringify(srv.logs)).not.toMatch(/PRIVATE KEY|BEGIN EC/);
  });

  it('days to expiry: logged at start and exposed as a metric', async () => {
    const start = srv.logs.find((l) => l.event === 'certificate') as Record<string, unknown>;
    expect(start).toMatchObject({ serial: a.serial, days_left: 29 });
    const metrics = await (await fetch(`http://127.0.0.1:${srv.adminPort}/metrics`)).text();
    // The certificate in use now is b (60 days).
    expect(metrics).toMatch(/^tlstest_certificate_expiry_days 59$/m);
    expect(metrics).toMatch(/^tlstest_certificate_not_after_timestamp_seconds \d{10}$/m);
  });
});

describe('certificate warnings and SIGHUP', () => {
  it('a key file group or others can read produces a warning naming the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-keymode-'));
    const c = await makeCert(dir, 'c', '0c0c03', 10);
    fs.chmodSync(c.key, 0o640);
    const srv = await startTestServer({ TLS_CERT_FILE: c.cert, TLS_KEY_FILE: c.key, CERT_WATCH_INTERVAL_MS: '0' });
    try {
      const warnings = srv.logs.filter((l) => l.event === 'certificate-warning').map((l) => String(l.msg));
      expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`key file ${c.key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} can be read by group or others \\(mode 0640\\).*chmod 600`)));
      // Ten days left: a renewal warning too.
      expect(warnings).toContainEqual(expect.stringMatching(/expires in 9 days/));
    } finally {
      await srv.close();
    }
  });

  it('SIGHUP reloads the certificate in the running process (no file watch)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-hup-'));
    const [a, b] = await Promise.all([makeCert(dir, 'a', '0a0a11'), makeCert(dir, 'b', '0b0b12')]);
    const cert = path.join(dir, 'live.pem');
    const key = path.join(dir, 'live-key.pem');
    replaceFile(a.cert, cert, 0o644);
    replaceFile(a.key, key);
    const cli = startCli({ TLS_CERT_FILE: cert, TLS_KEY_FILE: key, CERT_WATCH_INTERVAL_MS: '0' });
    try {
      const listening = await cli.waitForLog('listening');
      const port = listening.https_port as number;
      expect(await servedSerial(port)).toBe(a.serial);
      replaceFile(b.key, key);
      replaceFile(b.cert, cert, 0o644);
      // No watch: nothing changes until the signal.
      await new Promise((r) => setTimeout(r, 300));
      expect(await servedSerial(port)).toBe(a.serial);
      cli.child.kill('SIGHUP');
      await cli.waitForLog('certificate-reloaded', 10_000, (l) => l.serial === b.serial);
      expect(await servedSerial(port)).toBe(b.serial);
      expect(cli.child.exitCode).toBeNull();
    } finally {
      cli.kill();
    }
  }, 60_000);
});
