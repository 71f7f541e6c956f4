/**
 * Built-in development certificates: a local CA and a server certificate signed by it, created under certs/
 * on the first start and reused afterwards. Keys are generated with Node's crypto and written with mode 0600;
 * the certificates are made by the openssl command-line tool. Nothing here ever logs key material.
 *
 * The CA is kept as long as it is valid so that a browser that trusts it keeps trusting the server; the server
 * certificate is remade when it is missing, expires within 30 days, or does not cover a required name.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DevKeyType } from '../config.js';

export interface DevCertificatePaths {
  caCert: string;
  caKey: string;
  cert: string;
  key: string;
}

export interface DevCertificateResult extends DevCertificatePaths {
  /** What was done: reused everything, made a new server certificate, or made CA and server certificate. */
  action: 'reused' | 'server-renewed' | 'created';
}

const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

export function devCertificatePaths(dir: string): DevCertificatePaths {
  return {
    caCert: path.join(dir, 'ca.pem'),
    caKey: path.join(dir, 'ca-key.pem'),
    cert: path.join(dir, 'server.pem'),
    key: path.join(dir, 'server-key.pem'),
  };
}

/** Write a file atomically (temp file + rename) with the given mode, so a key is never readable by others. */
export function writeFileAtomic(file: string, data: string, mode: number): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, data, { mode });
  fs.chmodSync(tmp, mode); // in case the umask narrowed or the file existed
  fs.renameSync(tmp, file);
}

function newPrivateKeyPem(type: DevKeyType): string {
  const { privateKey } =
    type === 'rsa'
      ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
      : crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

function readCert(file: string): crypto.X509Certificate | null {
  try {
    return new crypto.X509Certificate(fs.readFileSync(file));
  } catch {
    return null;
  }
}

function validLongEnough(cert: crypto.X509Certificate, now: number): boolean {
  return Date.parse(cert.validTo) - now > RENEW_BEFORE_MS && Date.parse(cert.validFrom) <= now + 60_000;
}

function isIp(name: string): boolean {
  return /^[\d.]+$/.test(name) || name.includes(':');
}

function covers(cert: crypto.X509Certificate, names: string[]): boolean {
  const san = cert.subjectAltName ?? '';
  const entries = new Set(san.split(',').map((s) => s.trim().toLowerCase()));
  return names.every((n) => entries.has(isIp(n) ? `ip address:${normaliseIp(n)}` : `dns:${n.toLowerCase()}`));
}

function normaliseIp(ip: string): string {
  // X509Certificate prints IPv6 SANs in full form without zero compression, e.g. 0:0:0:0:0:0:0:1.
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = ip.includes('::') ? new Array(8 - h.length - t.length).fill('0') : [];
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16).toString(16).toUpperCase()).join(':');
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') {
      throw new Error('the openssl command is needed to create development certificates; install it (Debian: apt-get install openssl) or set TLS_CERT_FILE and TLS_KEY_FILE');
    }
    throw new Error(`openssl ${args[0]} failed: ${(e.stderr?.toString() ?? e.message).trim().split('\n')[0]}`);
  }
}

/** Name constraints of the local CA: it may only vouch for loopback and the names it was made for. */
function nameConstraints(names: string[]): string {
  const dns = new Set(['localhost']);
  for (const n of names) if (!isIp(n)) dns.add(n.toLowerCase().replace(/^[^.]+\.localhost$/, 'localhost'));
  const permitted = [...dns].flatMap((n) => [`permitted;DNS:${n}`, `permitted;DNS:.${n}`]);
  permitted.push('permitted;IP:127.0.0.0/255.0.0.0', 'permitted;IP:0:0:0:0:0:0:0:1/FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF');
  return `critical, ${permitted.join(', ')}`;
}

function chainVerifies(p: DevCertificatePaths, dir: string): boolean {
  try {
    openssl(['verify', '-CAfile', p.caCert, p.cert], dir);
    return true;
  } catch {
    return false;
  }
}

function createCa(p: DevCertificatePaths, dir: string, names: string[], type: DevKeyType): void {
  writeFileAtomic(p.caKey, newPrivateKeyPem(type), 0o600);
  const cfg = path.join(dir, `ca.${process.pid}.cnf`);
  fs.writeFileSync(
    cfg,
    [
      '[req]',
      'distinguished_name = dn',
      'prompt = no',
      'x509_extensions = v3_ca',
      '[dn]',
      'O = tlstest',
      `CN = tlstest local development CA ${crypto.randomBytes(3).toString('hex')}`,
      '[v3_ca]',
      'basicConstraints = critical, CA:TRUE, pathlen:0',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      // A development CA trusted in a browser must not be able to vouch for anybody else's site.
      `nameConstraints = ${nameConstraints(names)}`,
      '',
    ].join('\n'),
  );
  try {
    openssl(['req', '-x509', '-new', '-key', p.caKey, '-sha256', '-days', '3650', '-config', cfg, '-out', p.caCert], dir);
  } finally {
    fs.rmSync(cfg, { force: true });
  }
}

function createServerCert(p: DevCertificatePaths, dir: string, names: string[], type: DevKeyType): void {
  const keyTmp = `${p.key}.new`;
  writeFileAtomic(keyTmp, newPrivateKeyPem(type), 0o600);
  const cfg = path.join(dir, `server.${process.pid}.cnf`);
  const csr = path.join(dir, `server.${process.pid}.csr`);
  const out = `${p.cert}.new`;
  const san = names.map((n) => (isIp(n) ? `IP:${n}` : `DNS:${n}`)).join(', ');
  fs.writeFileSync(
    cfg,
    [
      '[req]',
      'distinguished_name = dn',
      'prompt = no',
      '[dn]',
      'O = tlstest',
      `CN = ${names[0]}`,
      '[v3_srv]',
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${san}`,
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  try {
    openssl(['req', '-new', '-key', keyTmp, '-config', cfg, '-out', csr], dir);
    openssl(
      ['x509', '-req', '-in', csr, '-CA', p.caCert, '-CAkey', p.caKey, '-CAcreateserial', '-sha256', '-days', '397',
        '-extfile', cfg, '-extensions', 'v3_srv', '-out', out],
      dir,
    );
    fs.renameSync(keyTmp, p.key);
    fs.renameSync(out, p.cert);
  } finally {
    for (const f of [cfg, csr, keyTmp, out, path.join(dir, 'ca.srl')]) fs.rmSync(f, { force: true });
  }
}

export function ensureDevCertificates(dir: string, names: string[], type: DevKeyType, now = Date.now()): DevCertificateResult {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const p = devCertificatePaths(dir);
  let action: DevCertificateResult['action'] = 'reused';

  const ca = readCert(p.caCert);
  if (!ca || !fs.existsSync(p.caKey) || !validLongEnough(ca, now)) {
    createCa(p, dir, names, type);
    action = 'created';
  }
  const server = readCert(p.cert);
  const caNow = readCert(p.caCert);
  if (
    action === 'created' ||
    !server ||
    !fs.existsSync(p.key) ||
    !validLongEnough(server, now) ||
    !covers(server, names) ||
    !caNow ||
    !server.checkIssued(caNow)
  ) {
    createServerCert(p, dir, names, type);
    if (action === 'reused') action = 'server-renewed';
    if (!chainVerifies(p, dir)) {
      // The existing CA was made for other names (its name constraints exclude a new PUBLIC_HOSTNAME): remake it.
      if (action === 'created') throw new Error('the new development certificate does not verify against its own CA');
      createCa(p, dir, names, type);
      createServerCert(p, dir, names, type);
      action = 'created';
    }
  }
  return { ...p, action };
}
