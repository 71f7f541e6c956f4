import { describe, expect, it } from 'vitest';
import { FINDINGS, type RatingInput, rateClientHello } from '../../server/diagnosis/rating.js';
import { parseClientHello } from '../../server/tls/clienthello.js';
import { cipherSuiteName } from '../../server/tls/registry.js';
import { fixture } from '../tls/helpers.js';

/** A TLS 1.3 + 1.2 client offering the given suites (ids). */
function offer(ids: number[], extra: Partial<RatingInput> = {}): RatingInput {
  return {
    supported_versions: ['TLSv1.3', 'TLSv1.2'],
    highest_version: 'TLSv1.3',
    cipher_suites: ids.map((id) => ({ id, name: cipherSuiteName(id), grease: (id & 0x0f0f) === 0x0a0a })),
    compression_methods: [0],
    ...extra,
  };
}

const MODERN = [0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xcca9, 0xcca8];

describe('rateClientHello on real hellos', () => {
  it('current browsers and runtimes are good', () => {
    for (const name of ['chromium', 'firefox-esr', 'node-default', 'python3-default', 'java17-default', 'openssl-tls1_3']) {
      const r = rateClientHello(parseClientHello(fixture(name)));
      expect(r.rating, name).toBe('good');
      expect(r.insecure_cipher_suites, name).toEqual({});
      expect(r.recommendations, name).toEqual([]);
    }
  });

  it('a TLS 1.0-only client is bad, and is told to get TLS 1.2 rather than to switch TLS 1.0 off', () => {
    const r = rateClientHello(parseClientHello(fixture('openssl-tls1')));
    expect(r.rating).toBe('bad');
    expect(r.findings).toEqual(['no-tls12', 'no-aead']);
    expect(r.recommendations[0]).toBe(FINDINGS['no-tls12'].text);
  });

  it('curl still lists TLS 1.0 and 1.1; a TLS 1.2 hello without supported_versions allows them too', () => {
    const curl = rateClientHello(parseClientHello(fixture('curl-default')));
    expect(curl.rating).toBe('needs-improvement');
    expect(curl.findings).toEqual(['old-versions']);
    expect(curl.recommendations[0]).toContain('TLS 1.0 and TLS 1.1');
    const tls12 = rateClientHello(parseClientHello(fixture('openssl-tls1_2')));
    expect(tls12.rating).toBe('needs-improvement');
    expect(tls12.findings).toEqual(['old-versions', 'no-tls13']);
  });
});

describe('rateClientHello rules', () => {
  it('broken suites make it bad and are listed with their reasons', () => {
    const r = rateClientHello(offer([...MODERN, 0x0005, 0x0004, 0x000a, 0x0003]));
    expect(r.rating).toBe('bad');
    expect(r.insecure_cipher_suites).toEqual({
      TLS_RSA_WITH_RC4_128_SHA: ['RC4'],
      TLS_RSA_WITH_RC4_128_MD5: ['RC4', 'MD5'],
      TLS_RSA_WITH_3DES_EDE_CBC_SHA: ['3DES'],
      TLS_RSA_EXPORT_WITH_RC4_40_MD5: ['EXPORT', 'RC4', 'MD5'],
    });
    expect(r.findings).toEqual(['broken-ciphers', 'weak-ciphers']);
    expect(r.recommendations[0]).toContain('(RC4, MD5 and export-grade)');
    expect(r.recommendations[1]).toContain('(3DES)');
  });

  it.each([
    [0x0002, 'no encryption'],
    [0x0034, 'no server authentication'],
    [0x0009, 'DES'],
    [0x0006, 'RC2'],
    [0x0064, 'export-grade'],
  ])('offering suite %i alone among modern ones is bad (%s)', (id, word) => {
    const r = rateClientHello(offer([...MODERN, id]));
    expect(r.rating).toBe('bad');
    expect(r.recommendations[0]).toContain(word);
  });

  it('3DES or IDEA alone is needs-improvement', () => {
    expect(rateClientHello(offer([...MODERN, 0xc012])).rating).toBe('needs-improvement');
    const idea = rateClientHello(offer([...MODERN, 0x0007]));
    expect(idea.rating).toBe('needs-improvement');
    expect(idea.insecure_cipher_suites).toEqual({ TLS_RSA_WITH_IDEA_CBC_SHA: ['IDEA'] });
  });

  it('only CBC suites: needs-improvement (no AEAD); only RSA key exchange: no forward secrecy', () => {
    const cbc = rateClientHello(offer([0xc013, 0xc014, 0x002f], { supported_versions: ['TLSv1.2'], highest_version: 'TLSv1.2' }));
    expect(cbc.rating).toBe('needs-improvement');
    expect(cbc.findings).toEqual(['no-aead', 'no-tls13']);
    const rsa = rateClientHello(offer([0x009c, 0x009d], { supported_versions: ['TLSv1.2'], highest_version: 'TLSv1.2' }));
    expect(rsa.findings).toEqual(['no-forward-secrecy', 'no-tls13']);
    expect(rsa.rating).toBe('needs-improvement');
  });

  it('TLS 1.2 without TLS 1.3 alone is only a remark: still good', () => {
    const r = rateClientHello(offer([0xc02f, 0xc030], { supported_versions: ['TLSv1.2'], highest_version: 'TLSv1.2' }));
    expect(r.rating).toBe('good');
    expect(r.findings).toEqual(['no-tls13']);
    expect(r.recommendations).toEqual([FINDINGS['no-tls13'].text]);
  });

  it('TLS compression is bad (CRIME)', () => {
    const r = rateClientHello(offer(MODERN, { compression_methods: [1, 0] }));
    expect(r.rating).toBe('bad');
    expect(r.findings).toEqual(['compression']);
  });

  it('SSL 3.0 is bad; a single old version gets singular wording', () => {
    const ssl3 = rateClientHello(offer([0x0005, 0x000a, 0x002f], { supported_versions: ['SSLv3'], highest_version: 'SSLv3' }));
    expect(ssl3.rating).toBe('bad');
    expect(ssl3.findings.slice(0, 3)).toEqual(['no-tls12', 'sslv3', 'broken-ciphers']);
    const r = rateClientHello(offer(MODERN, { supported_versions: ['TLSv1.3', 'TLSv1.2', 'TLSv1.1'] }));
    expect(r.findings).toEqual(['old-versions']);
    expect(r.recommendations[0]).toContain('still allows TLS 1.1.');
  });

  it('GREASE and signalling values are neither insecure nor real suites', () => {
    const r = rateClientHello(offer([0x0a0a, 0x1301, 0x00ff, 0x5600]));
    expect(r.rating).toBe('good');
    expect(r.insecure_cipher_suites).toEqual({});
    // Only GREASE and SCSV: nothing to judge the suites by, so no suite findings either
    expect(rateClientHello(offer([0x0a0a, 0x00ff])).findings).toEqual([]);
  });

  it('orders recommendations from most to least serious', () => {
    const r = rateClientHello(
      offer([0x000a, 0x002f, 0x0005], { supported_versions: ['TLSv1.2', 'TLSv1.1', 'TLSv1'], highest_version: 'TLSv1.2' }),
    );
    expect(r.findings).toEqual(['broken-ciphers', 'old-versions', 'weak-ciphers', 'no-aead', 'no-forward-secrecy', 'no-tls13']);
    expect(r.recommendations).toHaveLength(6);
  });
});
