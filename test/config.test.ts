import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, parseConfig } from '../server/config.js';

const ROOT = '/srv/tlstest';

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env, ROOT, 4);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('has safe defaults', () => {
    const c = parseConfig({}, ROOT, 4);
    expect(c).toMatchObject({
      siteConfigFile: null,
      tlsPolicyEnv: { preset: null, minVersion: null, maxVersion: null },
      adminPort: 9090,
      adminHost: '127.0.0.1',
      workers: 4,
      certWatchIntervalMs: 5000,
      beacon: true,
      host: '::',
      httpPort: 8080,
      httpsPort: 8443,
      publicHttpsPort: null,
      publicHostname: null,
      tlsMinVersion: 'TLSv1.2',
      tlsCertFile: null,
      tlsKeyFile: null,
      logLevel: 'info',
      devKeyType: 'ecdsa',
      probeTimeoutMs: 10000,
      probeHosts: true,
      probeHostPrefix: '',
      probePorts: {},
    });
    expect(c.certsDir).toBe(path.join(ROOT, 'certs'));
    expect(c.limits).toEqual(DEFAULT_LIMITS);
  });

  it('has sensible default limits: every timeout and size bounded, slow clients cut off within seconds', () => {
    const l = parseConfig({}, ROOT).limits;
    expect(l).toEqual({
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
    });
  });

  it('reads every limit', () => {
    const l = parseConfig(
      {
        HANDSHAKE_TIMEOUT_MS: '2000',
        HEADERS_TIMEOUT_MS: '3000',
        REQUEST_TIMEOUT_MS: '4000',
        KEEP_ALIVE_TIMEOUT_MS: '1500',
        IDLE_TIMEOUT_MS: '6000',
        MAX_HEADER_BYTES: '32768',
        MAX_URL_BYTES: '4096',
        BODY_LIMIT_BYTES: '1024',
        MAX_CONNECTIONS: '50',
        MAX_REQUESTS_PER_SOCKET: '10',
      },
      ROOT,
    ).limits;
    expect(l).toEqual({
      handshakeTimeoutMs: 2000,
      headersTimeoutMs: 3000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1500,
      idleTimeoutMs: 6000,
      maxHeaderBytes: 32768,
      maxUrlBytes: 4096,
      bodyLimitBytes: 1024,
      maxConnections: 50,
      maxRequestsPerSocket: 10,
    });
  });

  it('reads every variable', () => {
    const c = parseConfig(
      {
        HOST: '127.0.0.1',
        HTTP_PORT: '80',
        HTTPS_PORT: '443',
        PUBLIC_HTTPS_PORT: '8443',
        PUBLIC_HOSTNAME: 'TLSTest.Example.com',
        TLS_MIN_VERSION: 'tlsv1.3',
        TLS_CERT_FILE: 'certs/real.pem',
        TLS_KEY_FILE: '/etc/keys/real.key',
        LOG_LEVEL: 'warn',
        PROBE_TIMEOUT_MS: '3000',
        DEV_CERT_KEY_TYPE: 'RSA',
        PROBE_HOSTS: 'off',
        PROBE_HOST_PREFIX: 'TLSTest-',
        PROBE_PORTS: 'tls10=9441, legacy=9445',
        TLSTEST_CONFIG: 'site.yaml',
        TLS_POLICY: 'Custom',
        TLS_MAX_VERSION: 'TLSv1.3',
        ADMIN_PORT: '9100',
        ADMIN_HOST: '0.0.0.0',
        WORKERS: '3',
        CERT_WATCH_INTERVAL_MS: '1000',
        BEACON: 'off',
      },
      ROOT,
    );
    expect(c).toMatchObject({
      host: '127.0.0.1',
      httpPort: 80,
      httpsPort: 443,
      publicHttpsPort: 8443,
      publicHostname: 'tlstest.example.com',
      tlsMinVersion: 'TLSv1.3',
      tlsCertFile: path.join(ROOT, 'certs/real.pem'),
      tlsKeyFile: '/etc/keys/real.key',
      logLevel: 'warn',
      probeTimeoutMs: 3000,
      devKeyType: 'rsa',
      probeHosts: false,
      probeHostPrefix: 'tlstest-',
      probePorts: { tls10: 9441, legacy: 9445 },
      siteConfigFile: path.join(ROOT, 'site.yaml'),
      tlsPolicyEnv: { preset: 'custom', minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' },
      adminPort: 9100,
      adminHost: '0.0.0.0',
      workers: 3,
      certWatchIntervalMs: 1000,
      beacon: false,
    });
  });

  it('WORKERS defaults to the cores (at least 1, at most 64); ADMIN_PORT=off turns the admin listener off', () => {
    expect(parseConfig({}, ROOT, 1).workers).toBe(1);
    expect(parseConfig({}, ROOT, 256).workers).toBe(64);
    expect(parseConfig({ ADMIN_PORT: 'off' }, ROOT, 2).adminPort).toBeNull();
    expect(parseConfig({ ADMIN_PORT: '0' }, ROOT, 2).adminPort).toBe(0);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ HTTP_PORT: '', TLS_MIN_VERSION: '  ' }, ROOT, 2)).toMatchObject({ httpPort: 8080, tlsMinVersion: 'TLSv1.2' });
  });

  it('accepts IPv6 listen addresses', () => {
    expect(parseConfig({ HOST: '::1' }, ROOT, 2).host).toBe('::1');
  });

  it.each([
    [{ HTTP_PORT: 'abc' }, /^HTTP_PORT must be a port number from 0 to 65535 \(got "abc"\)$/],
    [{ HTTPS_PORT: '70000' }, /^HTTPS_PORT must be a port number/],
    [{ HTTPS_PORT: '-1' }, /^HTTPS_PORT must be a port number/],
    [{ HTTP_PORT: '8.5' }, /^HTTP_PORT must be a port number/],
    [{ PUBLIC_HTTPS_PORT: '0' }, /^PUBLIC_HTTPS_PORT must be a port number from 1 to 65535/],
    [{ HTTP_PORT: '9000', HTTPS_PORT: '9000' }, /^port 9000 is configured twice/],
    [{ PROBE_PORTS: 'tls10=8443' }, /^port 8443 is configured twice/],
    [{ PROBE_PORTS: 'tls9=9000' }, /^PROBE_PORTS must be a list like tls10=8444/],
    [{ PROBE_PORTS: 'tls10=9000,tls10=9001' }, /^PROBE_PORTS must be a list/],
    [{ PROBE_PORTS: 'tls10:9000' }, /^PROBE_PORTS must be a list/],
    [{ PROBE_HOSTS: 'maybe' }, /^PROBE_HOSTS must be on or off/],
    [{ PROBE_HOST_PREFIX: 'a.b' }, /^PROBE_HOST_PREFIX must be letters, digits and hyphens/],
    [{ TLS_MIN_VERSION: 'TLSv1.0' }, /^TLS_MIN_VERSION must be one of TLSv1\.2, TLSv1\.3 \(got "TLSv1\.0"\)$/],
    [{ TLS_MIN_VERSION: 'TLSv1' }, /^TLS_MIN_VERSION must be one of/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ TLS_CERT_FILE: 'a.pem' }, /^TLS_CERT_FILE and TLS_KEY_FILE must be set together/],
    [{ TLS_KEY_FILE: 'a.key' }, /^TLS_CERT_FILE and TLS_KEY_FILE must be set together/],
    [{ PUBLIC_HOSTNAME: 'https://example.com/' }, /^PUBLIC_HOSTNAME must be a DNS name/],
    [{ PUBLIC_HOSTNAME: 'bad_name.example' }, /^PUBLIC_HOSTNAME must be a DNS name/],
    [{ HOST: 'not a host' }, /^HOST must be an IP address or hostname/],
    [{ PROBE_TIMEOUT_MS: '10' }, /^PROBE_TIMEOUT_MS must be a whole number from 500 to 120000/],
    [{ DEV_CERT_KEY_TYPE: 'dsa' }, /^DEV_CERT_KEY_TYPE must be one of ecdsa, rsa/],
    [{ TLS_POLICY: 'old' }, /^TLS_POLICY must be one of modern, intermediate, custom \(got "old"\)$/],
    [{ TLS_MAX_VERSION: 'TLSv1.1' }, /^TLS_MAX_VERSION must be one of TLSv1\.2, TLSv1\.3/],
    [{ ADMIN_PORT: 'x' }, /^ADMIN_PORT must be a port number/],
    [{ ADMIN_PORT: '8080' }, /^port 8080 is configured twice/],
    [{ ADMIN_HOST: 'a b' }, /^ADMIN_HOST must be an IP address or hostname/],
    [{ WORKERS: '0' }, /^WORKERS must be a whole number from 1 to 64/],
    [{ WORKERS: 'all' }, /^WORKERS must be a whole number from 1 to 64/],
    [{ CERT_WATCH_INTERVAL_MS: '-5' }, /^CERT_WATCH_INTERVAL_MS must be a whole number/],
    [{ BEACON: 'sometimes' }, /^BEACON must be on or off/],
    [{ HANDSHAKE_TIMEOUT_MS: '0' }, /^HANDSHAKE_TIMEOUT_MS must be a whole number from 100 to 120000 \(got "0"\)$/],
    [{ HANDSHAKE_TIMEOUT_MS: '10s' }, /^HANDSHAKE_TIMEOUT_MS must be a whole number/],
    [{ HEADERS_TIMEOUT_MS: '-5' }, /^HEADERS_TIMEOUT_MS must be a whole number from 100 to 300000/],
    [{ REQUEST_TIMEOUT_MS: '1e9' }, /^REQUEST_TIMEOUT_MS must be a whole number from 100 to 600000/],
    [{ KEEP_ALIVE_TIMEOUT_MS: '99' }, /^KEEP_ALIVE_TIMEOUT_MS must be a whole number from 100 to 600000/],
    [{ IDLE_TIMEOUT_MS: 'never' }, /^IDLE_TIMEOUT_MS must be a whole number from 100 to 3600000/],
    [{ MAX_HEADER_BYTES: '512' }, /^MAX_HEADER_BYTES must be a whole number from 1024 to 1048576/],
    [{ MAX_URL_BYTES: '100' }, /^MAX_URL_BYTES must be a whole number from 256 to 1048576/],
    [{ BODY_LIMIT_BYTES: '0' }, /^BODY_LIMIT_BYTES must be a whole number from 1 to 104857600/],
    [{ BODY_LIMIT_BYTES: '64k' }, /^BODY_LIMIT_BYTES must be a whole number/],
    [{ MAX_CONNECTIONS: '0' }, /^MAX_CONNECTIONS must be a whole number from 1 to 1000000/],
    [{ MAX_REQUESTS_PER_SOCKET: '1.5' }, /^MAX_REQUESTS_PER_SOCKET must be a whole number from 1 to 1000000/],
    [{ HEADERS_TIMEOUT_MS: '60000' }, /^HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS \(got 60000 and 30000\)$/],
    [{ MAX_URL_BYTES: '20000' }, /^MAX_URL_BYTES must not exceed MAX_HEADER_BYTES, which counts the request line too \(got 20000 and 16384\)$/],
  ])('rejects %o with a one-line message', (env, re) => {
    const message = errorOf(env as Record<string, string>);
    expect(message).toMatch(re);
    expect(message).not.toContain('\n');
  });

  it('shortens very long bad values in the message', () => {
    const message = errorOf({ HTTP_PORT: 'x'.repeat(5000) });
    expect(message.length).toBeLessThan(200);
  });
});
