/**
 * The TLS policies the server offers, in one place: the main policy mirrors the real service (configuration),
 * and the certificate material is loaded and checked here before any listener starts.
 */
import fs from 'node:fs';
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import tls from 'node:tls';
import crypto from 'node:crypto';
import { ConfigError, type ProbePolicyName, type TlsPresetName, type TlsVersion } from '../config.js';

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

export { TLS_PRESET_NAMES, type TlsPresetName } from '../config.js';

/** Every setting of the main policy, in OpenSSL's syntax where OpenSSL has one. */
export interface TlsSettings {
  minVersion: TlsVersion;
  maxVersion: TlsVersion;
  /** TLS 1.2 cipher list (OpenSSL cipher-list syntax, e.g. ECDHE-ECDSA-AES128-GCM-SHA256:...). */
  ciphers: string;
  /** TLS 1.3 cipher suites, colon-separated (TLS_AES_128_GCM_SHA256:...). */
  ciphersuites: string;
  /** Key-exchange groups, colon-separated OpenSSL names (X25519:P-256:P-384). */
  ecdhCurve: string;
  /** Signature algorithms (OpenSSL syntax, e.g. ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256), null for OpenSSL's default. */
  sigalgs: string | null;
  /** Whether the server's cipher order wins over the client's. */
  honorCipherOrder: boolean;
}

export interface TlsPolicy extends TlsSettings {
  preset: TlsPresetName;
  /** Settings given explicitly (file or environment) that replaced the preset's value. */
  changed: Array<keyof TlsSettings>;
}

/** TLS 1.2 suites with forward secrecy and authenticated encryption (ECDHE with AES-GCM or ChaCha20-Poly1305). */
const FORWARD_SECRET_AEAD =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
const TLS13_SUITES = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256';
/** The TLS 1.3 suites OpenSSL implements (it silently skips unknown names, so they are checked here). */
export const KNOWN_TLS13_SUITES = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_CCM_SHA256',
  'TLS_AES_128_CCM_8_SHA256',
];

const INTERMEDIATE: TlsSettings = {
  minVersion: 'TLSv1.2',
  maxVersion: 'TLSv1.3',
  ciphers: FORWARD_SECRET_AEAD,
  ciphersuites: TLS13_SUITES,
  ecdhCurve: 'X25519:P-256:P-384',
  sigalgs: null,
  honorCipherOrder: true,
};

export const TLS_PRESETS: Readonly<Record<TlsPresetName, TlsSettings>> = {
  modern: {
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
    ciphers: FORWARD_SECRET_AEAD,
    ciphersuites: TLS13_SUITES,
    ecdhCurve: 'X25519:P-256:P-384',
    sigalgs: null,
    honorCipherOrder: false,
  },
  intermediate: INTERMEDIATE,
  // custom starts from intermediate; the site file's tls settings change what differs.
  custom: INTERMEDIATE,
};

/** One place settings come from (the environment, the site file), with how to name a setting in an error. */
export interface TlsPolicySource {
  preset?: TlsPresetName;
  settings: Partial<TlsSettings>;
  /** The setting's name as the operator wrote it, e.g. TLS_MAX_VERSION or "TLSTEST_CONFIG site.json: tls.ciphers". */
  name(field: keyof TlsSettings | 'preset'): string;
}

const VERSION_RANK: Record<TlsVersion, number> = { 'TLSv1.2': 2, 'TLSv1.3': 3 };

function accepted(options: SecureContextOptions): boolean {
  try {
    tls.createSecureContext(options);
    return true;
  } catch {
    return false;
  }
}

/**
 * The main policy from its sources, the first source that sets a value winning (environment before file), on
 * top of the preset. Checks what OpenSSL would only refuse later: versions in order, every list accepted by
 * OpenSSL, suites for each enabled version. Throws ConfigError naming the setting.
 */
export function resolveTlsPolicy(sources: TlsPolicySource[]): TlsPolicy {
  const presetSource = sources.find((s) => s.preset !== undefined);
  const preset = presetSource?.preset ?? 'intermediate';
  const base = TLS_PRESETS[preset];
  const policy: TlsPolicy = { preset, changed: [], ...base };
  const origin: Partial<Record<keyof TlsSettings, TlsPolicySource>> = {};
  for (const field of Object.keys(base) as Array<keyof TlsSettings>) {
    const source = sources.find((s) => s.settings[field] !== undefined);
    if (!source) continue;
    (policy as unknown as Record<string, unknown>)[field] = source.settings[field];
    origin[field] = source;
    if (source.settings[field] !== base[field]) policy.changed.push(field);
  }
  const nameOf = (field: keyof TlsSettings) => origin[field]?.name(field) ?? `the ${preset} preset's ${field}`;

  if (VERSION_RANK[policy.minVersion] > VERSION_RANK[policy.maxVersion]) {
    throw new ConfigError(
      `${nameOf('minVersion')} (${policy.minVersion}) is above ${nameOf('maxVersion')} (${policy.maxVersion}): no TLS version would be left`,
    );
  }
  if (/(^|[:, ])TLS_/.test(policy.ciphers)) {
    throw new ConfigError(`${nameOf('ciphers')} is the TLS 1.2 cipher list; put TLS 1.3 suites (TLS_...) in ciphersuites`);
  }
  if (policy.minVersion === 'TLSv1.2' && !accepted({ ciphers: policy.ciphers })) {
    throw new ConfigError(`${nameOf('ciphers')}: OpenSSL knows none of these TLS 1.2 ciphers (${shortened(policy.ciphers)})`);
  }
  const suites = policy.ciphersuites.split(':').map((x) => x.trim()).filter(Boolean);
  const unknown = suites.find((x) => !KNOWN_TLS13_SUITES.includes(x));
  if (unknown !== undefined) {
    throw new ConfigError(`${nameOf('ciphersuites')}: ${JSON.stringify(unknown)} is not a TLS 1.3 cipher suite (known: ${KNOWN_TLS13_SUITES.join(', ')})`);
  }
  if (policy.maxVersion === 'TLSv1.3' && suites.length === 0) {
    throw new ConfigError(`${nameOf('ciphersuites')} is empty but TLS 1.3 is enabled; list at least one suite or set the maximum version to TLSv1.2`);
  }
  if (!accepted({ ecdhCurve: policy.ecdhCurve })) {
    throw new ConfigError(`${nameOf('ecdhCurve')}: OpenSSL does not accept the group list ${shortened(policy.ecdhCurve)} (use names like X25519:P-256:P-384)`);
  }
  if (policy.sigalgs !== null && !accepted({ sigalgs: policy.sigalgs })) {
    throw new ConfigError(
      `${nameOf('sigalgs')}: OpenSSL does not accept the signature algorithm list ${shortened(policy.sigalgs)} (use names like ecdsa_secp256r1_sha256:rsa_pss_rsae_sha256)`,
    );
  }
  policy.ciphersuites = suites.join(':');
  return policy;
}

function shortened(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
}

/** Node takes the TLS 1.3 suites in the same `ciphers` string as the TLS 1.2 list (it tells them apart by the TLS_ prefix). */
export function nodeCipherString(policy: TlsSettings): string {
  return [policy.ciphersuites, policy.ciphers].filter(Boolean).join(':');
}

/** The versions a policy accepts, in words that read in any language: "TLS 1.2 – TLS 1.3" or "TLS 1.3". */
export function versionRange(policy: Pick<TlsSettings, 'minVersion' | 'maxVersion'>): string {
  const words = (v: TlsVersion) => (v === 'TLSv1.3' ? 'TLS 1.3' : 'TLS 1.2');
  return policy.minVersion === policy.maxVersion ? words(policy.minVersion) : `${words(policy.minVersion)} – ${words(policy.maxVersion)}`;
}

/** Options of the main HTTPS listener: the policy of the real service. */
export function mainTlsOptions(policy: TlsSettings, material: CertificateMaterial): TlsOptions {
  const options: SecureContextOptions = {
    cert: material.cert,
    key: material.key,
    minVersion: policy.minVersion,
    maxVersion: policy.maxVersion,
    ciphers: nodeCipherString(policy),
    ecdhCurve: policy.ecdhCurve,
    ...(policy.sigalgs !== null ? { sigalgs: policy.sigalgs } : {}),
  };
  // Fail now, at start (or at a certificate reload), with a clear message, rather than at the first handshake.
  tls.createSecureContext(options);
  return { ...options, honorCipherOrder: policy.honorCipherOrder };
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
