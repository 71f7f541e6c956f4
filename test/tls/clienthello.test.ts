import { describe, expect, it } from 'vitest';
import {
  ClientHelloError,
  type ClientHelloFacts,
  MAX_CLIENT_HELLO_BYTES,
  clientHelloLength,
  looksLikeHttp,
  parseClientHello,
} from '../../server/tls/clienthello.js';
import {
  FIXTURE_NAMES,
  MANIFEST,
  alpnExtension,
  extension,
  fixture,
  groupsExtension,
  handshake,
  hello,
  helloBody,
  keyShareExtension,
  record,
  refragment,
  sigalgsExtension,
  sniExtension,
  supportedVersionsExtension,
  u16s,
  vec16,
} from './helpers.js';

function errorOf(fn: () => unknown): ClientHelloError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ClientHelloError);
    return err as ClientHelloError;
  }
  throw new Error('expected a ClientHelloError, nothing was thrown');
}

function codeOf(data: Buffer): string {
  return errorOf(() => parseClientHello(data)).code;
}

const suiteNames = (f: ClientHelloFacts) => f.cipher_suites.map((c) => c.name);

describe('parseClientHello on real captured hellos', () => {
  it('has the expected set of fixtures, each listed in the manifest with its size', () => {
    expect(FIXTURE_NAMES).toEqual([
      'chromium',
      'curl-default',
      'curl-tls1',
      'firefox-esr',
      'java17-default',
      'node-default',
      'node-tls1',
      'openssl-tls1',
      'openssl-tls1_2',
      'openssl-tls1_3',
      'python3-default',
    ]);
    for (const name of FIXTURE_NAMES) {
      const data = fixture(name);
      expect(data.length, name).toBe(MANIFEST[name]!.bytes);
      const facts = parseClientHello(data);
      expect(facts.bytes, name).toBe(data.length);
      // Modern clients offer nothing the registry cannot name.
      for (const s of facts.cipher_suites) expect(s.name, `${name} ${s.id}`).not.toMatch(/^0x/);
      for (const g of facts.supported_groups) expect(g, name).not.toMatch(/^0x/);
    }
  });

  it('openssl s_client -tls1: TLS 1.0 only, no supported_versions, CBC suites, no TLS 1.3 suites', () => {
    const f = parseClientHello(fixture('openssl-tls1'));
    expect(f.record_version).toBe('TLSv1');
    expect(f.legacy_version).toBe('TLSv1');
    expect(f.extensions).not.toContain(43);
    expect(f.supported_versions_source).toBe('legacy_version');
    expect(f.supported_versions).toEqual(['TLSv1']);
    expect(f.highest_version).toBe('TLSv1');
    expect(f.sni).toBe('localhost');
    expect(f.grease).toBe(false);
    expect(suiteNames(f)).toContain('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA');
    expect(suiteNames(f)).toContain('TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
    expect(suiteNames(f).filter((n) => /GCM|TLS_AES_/.test(n))).toEqual([]);
    // TLS 1.0 has no signature_algorithms extension
    expect(f.extensions).not.toContain(13);
    expect(f.signature_algorithms).toEqual([]);
  });

  it('openssl s_client -tls1_2: legacy_version TLS 1.2, versions derived down to TLS 1.0, sigalgs present', () => {
    const f = parseClientHello(fixture('openssl-tls1_2'));
    expect(f.legacy_version).toBe('TLSv1.2');
    expect(f.extensions).not.toContain(43);
    expect(f.supported_versions).toEqual(['TLSv1.2', 'TLSv1.1', 'TLSv1']);
    expect(f.highest_version).toBe('TLSv1.2');
    expect(f.signature_algorithms).toContain('rsa_pss_rsae_sha256');
    expect(f.signature_algorithms).toContain('ecdsa_secp256r1_sha256');
    expect(suiteNames(f)).toContain('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
    expect(f.cipher_suites.some((c) => c.id >> 8 === 0x13)).toBe(false);
  });

  it('openssl s_client -tls1_3: only TLS 1.3 in supported_versions and TLS 1.3 suites, an x25519 key share', () => {
    const f = parseClientHello(fixture('openssl-tls1_3'));
    expect(f.legacy_version).toBe('TLSv1.2'); // RFC 8446 legacy_version
    expect(f.supported_versions_source).toBe('extension');
    expect(f.supported_versions).toEqual(['TLSv1.3']);
    expect(f.highest_version).toBe('TLSv1.3');
    expect(suiteNames(f)).toEqual([
      'TLS_AES_256_GCM_SHA384',
      'TLS_CHACHA20_POLY1305_SHA256',
      'TLS_AES_128_GCM_SHA256',
      'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
    ]);
    expect(f.key_share_groups).toEqual(['x25519']);
  });

  it('node tls.connect defaults: TLS 1.3 and 1.2, SNI, no ALPN, session tickets', () => {
    const f = parseClientHello(fixture('node-default'));
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2']);
    expect(f.sni).toBe('localhost');
    expect(f.alpn).toEqual([]);
    expect(f.session_ticket).toBe(true);
    expect(suiteNames(f).slice(0, 3)).toEqual([
      'TLS_AES_256_GCM_SHA384',
      'TLS_CHACHA20_POLY1305_SHA256',
      'TLS_AES_128_GCM_SHA256',
    ]);
  });

  it('node tls.connect TLSv1 at SECLEVEL=0: a TLS 1.0 hello like openssl -tls1', () => {
    const f = parseClientHello(fixture('node-tls1'));
    expect(f.legacy_version).toBe('TLSv1');
    expect(f.supported_versions).toEqual(['TLSv1']);
    expect(f.extensions).not.toContain(43);
  });

  it('curl: ALPN h2 then http/1.1, TLS 1.3 down to TLS 1.0 listed in supported_versions', () => {
    const f = parseClientHello(fixture('curl-default'));
    expect(f.alpn).toEqual(['h2', 'http/1.1']);
    expect(f.sni).toBe('localhost');
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2', 'TLSv1.1', 'TLSv1']);
    const t = parseClientHello(fixture('curl-tls1'));
    expect(t.legacy_version).toBe('TLSv1');
    expect(t.supported_versions).toEqual(['TLSv1']);
    expect(t.alpn).toEqual(['h2', 'http/1.1']);
  });

  it('python3 ssl default context: TLS 1.3 and 1.2, SNI', () => {
    const f = parseClientHello(fixture('python3-default'));
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2']);
    expect(f.sni).toBe('localhost');
    expect(f.extensions).toContain(21); // padding to 512 bytes
  });

  it('Java 17: TLS 1.3 and 1.2, and no SNI for a dotless host name (JDK behaviour)', () => {
    const f = parseClientHello(fixture('java17-default'));
    expect(f.record_version).toBe('TLSv1.2');
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2']);
    expect(f.sni).toBeNull();
    expect(f.extensions).not.toContain(0);
    expect(f.signature_algorithms).toContain('dsa_sha1');
  });

  it('Chromium: GREASE (marked in suites, removed elsewhere), TLS 1.3, x25519, ALPN h2, SNI', () => {
    const f = parseClientHello(fixture('chromium'));
    expect(f.grease).toBe(true);
    expect(f.cipher_suites[0]!.grease).toBe(true);
    expect(f.cipher_suites[0]!.name).toMatch(/^GREASE_0x([0-9A-F])A\1A$/);
    expect(f.cipher_suites.filter((c) => c.grease)).toHaveLength(1);
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2']);
    expect(f.highest_version).toBe('TLSv1.3');
    expect(f.supported_groups).toContain('x25519');
    expect(f.key_share_groups).toContain('x25519');
    expect(f.supported_groups.some((g) => g.startsWith('GREASE') || /^0x.A.A$/.test(g))).toBe(false);
    expect(f.extensions.some((e) => (e & 0x0f0f) === 0x0a0a && e >> 8 === (e & 0xff))).toBe(false);
    expect(f.sni).toBe('localhost');
    expect(f.alpn).toEqual(['h2', 'http/1.1']);
    expect(f.compression_methods).toEqual([0]);
    expect(suiteNames(f)).toContain('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
  });

  it('Firefox ESR: TLS 1.3, no GREASE, record_size_limit, SHA-1 sigalgs still listed, SNI', () => {
    const f = parseClientHello(fixture('firefox-esr'));
    expect(f.grease).toBe(false);
    expect(f.supported_versions).toEqual(['TLSv1.3', 'TLSv1.2']);
    expect(f.extensions).toContain(28);
    expect(f.signature_algorithms).toContain('rsa_pkcs1_sha1');
    expect(f.supported_groups).toContain('x25519');
    expect(f.sni).toBe('localhost');
    expect(f.alpn).toEqual(['h2', 'http/1.1']);
  });
});

describe('parseClientHello: record layer', () => {
  it('reassembles a hello split over many records, even with the handshake header split', () => {
    for (const name of ['chromium', 'firefox-esr', 'openssl-tls1']) {
      const whole = parseClientHello(fixture(name));
      for (const sizes of [[1], [2, 3], [100], [16384], [3, 1000]]) {
        const split = refragment(fixture(name), sizes);
        const facts = parseClientHello(split);
        expect({ ...facts, bytes: 0 }, `${name} ${sizes}`).toEqual({ ...whole, bytes: 0 });
        expect(facts.bytes).toBe(split.length);
      }
    }
  });

  it('ignores what follows the record that completes the hello (e.g. ChangeCipherSpec, early data)', () => {
    const data = fixture('node-default');
    const ccs = Buffer.from([20, 3, 3, 0, 1, 1]);
    const facts = parseClientHello(Buffer.concat([data, ccs, Buffer.from('junk')]));
    expect(facts.bytes).toBe(data.length);
  });

  it('every strict prefix of a real hello is "truncated"', () => {
    const data = fixture('firefox-esr');
    for (let n = 1; n < data.length; n += 7) expect(codeOf(data.subarray(0, n)), String(n)).toBe('truncated');
    expect(codeOf(data.subarray(0, data.length - 1))).toBe('truncated');
    expect(codeOf(Buffer.alloc(0))).toBe('truncated');
  });

  it('plain HTTP and other protocols are "not-tls"', () => {
    for (const text of ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', 'POST /', 'HEAD /', 'SSH-2.0-OpenSSH', '\r\n']) {
      expect(codeOf(Buffer.from(text)), text).toBe('not-tls');
    }
    expect(looksLikeHttp(Buffer.from('GET / HTTP/1.1'))).toBe(true);
    expect(looksLikeHttp(Buffer.from('PRI * HTTP/2.0'))).toBe(true);
    expect(looksLikeHttp(Buffer.from('SSH-2.0'))).toBe(false);
    expect(looksLikeHttp(fixture('chromium'))).toBe(false);
  });

  it('an SSL 2.0-format ClientHello is "sslv2"; other high-bit starts are "not-tls"', () => {
    // 2-byte header with the high bit set, msg type 1, version 3.1, 3 cipher specs, no session id, 16-byte challenge
    const body = Buffer.concat([
      Buffer.from([1, 3, 1, 0, 9, 0, 0, 0, 16]),
      Buffer.from([0x00, 0x00, 0x35, 0x00, 0x00, 0x2f, 0x01, 0x00, 0x80]),
      Buffer.alloc(16, 1),
    ]);
    const sslv2 = Buffer.concat([Buffer.from([0x80 | (body.length >> 8), body.length & 0xff]), body]);
    expect(codeOf(sslv2)).toBe('sslv2');
    expect(codeOf(Buffer.from([0x80, 0x10, 0x04, 0, 0]))).toBe('not-tls');
  });

  it('rejects bad record headers', () => {
    const good = fixture('openssl-tls1');
    const mutate = (i: number, v: number) => {
      const b = Buffer.from(good);
      b[i] = v;
      return b;
    };
    expect(codeOf(mutate(1, 2))).toBe('not-tls'); // record version major 2
    expect(codeOf(Buffer.concat([Buffer.from([22, 3, 1, 0, 0]), good]))).toBe('malformed'); // zero-length record
    expect(codeOf(Buffer.from([22, 3, 1, 0x40, 0x01]))).toBe('malformed'); // 16385-byte record
    // An alert record in the middle of a fragmented hello
    const split = refragment(good, [50]);
    const withAlert = Buffer.concat([split.subarray(0, 55), Buffer.from([21, 3, 1, 0, 2, 2, 40]), split.subarray(55)]);
    expect(codeOf(withAlert)).toBe('malformed');
    // A later record whose version major is not 3
    const bad = Buffer.from(split);
    bad[56] = 4;
    expect(codeOf(bad)).toBe('malformed');
  });

  it('a first handshake message that is not a ClientHello is "unexpected-message"', () => {
    expect(codeOf(hello({ handshakeType: 2 }))).toBe('unexpected-message');
  });

  it('extra handshake bytes after the ClientHello in the same record are "malformed"', () => {
    const msg = handshake(helloBody());
    expect(codeOf(record(Buffer.concat([msg, Buffer.from([1, 0, 0, 0])])))).toBe('malformed');
  });

  it('enforces the byte limit as soon as the declared length shows it ("too-large")', () => {
    expect(codeOf(Buffer.from([22, 3, 1, 0x40, 0x00, 1, 0x01, 0x00, 0x00]))).toBe('too-large'); // 64 KiB message
    const big = fixture('chromium');
    expect(errorOf(() => parseClientHello(big, { maxBytes: 1000 })).code).toBe('too-large');
    expect(parseClientHello(big, { maxBytes: big.length }).bytes).toBe(big.length);
    expect(errorOf(() => parseClientHello(big, { maxBytes: big.length - 1 })).code).toBe('too-large');
    expect(MAX_CLIENT_HELLO_BYTES).toBe(65536);
  });

  it('accepts a hello of almost 64 KiB spread over four records', () => {
    const pad = extension(21, Buffer.alloc(60000));
    const data = refragment(hello({ extensions: [pad] }), [16384]);
    expect(data.length).toBeLessThanOrEqual(MAX_CLIENT_HELLO_BYTES);
    expect(parseClientHello(data).extensions).toEqual([21]);
  });
});

describe('parseClientHello: ClientHello body', () => {
  it('a hello without extensions (SSL 3.0 style) offers only SSLv3', () => {
    const f = parseClientHello(hello({ legacyVersion: 0x0300, extensions: null, suites: [0x0005, 0x000a] }, 0x0300));
    expect(f.record_version).toBe('SSLv3');
    expect(f.supported_versions).toEqual(['SSLv3']);
    expect(f.highest_version).toBe('SSLv3');
    expect(f.extensions).toEqual([]);
    expect(f.sni).toBeNull();
    expect(suiteNames(f)).toEqual(['TLS_RSA_WITH_RC4_128_SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA']);
  });

  it('legacy_version above TLS 1.2 without supported_versions counts as TLS 1.2; below SSL 3 as nothing', () => {
    expect(parseClientHello(hello({ legacyVersion: 0x0304 })).supported_versions).toEqual(['TLSv1.2', 'TLSv1.1', 'TLSv1']);
    expect(parseClientHello(hello({ legacyVersion: 0x0302 })).supported_versions).toEqual(['TLSv1.1', 'TLSv1']);
    const old = parseClientHello(hello({ legacyVersion: 0x0200 }));
    expect(old.supported_versions).toEqual([]);
    expect(old.highest_version).toBe('none');
    expect(old.legacy_version).toBe('SSLv2');
  });

  it('supported_versions: GREASE removed and flagged, drafts and unknown values named, highest is final', () => {
    const f = parseClientHello(hello({ extensions: [supportedVersionsExtension([0x5a5a, 0x7f17, 0x0303, 0x0302, 0x7e01])] }));
    expect(f.supported_versions).toEqual(['TLSv1.3-draft23', 'TLSv1.2', 'TLSv1.1', '0x7E01']);
    expect(f.highest_version).toBe('TLSv1.2');
    expect(f.grease).toBe(true);
    const none = parseClientHello(hello({ extensions: [supportedVersionsExtension([0x7f17])] }));
    expect(none.highest_version).toBe('none');
  });

  it('names groups, key shares, signature schemes; unknown values as hex; GREASE removed', () => {
    const f = parseClientHello(
      hello({
        extensions: [
          groupsExtension([0x2a2a, 29, 23, 0x11ec, 0x1234]),
          keyShareExtension([0x2a2a, 0x11ec, 29]),
          sigalgsExtension([0x0403, 0x0804, 0x0201, 0x0a0a, 0x0777]),
        ],
      }),
    );
    expect(f.supported_groups).toEqual(['x25519', 'secp256r1', 'X25519MLKEM768', '0x1234']);
    expect(f.key_share_groups).toEqual(['X25519MLKEM768', 'x25519']);
    expect(f.signature_algorithms).toEqual(['ecdsa_secp256r1_sha256', 'rsa_pss_rsae_sha256', 'rsa_pkcs1_sha1', '0x0777']);
    expect(f.grease).toBe(true);
  });

  it('GREASE in a single place is enough to set the flag', () => {
    expect(parseClientHello(hello({ suites: [0x1a1a, 0xc02f] })).grease).toBe(true);
    expect(parseClientHello(hello({ extensions: [extension(0xfafa, Buffer.alloc(0))] })).grease).toBe(true);
    expect(parseClientHello(hello({ extensions: [extension(45, Buffer.from([2, 0x2a, 1]))] })).grease).toBe(true);
    expect(parseClientHello(hello({ extensions: [extension(45, Buffer.from([1, 1]))] })).grease).toBe(false);
    expect(parseClientHello(hello({ extensions: [alpnExtension([Buffer.from([0x3a, 0x3a]), 'h2'])] })).grease).toBe(true);
    const noGrease = parseClientHello(hello({ suites: [0xc02f, 0x1234] }));
    expect(noGrease.grease).toBe(false);
    expect(noGrease.cipher_suites).toEqual([
      { id: 0xc02f, name: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', grease: false },
      { id: 0x1234, name: '0x1234', grease: false },
    ]);
  });

  it('SNI: first host_name; non-printable bytes escaped; empty, NUL or over 255 bytes is malformed', () => {
    expect(parseClientHello(hello({ extensions: [sniExtension('bank.example')] })).sni).toBe('bank.example');
    expect(parseClientHello(hello({ extensions: [sniExtension(Buffer.from('a\u00e9<b>\\', 'latin1'))] })).sni).toBe(
      'a\\xE9<b>\\x5C',
    );
    expect(parseClientHello(hello({ extensions: [sniExtension('x'.repeat(255))] })).sni).toHaveLength(255);
    expect(codeOf(hello({ extensions: [sniExtension('x'.repeat(256))] }))).toBe('malformed');
    expect(codeOf(hello({ extensions: [sniExtension('')] }))).toBe('malformed');
    expect(codeOf(hello({ extensions: [sniExtension(Buffer.from('a\0b'))] }))).toBe('malformed');
    expect(codeOf(hello({ extensions: [extension(0, vec16(Buffer.alloc(0)))] }))).toBe('malformed');
  });

  it('ALPN names in order; an empty name is malformed', () => {
    expect(parseClientHello(hello({ extensions: [alpnExtension(['h2', 'http/1.1'])] })).alpn).toEqual(['h2', 'http/1.1']);
    expect(codeOf(hello({ extensions: [alpnExtension(['h2', ''])] }))).toBe('malformed');
  });

  it('session_ticket is reported; extensions listed in order', () => {
    const f = parseClientHello(hello({ extensions: [sniExtension('a.b'), extension(35, Buffer.alloc(0)), extension(23, Buffer.alloc(0))] }));
    expect(f.session_ticket).toBe(true);
    expect(f.extensions).toEqual([0, 35, 23]);
  });

  it('rejects inconsistent bodies as "malformed"', () => {
    const cases: Record<string, Buffer> = {
      'session id over 32 bytes': hello({ sessionId: Buffer.alloc(33) }),
      'no cipher suites': hello({ suitesRaw: Buffer.alloc(0) }),
      'odd cipher_suites length': hello({ suitesRaw: Buffer.from([0xc0, 0x2f, 0x00]) }),
      'no compression methods': hello({ compression: [] }),
      'stray bytes after extensions': hello({ trailing: Buffer.from([0]) }),
      'duplicate extension': hello({ extensions: [sniExtension('a.b'), sniExtension('c.d')] }),
      'extension longer than the block': record(
        handshake(Buffer.concat([helloBody({ extensions: null }), Buffer.from([0, 4, 0, 0, 0, 9])])),
      ),
      'groups with odd length': hello({ extensions: [extension(10, vec16(Buffer.from([0, 29, 0])))] }),
      'groups vector shorter than extension': hello({ extensions: [extension(10, Buffer.concat([vec16(u16s([29])), Buffer.from([0])]))] }),
      'empty supported_versions': hello({ extensions: [extension(43, Buffer.from([0]))] }),
      'key share past its vector': hello({ extensions: [extension(51, vec16(Buffer.from([0, 29, 0, 9, 1])))] }),
      'body shorter than the random': record(handshake(Buffer.alloc(20))),
    };
    for (const [label, data] of Object.entries(cases)) expect(codeOf(data), label).toBe('malformed');
  });
});

describe('clientHelloLength', () => {
  it('reports completeness, a lower bound on missing bytes, and the hello length', () => {
    const data = fixture('chromium');
    expect(clientHelloLength(data)).toEqual({ complete: true, bytes: data.length });
    expect(clientHelloLength(Buffer.concat([data, Buffer.from('extra')]))).toEqual({ complete: true, bytes: data.length });
    expect(clientHelloLength(Buffer.alloc(0))).toEqual({ complete: false, needed: 9 });
    expect(clientHelloLength(data.subarray(0, 5))).toEqual({ complete: false, needed: data.length - 5 });
    expect(clientHelloLength(data.subarray(0, 9))).toEqual({ complete: false, needed: data.length - 9 });
    for (let n = 1; n < data.length; n += 13) {
      const r = clientHelloLength(data.subarray(0, n));
      expect(r.complete).toBe(false);
      expect(r.needed!).toBeGreaterThan(0);
      expect(r.needed!).toBeLessThanOrEqual(data.length - n);
    }
  });

  it('counts record headers still to come in its lower bound', () => {
    const split = refragment(fixture('firefox-esr'), [100]);
    const r = clientHelloLength(split.subarray(0, 20));
    expect(r.needed!).toBeLessThanOrEqual(split.length - 20);
    expect(r.needed!).toBeGreaterThan(fixture('firefox-esr').length - 20); // more headers than the single-record form
  });

  it('throws ClientHelloError early for non-TLS, SSLv2 and oversize input', () => {
    expect(errorOf(() => clientHelloLength(Buffer.from('G'))).code).toBe('not-tls');
    expect(errorOf(() => clientHelloLength(Buffer.from([0x80, 0x2e, 0x01]))).code).toBe('sslv2');
    expect(clientHelloLength(Buffer.from([0x80, 0x2e]))).toMatchObject({ complete: false });
    expect(errorOf(() => clientHelloLength(fixture('chromium').subarray(0, 9), { maxBytes: 1024 })).code).toBe('too-large');
  });
});

describe('byte limit option', () => {
  it('falls back to the default for nonsense values instead of lifting the limit', () => {
    const huge = Buffer.from([22, 3, 1, 0x40, 0x00, 1, 0x01, 0x00, 0x00]); // declares a 64 KiB message
    for (const maxBytes of [Number.NaN, Number.POSITIVE_INFINITY, 0, -5]) {
      expect(errorOf(() => clientHelloLength(huge, { maxBytes })).code, String(maxBytes)).toBe('too-large');
    }
    expect(clientHelloLength(huge, { maxBytes: 70_000 })).toMatchObject({ complete: false });
  });
});
