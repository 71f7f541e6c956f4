/**
 * The TLS policies the server offers, in one place: the main policy mirrors the real service (configuration),
 * and the certificate material is loaded and checked here before any listener starts.
 */
import fs from 'node:fs';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import tls from 'node:tls';
import crypto from 'node:crypto';
import type { Config, ProbePolicyName } from '../config.js';

export interface CertificateMaterial {
  cert: Buffer;
  key: Buffer;
  certFile: string;
  keyFile: string;
  /** The leaf certificate (first in the chain). */
  leaf: crypto.X509Certificate;
}

export class CertificateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateError';
  }
}

/** Read a PEM certificate chain and key, and check that they belong together. Never puts key bytes in errors. */
export function loadCertificate(certFile: string, keyFile: string): CertificateMaterial {
  let cert: Buffer;
  let key: Buffer;
  try {
    cert = fs.readFileSync(certFile);
  } catch (err) {
    throw new CertificateError(`cannot read certificate file ${certFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    key = fs.readFileSync(keyFile);
  } catch (err) {
    throw new CertificateError(`cannot read key file ${keyFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let leaf: crypto.X509Certificate;
  try {
    leaf = new crypto.X509Certificate(cert);
  } catch {
    throw new CertificateError(`${certFile} does not hold a PEM certificate`);
  }
  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey(key);
  } catch {
    throw new CertificateError(`${keyFile} does not hold a PEM private key (or it is encrypted)`);
  }
  if (!leaf.checkPrivateKey(privateKey)) {
    throw new CertificateError(`the key in ${keyFile} does not belong to the first certificate in ${certFile}`);
  }
  return { cert, key, certFile, keyFile, leaf };
}

/** Options of the main HTTPS listener: the policy of the real service. */
export function mainTlsOptions(config: Config, material: CertificateMaterial): TlsOptions {
  const options: SecureContextOptions = {
    cert: material.cert,
    key: material.key,
    minVersion: config.tlsMinVersion,
    maxVersion: 'TLSv1.3',
  };
  // Fail now, at start, with a clear message, rather than at the first handshake.
  tls.createSecureContext(options);
  return { ...options, honorCipherOrder: true };
}

export type PolicyName = 'main' | ProbePolicyName;

interface ProbePolicy {
  minVersion: SecureContextOptions['minVersion'];
  maxVersion: SecureContextOptions['maxVersion'];
  /** TLS 1.0/1.1 need OpenSSL's security level 0, else it refuses them for want of a signature algorithm. */
  legacyCiphers: boolean;
  description: string;
}

/**
 * The probe policies: one TLS version each, plus a control policy that accepts every version from TLS 1.0 to 1.3.
 * They exist to tell *why* a browser fails the main policy; they serve only the probe and the check API.
 */
export const PROBE_POLICIES: Readonly<Record<ProbePolicyName, ProbePolicy>> = {
  tls10: { minVersion: 'TLSv1', maxVersion: 'TLSv1', legacyCiphers: true, description: 'TLS 1.0 only' },
  tls11: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', legacyCiphers: true, description: 'TLS 1.1 only' },
  tls12: { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', legacyCiphers: false, description: 'TLS 1.2 only' },
  tls13: { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', legacyCiphers: false, description: 'TLS 1.3 only' },
  legacy: { minVersion: 'TLSv1', maxVersion: 'TLSv1.3', legacyCiphers: true, description: 'control: TLS 1.0 to 1.3' },
};

export function probeTlsOptions(name: ProbePolicyName, material: CertificateMaterial): TlsOptions {
  const p = PROBE_POLICIES[name];
  const options: SecureContextOptions = {
    cert: material.cert,
    key: material.key,
    minVersion: p.minVersion,
    maxVersion: p.maxVersion,
    ...(p.legacyCiphers ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {}),
  };
  tls.createSecureContext(options);
  return options;
}
