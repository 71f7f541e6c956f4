/**
 * Property tests (fast-check) on the parsers that take outside input: the User-Agent classifier never throws and
 * always returns well-typed facts; the configuration parser either returns a Config or throws a one-line
 * ConfigError; both in bounded time for any input up to 64 KB, including inputs built to make regular expressions
 * backtrack. (The ClientHello parser's properties are in test/tls/clienthello.property.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceForUserAgent, classify } from '../../server/advice/index.js';
import type { ClientInfo } from '../../server/advice/types.js';
import { ConfigError, parseConfig, type Config } from '../../server/config.js';

const MAX_INPUT = 64 * 1024;
/** Per call; generous for a shared machine, far below what a backtracking expression takes on 64 KB. */
const BOUND_MS = 100;

/** Strings made of a repeated fragment between a prefix and a suffix: the shape that makes regexes backtrack. */
function adversarial(prefixes: string[], fragments: string[], suffixes: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      prefix: fc.constantFrom(...prefixes),
      fragment: fc.constantFrom(...fragments),
      suffix: fc.constantFrom(...suffixes),
      length: fc.integer({ min: 1, max: MAX_INPUT }),
    })
    .map(({ prefix, fragment, suffix, length }) => {
      const body = fragment.repeat(Math.ceil(length / fragment.length)).slice(0, Math.max(0, length - prefix.length - suffix.length));
      return (prefix + body + suffix).slice(0, MAX_INPUT);
    });
}

/**
 * Run f and time it. A run over the bound is repeated (twice at most) and the fastest counts: a garbage collection
 * or another test file on the shared cores can stall one run, while a backtracking expression is slow every time.
 */
function timed<T>(f: () => T): { value: T; ms: number } {
  let best = Infinity;
  let value: T;
  let tries = 0;
  do {
    const t0 = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t0);
  } while (best >= BOUND_MS && ++tries < 3);
  return { value, ms: best };
}

// ---------------------------------------------------------------------------------------------------------------

const UA_PREFIXES = [
  '',
  'Mozilla/5.0 (',
  'Mozilla/5.0 (Linux; Android 10; Redmi',
  'Mozilla/5.0 (Linux; Android 4.0; BNR',
  'Mozilla/5.0 (X11; Linux x86_64)',
  'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 6_1 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko)',
  'Opera/9.80 (Windows NT 6.1; U; en) Presto/2.10.289 Version/',
  'Java/1.',
  'curl/',
];
const UA_FRAGMENTS = [' ', '  x', ';', '; ', '(', ')', '/', '/1', '.1', '_1', 'a', 'Build/', 'rv:', 'Version/', ' AppleWebKit/', '\t', '-', 'x;'];
const UA_SUFFIXES = ['', 'x)', ')', ' Safari/537.36', ' Build/KTU84P)', '!'];

function expectClientInfo(c: ClientInfo): void {
  expect(['browser', 'in-app-browser', 'proxy-browser', 'api-client', 'bot', 'unknown']).toContain(c.kind);
  for (const key of ['browser', 'browser_version', 'engine', 'os', 'os_version', 'device_type'] as const) {
    expect(c[key] === null || typeof c[key] === 'string', key).toBe(true);
  }
  expect(c.browser_major === null || Number.isFinite(c.browser_major)).toBe(true);
}

describe('User-Agent classifier properties', () => {
  const check = (ua: string) => {
    const { value, ms } = timed(() => ({ client: classify(ua), advice: adviceForUserAgent(ua) }));
    expectClientInfo(value.client);
    expectClientInfo(value.advice.client);
    expect(typeof value.advice.advice.heading).toBe('string');
    expect(Array.isArray(value.advice.advice.steps)).toBe(true);
    expect(ms, `${ua.length} chars: ${ms.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
  };

  it('never throws and returns well-typed facts for any string (all of Unicode, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2_000, unit: 'binary' }), check), { numRuns: 500 });
  });

  it('for printable ASCII built from User-Agent pieces', () => {
    const piece = fc.constantFrom(...UA_PREFIXES, ...UA_FRAGMENTS, ...UA_SUFFIXES, 'Chrome/120.0.0.0', 'Windows NT 6.1', 'MSIE 6.0', 'Android 2.3');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }).map((a) => a.join('')), check), { numRuns: 500 });
  });

  it('in bounded time for inputs up to 64 KB built to backtrack', () => {
    fc.assert(fc.property(adversarial(UA_PREFIXES, UA_FRAGMENTS, UA_SUFFIXES), check), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const VARIABLES = [
  'HOST',
  'HTTP_PORT',
  'HTTPS_PORT',
  'PUBLIC_HTTPS_PORT',
  'PUBLIC_HOSTNAME',
  'TLS_MIN_VERSION',
  'TLS_CERT_FILE',
  'TLS_KEY_FILE',
  'CERTS_DIR',
  'DEV_CERT_KEY_TYPE',
  'LOG_LEVEL',
  'PROBE_TIMEOUT_MS',
  'PROBE_HOSTS',
  'PROBE_HOST_PREFIX',
  'PROBE_PORTS',
  'HANDSHAKE_TIMEOUT_MS',
  'HEADERS_TIMEOUT_MS',
  'REQUEST_TIMEOUT_MS',
  'KEEP_ALIVE_TIMEOUT_MS',
  'IDLE_TIMEOUT_MS',
  'MAX_HEADER_BYTES',
  'MAX_URL_BYTES',
  'BODY_LIMIT_BYTES',
  'MAX_CONNECTIONS',
  'MAX_REQUESTS_PER_SOCKET',
];

/** Values near what each variable accepts, so that many environments parse and the checks run deep. */
const PLAUSIBLE = fc.oneof(
  fc.constantFrom('0', '1', '80', '443', '8080', '65535', '65536', '-1', '1e3', '0x10', ' 8443 ', '', ' ', 'on', 'off', 'yes', 'TLSv1.2', 'tlsv1.3', 'TLSv1.1'),
  fc.constantFrom('info', 'debug', 'rsa', 'ecdsa', '::', '::1', '127.0.0.1', '256.1.1.1', 'example.com', 'a..b', 'tlstest-', 'x'.repeat(300)),
  fc.constantFrom('tls10=9000', 'tls10=9000,legacy=9001', 'tls10=9000,tls10=9001', 'tls9=1', 'tls10=70000', ',', 'tls10=,', 'OFF'),
  fc.integer({ min: -10, max: 2_000_000 }).map(String),
  fc.string({ maxLength: 40 }),
);

function expectConfig(c: Config): void {
  for (const p of [c.httpPort, c.httpsPort]) expect(Number.isInteger(p) && p >= 0 && p <= 65535).toBe(true);
  for (const v of Object.values(c.limits)) expect(Number.isInteger(v) && v > 0).toBe(true);
  expect(c.limits.headersTimeoutMs).toBeLessThanOrEqual(c.limits.requestTimeoutMs);
  expect(c.limits.maxUrlBytes).toBeLessThanOrEqual(c.limits.maxHeaderBytes);
  expect(['TLSv1.2', 'TLSv1.3']).toContain(c.tlsMinVersion);
}

describe('configuration parser properties', () => {
  const check = (env: Record<string, string>) => {
    const { value, ms } = timed((): { config: Config } | { err: unknown } => {
      try {
        return { config: parseConfig(env, '/srv/tlstest') };
      } catch (err) {
        return { err };
      }
    });
    if ('config' in value) expectConfig(value.config);
    else {
      expect(value.err).toBeInstanceOf(ConfigError);
      const message = (value.err as Error).message;
      expect(message).not.toMatch(/[\r\n]/);
      expect(message.length).toBeLessThan(400);
    }
    expect(ms).toBeLessThan(BOUND_MS);
  };

  it('returns a valid Config or throws a one-line ConfigError, for plausible and random values', () => {
    const env = fc.dictionary(fc.constantFrom(...VARIABLES), PLAUSIBLE, { maxKeys: 12 });
    fc.assert(fc.property(env, check), { numRuns: 2_000 });
  });

  it('ignores unknown variables and takes any string, Unicode and control characters included', () => {
    const env = fc.dictionary(fc.oneof(fc.constantFrom(...VARIABLES), fc.string({ maxLength: 20 })), fc.string({ maxLength: 300, unit: 'binary' }), {
      maxKeys: 10,
    });
    fc.assert(fc.property(env, check), { numRuns: 1_000 });
  });

  it('in bounded time for values up to 64 KB built to backtrack, in every variable', () => {
    const value = adversarial(
      ['', 'a', '1', 'tls10=', '[', 'TLSv', ' '],
      ['a', 'a.', 'a-', '-', '.', '0', '1', ':', 'a:', 'tls10=1,', ',', ' ', '=', '9'],
      ['', '!', '.', '-', ':', '_', ' x', ',tls9=1'],
    );
    fc.assert(
      fc.property(fc.constantFrom(...VARIABLES), value, (name, v) => check({ [name]: v })),
      { numRuns: 300 },
    );
  });
});
