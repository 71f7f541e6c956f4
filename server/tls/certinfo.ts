/**
 * Facts and warnings about the certificate material in use (for logs, the admin status and the metrics), and
 * watching its files so that a renewed certificate is picked up without a restart. Never touches key bytes
 * beyond what loadCertificate already checked; nothing here logs or returns key material.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { CertificateMaterial } from './policy.js';

export interface CertificateSummary {
  subject: string;
  issuer: string;
  serial: string;
  notBefore: string;
  notAfter: string;
  /** Whole days left (negative once expired). */
  daysLeft: number;
  fingerprint256: string;
  /** Certificates in the chain file, leaf included. */
  chainLength: number;
  certFile: string;
  keyFile: string;
}

const DAY_MS = 86_400_000;

/** Every PEM certificate in a chain file, in file order. */
export function chainOf(pem: Buffer): crypto.X509Certificate[] {
  const blocks = pem.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const out: crypto.X509Certificate[] = [];
  for (const b of blocks) {
    try {
      out.push(new crypto.X509Certificate(b));
    } catch {
      // loadCertificate has already checked the leaf; a broken later block shows up as a chain warning.
    }
  }
  return out;
}

export function summarise(material: CertificateMaterial, now = Date.now()): CertificateSummary {
  const leaf = material.leaf;
  return {
    subject: leaf.subject.replace(/\n/g, ', '),
    issuer: leaf.issuer.replace(/\n/g, ', '),
    serial: leaf.serialNumber,
    notBefore: new Date(leaf.validFrom).toISOString(),
    notAfter: new Date(leaf.validTo).toISOString(),
    daysLeft: Math.floor((Date.parse(leaf.validTo) - now) / DAY_MS),
    fingerprint256: leaf.fingerprint256,
    chainLength: chainOf(material.cert).length,
    certFile: material.certFile,
    keyFile: material.keyFile,
  };
}

/**
 * Things an operator should fix, in plain words: a key file others can read, a certificate that expires soon or
 * has expired, a chain out of order or (for a certificate from a public CA) without its intermediates.
 * `mode` is the key file's mode bits (fs.statSync(keyFile).mode), passed in so that the check stays pure.
 */
export function certificateWarnings(material: CertificateMaterial, keyMode: number | null, opts: { dev: boolean; now?: number }): string[] {
  const warnings: string[] = [];
  if (keyMode !== null && (keyMode & 0o077) !== 0) {
    warnings.push(
      `key file ${material.keyFile} can be read by group or others (mode ${(keyMode & 0o777).toString(8).padStart(4, '0')}); make it readable by the server's user only (chmod 600)`,
    );
  }
  const s = summarise(material, opts.now);
  if (s.daysLeft < 0) warnings.push(`the certificate expired on ${s.notAfter}: browsers will refuse it`);
  else if (s.daysLeft < 14) warnings.push(`the certificate expires in ${s.daysLeft} days (${s.notAfter}): renew it`);
  const chain = chainOf(material.cert);
  for (let i = 0; i + 1 < chain.length; i++) {
    if (!(chain[i] as crypto.X509Certificate).checkIssued(chain[i + 1] as crypto.X509Certificate)) {
      warnings.push(`certificate ${i + 2} in ${material.certFile} did not issue certificate ${i + 1}: put the chain in order, server certificate first`);
      break;
    }
  }
  const leaf = material.leaf;
  if (!opts.dev && chain.length === 1 && !leaf.checkIssued(leaf)) {
    warnings.push(`${material.certFile} holds only the server certificate: add the intermediate certificates (the full chain), or clients that lack them cannot connect`);
  }
  return warnings;
}

export function keyFileMode(keyFile: string): number | null {
  try {
    return fs.statSync(keyFile).mode;
  } catch {
    return null;
  }
}

export interface FileWatch {
  close(): void;
}

/**
 * Call `onChange` (once, `settleMs` after the last change) when any of `files` changes: content, size, inode
 * (renewal tools write a new file and rename it over the old one) or a symbolic link that now points elsewhere
 * (Kubernetes secrets). Polls with fs.watchFile, which follows the path rather than the open file, so a replaced
 * file is seen; the timers do not keep the process alive.
 */
export function watchFiles(files: string[], intervalMs: number, onChange: () => void, settleMs = 300): FileWatch {
  let timer: NodeJS.Timeout | null = null;
  const listener = (curr: fs.Stats, prev: fs.Stats) => {
    if (curr.mtimeMs === prev.mtimeMs && curr.ino === prev.ino && curr.size === prev.size && curr.ctimeMs === prev.ctimeMs) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, settleMs);
    timer.unref();
  };
  const unique = [...new Set(files)];
  for (const f of unique) fs.watchFile(f, { interval: intervalMs, persistent: false }, listener);
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const f of unique) fs.unwatchFile(f, listener);
    },
  };
}
