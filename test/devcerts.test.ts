import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDevCertificates } from '../server/tls/devcerts.js';
import { CertificateError, loadCertificate } from '../server/tls/policy.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tlstest-dev-'));
  dirs.push(d);
  return path.join(d, 'certs');
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const NAMES = ['localhost', '127.0.0.1', '::1'];

describe('development certificates', () => {
  it('creates a CA and a server certificate for localhost, 127.0.0.1 and ::1 with 0600 keys, then reuses them', () => {
    const dir = tempDir();
    const first = ensureDevCertificates(dir, NAMES, 'ecdsa');
    expect(first.action).toBe('created');
    for (const key of [first.key, first.caKey]) expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    const cert = new crypto.X509Certificate(fs.readFileSync(first.cert));
    const ca = new crypto.X509Certificate(fs.readFileSync(first.caCert));
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(cert.subjectAltName).toContain('IP Address:0:0:0:0:0:0:0:1');
    expect(cert.publicKey.asymmetricKeyType).toBe('ec');
    expect(ca.ca).toBe(true);
    // openssl itself accepts the chain (including the CA's name constraints)
    execFileSync('openssl', ['verify', '-CAfile', first.caCert, first.cert]);

    const serial = cert.serialNumber;
    const again = ensureDevCertificates(dir, NAMES, 'ecdsa');
    expect(again.action).toBe('reused');
    expect(new crypto.X509Certificate(fs.readFileSync(again.cert)).serialNumber).toBe(serial);
  });

  it('keeps the CA and remakes only the server certificate when a local name is added', () => {
    const dir = tempDir();
    const first = ensureDevCertificates(dir, NAMES, 'ecdsa');
    const caBefore = fs.readFileSync(first.caCert, 'utf8');
    const next = ensureDevCertificates(dir, [...NAMES, 'tls10.localhost'], 'ecdsa');
    expect(next.action).toBe('server-renewed');
    expect(fs.readFileSync(next.caCert, 'utf8')).toBe(caBefore);
    expect(new crypto.X509Certificate(fs.readFileSync(next.cert)).subjectAltName).toContain('DNS:tls10.localhost');
  });

  it('covers PUBLIC_HOSTNAME, remaking the name-constrained CA when needed', () => {
    const dir = tempDir();
    ensureDevCertificates(dir, NAMES, 'ecdsa');
    const next = ensureDevCertificates(dir, [...NAMES, 'tlstest.example.org'], 'ecdsa');
    expect(next.action).toBe('created');
    execFileSync('openssl', ['verify', '-CAfile', next.caCert, next.cert]);
    expect(new crypto.X509Certificate(fs.readFileSync(next.cert)).subjectAltName).toContain('DNS:tlstest.example.org');
  });

  it('the CA cannot vouch for other sites (name constraints)', () => {
    const dir = tempDir();
    const p = ensureDevCertificates(dir, NAMES, 'ecdsa');
    // Sign a certificate for a foreign name with the CA key and check that verification rejects it.
    const cfg = path.join(dir, 'evil.cnf');
    fs.writeFileSync(cfg, '[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=bank.example\n[ext]\nsubjectAltName=DNS:bank.example\n');
    execFileSync('openssl', ['req', '-new', '-key', p.key, '-config', cfg, '-out', path.join(dir, 'evil.csr')], { stdio: 'pipe' });
    execFileSync('openssl', ['x509', '-req', '-in', path.join(dir, 'evil.csr'), '-CA', p.caCert, '-CAkey', p.caKey,
      '-CAcreateserial', '-extfile', cfg, '-extensions', 'ext', '-out', path.join(dir, 'evil.pem')], { stdio: 'pipe' });
    expect(() => execFileSync('openssl', ['verify', '-CAfile', p.caCert, path.join(dir, 'evil.pem')], { stdio: 'pipe' })).toThrow();
  });

  it('makes RSA keys when asked', () => {
    const p = ensureDevCertificates(tempDir(), NAMES, 'rsa');
    expect(new crypto.X509Certificate(fs.readFileSync(p.cert)).publicKey.asymmetricKeyType).toBe('rsa');
  });
});

describe('loadCertificate', () => {
  it('loads a matching pair and rejects broken ones with clear messages that hold no key material', () => {
    const p = ensureDevCertificates(tempDir(), NAMES, 'ecdsa');
    expect(loadCertificate(p.cert, p.key).leaf.subject).toContain('CN=localhost');
    expect(() => loadCertificate(p.cert, p.caKey)).toThrow(/does not belong to the first certificate/);
    expect(() => loadCertificate(p.key, p.key)).toThrow(/does not hold a PEM certificate/);
    expect(() => loadCertificate(p.cert, p.cert)).toThrow(/does not hold a PEM private key/);
    expect(() => loadCertificate('/nonexistent.pem', p.key)).toThrow(CertificateError);
    try {
      loadCertificate(p.cert, p.caKey);
    } catch (err) {
      expect((err as Error).message).not.toContain('PRIVATE KEY');
    }
  });
});
