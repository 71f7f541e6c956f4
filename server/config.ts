/**
 * Configuration from environment variables, validated once at start. parseConfig is pure: it takes the
 * environment as a plain object and either returns a complete Config or throws a ConfigError whose message is
 * one line naming the variable, what it must be, and what it got.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TlsVersion = 'TLSv1.2' | 'TLSv1.3';
/** Named TLS policies for the main listener (server/tls/policy.ts); `custom` starts from intermediate. */
export const TLS_PRESET_NAMES = ['modern', 'intermediate', 'custom'] as const;
export type TlsPresetName = (typeof TLS_PRESET_NAMES)[number];
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type DevKeyType = 'ecdsa' | 'rsa';

export interface Config {
  host: string;
  httpPort: number;
  httpsPort: number;
  /** Port that browsers use to reach the HTTPS listener (differs from httpsPort behind a port mapping). */
  publicHttpsPort: number | null;
  /** Extra hostname the built-in development certificate must cover. */
  publicHostname: string | null;
  tlsMinVersion: TlsVersion;
  tlsCertFile: string | null;
  tlsKeyFile: string | null;
  certsDir: string;
  devKeyType: DevKeyType;
  logLevel: LogLevel;
  /** How long the test page waits for a probe before it gives an "unknown" verdict. */
  probeTimeoutMs: number;
  /** Probe policies reachable by hostname (SNI) on the main HTTPS port: `<prefix><policy>.<host>`. */
  probeHosts: boolean;
  probeHostPrefix: string;
  /** Probe policies on ports of their own (empty: none). */
  probePorts: Partial<Record<ProbePolicyName, number>>;
  /** The site configuration file (TLSTEST_CONFIG): branding, schedule, TLS policy. Null: neutral defaults. */
  siteConfigFile: string | null;
  /** TLS policy settings from the environment; they win over the site file's. Null where not set. */
  tlsPolicyEnv: { preset: TlsPresetName | null; minVersion: TlsVersion | null; maxVersion: TlsVersion | null };
  /** Port of the admin listener (metrics, status); null when ADMIN_PORT=off. */
  adminPort: number | null;
  adminHost: string;
  /** Worker processes; 1 runs everything in one process without cluster. */
  workers: number;
  /** How often the certificate and key files are checked for a change (renewal); 0: only on SIGHUP. */
  certWatchIntervalMs: number;
  /** Whether the test page reports its verdict to /api/v1/beacon (counted in the metrics). */
  beacon: boolean;
  /** Limits and timeouts against slow, idle, oversized and too many clients (every listener). */
  limits: Limits;
}

/**
 * Limits of every listener. Timeouts in milliseconds, sizes in bytes. The defaults suit a public test page: every
 * request it serves is small, so anything large or slow is a client misbehaving.
 */
export interface Limits {
  /** The ClientHello must arrive, and the TLS handshake complete, within this time (each). */
  handshakeTimeoutMs: number;
  /** The request line and headers must arrive within this time of the connection or previous response (408). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this time (408). At least headersTimeoutMs. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time between requests. */
  keepAliveTimeoutMs: number;
  /** A connection on which nothing is sent or received for this long is closed (slow readers, stuck peers). */
  idleTimeoutMs: number;
  /** Request line plus headers; more is a 431 (a request line alone over it is a 414). */
  maxHeaderBytes: number;
  /** Request target (path and query); more is a 414. At most maxHeaderBytes. */
  maxUrlBytes: number;
  /** Request body; more is a 413. */
  bodyLimitBytes: number;
  /** Open connections per listening port; connections beyond it are dropped at once. */
  maxConnections: number;
  /** Requests served on one keep-alive connection before the server closes it. */
  maxRequestsPerSocket: number;
}

/** The limits when no variable says otherwise; see Limits and the README's configuration table. */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  handshakeTimeoutMs: 10_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxHeaderBytes: 16_384,
  maxUrlBytes: 8_192,
  bodyLimitBytes: 65_536,
  maxConnections: 1_000,
  maxRequestsPerSocket: 1_000,
};

export const PROBE_POLICY_NAMES = ['tls10', 'tls11', 'tls12', 'tls13', 'legacy'] as const;
export type ProbePolicyName = (typeof PROBE_POLICY_NAMES)[number];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The folder holding package.json (the same whether running from server/ via tsx/vitest or from dist/server/). */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

type Env = Record<string, string | undefined>;

const TLS_VERSIONS: readonly TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const DEV_KEY_TYPES: readonly DevKeyType[] = ['ecdsa', 'rsa'];

function shown(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 60)}...` : value;
  return JSON.stringify(short);
}

function get(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed;
}

function port(env: Env, name: string, fallback: number | null, allowZero = false): number | null {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  const min = allowZero ? 0 : 1;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < min || Number(raw) > 65535) {
    throw new ConfigError(`${name} must be a port number from ${min} to 65535 (got ${shown(raw)})`);
  }
  return Number(raw);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got ${shown(raw)})`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got ${shown(raw)})`);
  return match;
}

const HOSTNAME_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** A DNS hostname (letters, digits, hyphens, dots); no scheme, port or path. */
export function isHostname(value: string): boolean {
  return HOSTNAME_RE.test(value);
}

function listenHost(env: Env, name = 'HOST', fallback = '::'): string {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(raw);
  if (ipv4 && ipv4.slice(1).every((o) => Number(o) <= 255)) return raw;
  if (/^[0-9a-f:]+$/i.test(raw) && raw.includes(':')) return raw;
  if (isHostname(raw)) return raw;
  throw new ConfigError(`${name} must be an IP address or hostname to listen on, e.g. 0.0.0.0 or :: (got ${shown(raw)})`);
}

function probePorts(env: Env): Partial<Record<ProbePolicyName, number>> {
  const raw = get(env, 'PROBE_PORTS');
  if (raw === undefined || raw.toLowerCase() === 'off') return {};
  const out: Partial<Record<ProbePolicyName, number>> = {};
  for (const part of raw.split(',')) {
    const m = /^\s*([a-z0-9]+)\s*=\s*(\d{1,5})\s*$/.exec(part);
    const name = m?.[1] as ProbePolicyName | undefined;
    if (!m || !name || !PROBE_POLICY_NAMES.includes(name) || Number(m[2]) > 65535 || name in out) {
      throw new ConfigError(
        `PROBE_PORTS must be a list like tls10=8444,tls11=8445,tls12=8446,tls13=8447,legacy=8448 (policies ${PROBE_POLICY_NAMES.join(', ')}; got ${shown(raw)})`,
      );
    }
    out[name] = Number(m[2]);
  }
  return out;
}

function hostPrefix(env: Env): string {
  const raw = get(env, 'PROBE_HOST_PREFIX');
  if (raw === undefined) return '';
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/i.test(raw)) {
    throw new ConfigError(`PROBE_HOST_PREFIX must be letters, digits and hyphens, e.g. tlstest- (got ${shown(raw)})`);
  }
  return raw.toLowerCase();
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = get(env, name);
  if (raw === undefined) return fallback;
  if (/^(on|true|yes|1)$/i.test(raw)) return true;
  if (/^(off|false|no|0)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be on or off (got ${shown(raw)})`);
}

function limits(env: Env): Limits {
  const d = DEFAULT_LIMITS;
  const out: Limits = {
    handshakeTimeoutMs: integer(env, 'HANDSHAKE_TIMEOUT_MS', d.handshakeTimeoutMs, 100, 120_000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', d.headersTimeoutMs, 100, 300_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 100, 600_000),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs, 100, 600_000),
    idleTimeoutMs: integer(env, 'IDLE_TIMEOUT_MS', d.idleTimeoutMs, 100, 3_600_000),
    maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', d.maxHeaderBytes, 1_024, 1_048_576),
    maxUrlBytes: integer(env, 'MAX_URL_BYTES', d.maxUrlBytes, 256, 1_048_576),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', d.bodyLimitBytes, 1, 104_857_600),
    maxConnections: integer(env, 'MAX_CONNECTIONS', d.maxConnections, 1, 1_000_000),
    maxRequestsPerSocket: integer(env, 'MAX_REQUESTS_PER_SOCKET', d.maxRequestsPerSocket, 1, 1_000_000),
  };
  if (out.headersTimeoutMs > out.requestTimeoutMs) {
    throw new ConfigError(
      `HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS (got ${out.headersTimeoutMs} and ${out.requestTimeoutMs})`,
    );
  }
  if (out.maxUrlBytes > out.maxHeaderBytes) {
    throw new ConfigError(
      `MAX_URL_BYTES must not exceed MAX_HEADER_BYTES, which counts the request line too (got ${out.maxUrlBytes} and ${out.maxHeaderBytes})`,
    );
  }
  return out;
}

function adminPort(env: Env): number | null {
  const raw = get(env, 'ADMIN_PORT');
  if (raw !== undefined && /^(off|none|no|false)$/i.test(raw)) return null;
  return port(env, 'ADMIN_PORT', 9090, true);
}

function optionalOneOf<T extends string>(env: Env, name: string, allowed: readonly T[]): T | null {
  return get(env, name) === undefined ? null : oneOf(env, name, allowed, allowed[0] as T);
}

/**
 * The configuration from `env`. `cpus` is the default worker count (the machine's usable cores); it is a
 * parameter so that the function stays pure.
 */
export function parseConfig(env: Env, projectRoot: string = PROJECT_ROOT, cpus: number = os.availableParallelism()): Config {
  const httpPort = port(env, 'HTTP_PORT', 8080, true) as number;
  const httpsPort = port(env, 'HTTPS_PORT', 8443, true) as number;
  const admin = adminPort(env);
  const publicHostnameRaw = get(env, 'PUBLIC_HOSTNAME');
  if (publicHostnameRaw !== undefined && !isHostname(publicHostnameRaw)) {
    throw new ConfigError(`PUBLIC_HOSTNAME must be a DNS name such as tlstest.example.com (got ${shown(publicHostnameRaw)})`);
  }
  const ports = [httpPort, httpsPort, ...Object.values(probePorts(env)), admin ?? 0].filter((p) => p !== 0);
  const clash = ports.find((p, i) => ports.indexOf(p) !== i);
  if (clash !== undefined) throw new ConfigError(`port ${clash} is configured twice (HTTP_PORT, HTTPS_PORT, PROBE_PORTS and ADMIN_PORT must all differ)`);
  const siteConfigFile = get(env, 'TLSTEST_CONFIG');
  const tlsCertFile = get(env, 'TLS_CERT_FILE') ?? null;
  const tlsKeyFile = get(env, 'TLS_KEY_FILE') ?? null;
  if ((tlsCertFile === null) !== (tlsKeyFile === null)) {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together (or neither, for the built-in development certificate)');
  }
  return {
    host: listenHost(env),
    httpPort,
    httpsPort,
    publicHttpsPort: port(env, 'PUBLIC_HTTPS_PORT', null),
    publicHostname: publicHostnameRaw?.toLowerCase() ?? null,
    tlsMinVersion: oneOf(env, 'TLS_MIN_VERSION', TLS_VERSIONS, 'TLSv1.2'),
    tlsCertFile: tlsCertFile && path.resolve(projectRoot, tlsCertFile),
    tlsKeyFile: tlsKeyFile && path.resolve(projectRoot, tlsKeyFile),
    certsDir: path.resolve(projectRoot, get(env, 'CERTS_DIR') ?? 'certs'),
    devKeyType: oneOf(env, 'DEV_CERT_KEY_TYPE', DEV_KEY_TYPES, 'ecdsa'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    probeTimeoutMs: integer(env, 'PROBE_TIMEOUT_MS', 10_000, 500, 120_000),
    probeHosts: onOff(env, 'PROBE_HOSTS', true),
    probeHostPrefix: hostPrefix(env),
    probePorts: probePorts(env),
    siteConfigFile: siteConfigFile === undefined ? null : path.resolve(projectRoot, siteConfigFile),
    tlsPolicyEnv: {
      preset: optionalOneOf(env, 'TLS_POLICY', TLS_PRESET_NAMES),
      minVersion: optionalOneOf(env, 'TLS_MIN_VERSION', TLS_VERSIONS),
      maxVersion: optionalOneOf(env, 'TLS_MAX_VERSION', TLS_VERSIONS),
    },
    adminPort: admin,
    adminHost: listenHost(env, 'ADMIN_HOST', '127.0.0.1'),
    workers: integer(env, 'WORKERS', Math.max(1, Math.min(cpus, 64)), 1, 64),
    certWatchIntervalMs: integer(env, 'CERT_WATCH_INTERVAL_MS', 5000, 0, 3_600_000),
    beacon: onOff(env, 'BEACON', true),
    limits: limits(env),
  };
}
