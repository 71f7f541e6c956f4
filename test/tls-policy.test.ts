import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandshake } from './helpers/clients.js';
import { startTestServer, type TestServer } from './helpers/server.js';

function siteFile(doc: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-policy-'));
  const file = path.join(dir, 'site.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** A permissive node client offering everything, to see what the server picks. */
function handshake(port: number, opts: tls.ConnectionOptions = {}): Promise<{ protocol: string | null; cipher: string; group: string | undefined }> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false, ciphers: 'DEFAULT@SECLEVEL=0', ...opts }, () => {
      const r = { protocol: s.getProtocol(), cipher: s.getCipher().standardName, group: (s.getEphemeralKeyInfo() as { name?: string } | null)?.name };
      s.end();
      resolve(r);
    });
    s.once('error', reject);
    s.setTimeout(5000, () => s.destroy(new Error('timeout')));
  });
}

describe('TLS policy presets on the main listener', () => {
  it('modern: TLS 1.3 only (TLS 1.2 refused), and the probes keep their own versions', async () => {
    const srv = await startTestServer({ TLS_POLICY: 'modern' });
    try {
      expect((await nodeHandshake(srv.httpsPort, 'TLSv1.2')).ok).toBe(false);
      expect((await nodeHandshake(srv.httpsPort, 'TLSv1.3')).protocol).toBe('TLSv1.3');
      expect((await nodeHandshake(srv.httpsPort, 'TLSv1.2', { servername: 'tls12.localhost' })).ok).toBe(true);
      const health = await srv.httpApp.inject({ url: '/healthz' });
      expect(health.json().policy).toEqual({ preset: 'modern', min_version: 'TLSv1.3', max_version: 'TLSv1.3' });
      const page = await srv.httpApp.inject({ url: '/', headers: { host: 'localhost' } });
      expect(page.body).toContain('TLS 1.3 or newer');
    } finally {
      await srv.close();
    }
  });

  it('intermediate (the default): TLS 1.2 and 1.3, TLS 1.2 only with forward-secret AEAD suites', async () => {
    const srv = await startTestServer();
    try {
      // A client that offers only CBC or RSA key exchange is refused, an ECDHE-GCM one is served.
      await expect(handshake(srv.httpsPort, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA256:AES128-GCM-SHA256@SECLEVEL=0' })).rejects.toThrow(/handshake failure/);
      expect(await handshake(srv.httpsPort, { maxVersion: 'TLSv1.2' })).toMatchObject({ protocol: 'TLSv1.2', cipher: expect.stringMatching(/^TLS_ECDHE_ECDSA_WITH_(AES_\d+_GCM|CHACHA20_POLY1305)/) });
    } finally {
      await srv.close();
    }
  });

  it('custom from the site file: the chosen ciphers, TLS 1.3 suite, curve and cipher order are what clients get', async () => {
    const file = siteFile({
      tls: {
        preset: 'custom',
        maxVersion: 'TLSv1.3',
        ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305',
        ciphersuites: 'TLS_CHACHA20_POLY1305_SHA256',
        ecdhCurve: 'P-384',
        sigalgs: 'ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256',
        honorCipherOrder: true,
      },
    });
    const srv = await startTestServer({ TLSTEST_CONFIG: file });
    try {
      // Server order wins: the client prefers ChaCha20 but gets AES-256-GCM, on P-384.
      expect(await handshake(srv.httpsPort, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-GCM-SHA384' })).toEqual({
        protocol: 'TLSv1.2',
        cipher: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
        group: 'secp384r1',
      });
      expect(await handshake(srv.httpsPort)).toMatchObject({ protocol: 'TLSv1.3', cipher: 'TLS_CHACHA20_POLY1305_SHA256', group: 'secp384r1' });
      // A cipher the policy leaves out is refused.
      await expect(handshake(srv.httpsPort, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' })).rejects.toThrow(/handshake failure/);
      const health = await srv.httpApp.inject({ url: '/healthz' });
      expect(health.json().policy).toEqual({ preset: 'custom', min_version: 'TLSv1.2', max_version: 'TLSv1.3' });
    } finally {
      await srv.close();
    }
  });
});

describe('the admin status names the policy in force', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ TLS_MAX_VERSION: 'TLSv1.2' });
  });
  afterAll(() => srv.close());

  it('GET /status on the admin port', async () => {
    const res = await fetch(`http://127.0.0.1:${srv.adminPort}/status`);
    expect(res.status).toBe(200);
    const status = (await res.json()) as Record<string, any>;
    expect(status.policy).toMatchObject({ preset: 'intermediate', minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', changed: ['maxVersion'], honorCipherOrder: true });
    expect(status.certificate).toMatchObject({ subject: expect.stringContaining('CN=localhost'), serial: srv.ctx.certificate.leaf.serialNumber, chainLength: 1 });
    expect(status.certificate.daysLeft).toBeGreaterThan(30);
    expect(JSON.stringify(status)).not.toMatch(/PRIVATE KEY/);
    expect((await nodeHandshake(srv.httpsPort, 'TLSv1.3')).ok).toBe(false);
  });
});
