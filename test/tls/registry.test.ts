import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  GREASE_PSK_MODES,
  GREASE_VALUES,
  cipherSuiteInfo,
  cipherSuiteName,
  extensionName,
  groupName,
  isGrease,
  knownCipherSuites,
  signatureSchemeName,
  versionName,
  versionRank,
} from '../../server/tls/registry.js';

describe('registry: GREASE', () => {
  it('has the 16 RFC 8701 values and recognises exactly those', () => {
    expect(GREASE_VALUES).toHaveLength(16);
    expect(GREASE_VALUES[0]).toBe(0x0a0a);
    expect(GREASE_VALUES[15]).toBe(0xfafa);
    let count = 0;
    for (let v = 0; v <= 0xffff; v++) if (isGrease(v)) count++;
    expect(count).toBe(16);
    expect(GREASE_VALUES.every(isGrease)).toBe(true);
    expect(isGrease(0x0a1a)).toBe(false);
    expect(GREASE_PSK_MODES).toEqual([0x0b, 0x2a, 0x49, 0x68, 0x87, 0xa6, 0xc5, 0xe4]);
  });
});

describe('registry: versions', () => {
  it("uses Node's names and orders the final versions", () => {
    expect([0x0300, 0x0301, 0x0302, 0x0303, 0x0304].map(versionName)).toEqual([
      'SSLv3',
      'TLSv1',
      'TLSv1.1',
      'TLSv1.2',
      'TLSv1.3',
    ]);
    expect(versionName(0x7f1c)).toBe('TLSv1.3-draft28');
    expect(versionName(0xfb1a)).toBe('0xFB1A');
    expect(versionRank('TLSv1.3')).toBeGreaterThan(versionRank('TLSv1.2'));
    expect(versionRank('TLSv1')).toBeGreaterThan(versionRank('SSLv3'));
    expect(versionRank('TLSv1.3-draft23')).toBe(-1);
  });
});

describe('registry: cipher suites', () => {
  it('names match the IANA names OpenSSL knows for the same value (openssl ciphers -stdname)', () => {
    const out = execFileSync('openssl', ['ciphers', '-V', '-stdname', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], {
      encoding: 'utf8',
    });
    let compared = 0;
    for (const line of out.split('\n')) {
      const m = /^\s*0x([0-9A-F]{2}),0x([0-9A-F]{2})\s+-\s+(\S+)/.exec(line);
      if (!m) continue;
      const id = parseInt(m[1]! + m[2]!, 16);
      expect(cipherSuiteName(id), line).toBe(m[3]);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('has no duplicate names except the two historical FIPS aliases', () => {
    const names = knownCipherSuites().map((s) => s.name);
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes.sort()).toEqual(['SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA', 'SSL_RSA_FIPS_WITH_DES_CBC_SHA']);
  });

  it('gives each weak suite its reasons', () => {
    const reasons = (id: number) => cipherSuiteInfo(id).weaknesses;
    expect(reasons(0x0000)).toEqual(['NULL', 'ANON']);
    expect(reasons(0x0001)).toEqual(['NULL', 'MD5']);
    expect(reasons(0x0003)).toEqual(['EXPORT', 'RC4', 'MD5']);
    expect(reasons(0x0004)).toEqual(['RC4', 'MD5']);
    expect(reasons(0x0005)).toEqual(['RC4']);
    expect(reasons(0x0006)).toEqual(['EXPORT', 'RC2', 'MD5']);
    expect(reasons(0x0007)).toEqual(['IDEA']);
    expect(reasons(0x0008)).toEqual(['EXPORT', 'DES']);
    expect(reasons(0x0009)).toEqual(['DES']);
    expect(reasons(0x000a)).toEqual(['3DES']);
    expect(reasons(0x0018)).toEqual(['ANON', 'RC4', 'MD5']);
    expect(reasons(0x0034)).toEqual(['ANON']);
    expect(reasons(0x0062)).toEqual(['EXPORT', 'DES']);
    expect(reasons(0x0064)).toEqual(['EXPORT', 'RC4']);
    expect(reasons(0xc011)).toEqual(['RC4']);
    expect(reasons(0xc012)).toEqual(['3DES']);
    expect(reasons(0xc015)).toEqual(['NULL', 'ANON']);
    expect(reasons(0xfeff)).toEqual(['3DES']);
    expect(reasons(0xffe1)).toEqual(['DES']);
    for (const sound of [0x002f, 0x0035, 0x009c, 0xc013, 0xc02f, 0xcca8, 0x1301, 0x1303, 0x00ff, 0x5600]) {
      expect(reasons(sound), cipherSuiteName(sound)).toEqual([]);
    }
  });

  it('classifies AEAD, forward secrecy, TLS 1.3 and SCSV', () => {
    expect(cipherSuiteInfo(0x1301)).toMatchObject({ tls13: true, aead: true, forward_secrecy: true });
    expect(cipherSuiteInfo(0xc02f)).toMatchObject({ tls13: false, aead: true, forward_secrecy: true });
    expect(cipherSuiteInfo(0xc013)).toMatchObject({ aead: false, forward_secrecy: true });
    expect(cipherSuiteInfo(0x009c)).toMatchObject({ aead: true, forward_secrecy: false });
    expect(cipherSuiteInfo(0x002f)).toMatchObject({ aead: false, forward_secrecy: false });
    expect(cipherSuiteInfo(0xc0ac)).toMatchObject({ aead: true, forward_secrecy: true }); // CCM
    expect(cipherSuiteInfo(0xcc13)).toMatchObject({ aead: true, iana: false });
    expect(cipherSuiteInfo(0x00ff)).toMatchObject({ scsv: true, name: 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV' });
    expect(cipherSuiteInfo(0x5600)).toMatchObject({ scsv: true, name: 'TLS_FALLBACK_SCSV' });
  });

  it('names unknown values in hex and GREASE as such', () => {
    expect(cipherSuiteInfo(0x1234)).toMatchObject({ name: '0x1234', known: false, grease: false, weaknesses: [] });
    expect(cipherSuiteInfo(0xbaba)).toMatchObject({ name: 'GREASE_0xBABA', grease: true, known: false });
    expect(cipherSuiteName(0xc0ff)).toBe('0xC0FF');
  });
});

describe('registry: groups, signature schemes, extensions', () => {
  it('names the common values', () => {
    expect([29, 23, 24, 25, 30, 256, 4588].map(groupName)).toEqual([
      'x25519',
      'secp256r1',
      'secp384r1',
      'secp521r1',
      'x448',
      'ffdhe2048',
      'X25519MLKEM768',
    ]);
    expect(groupName(0x7777)).toBe('0x7777');
    expect([0x0403, 0x0804, 0x0401, 0x0201, 0x0807].map(signatureSchemeName)).toEqual([
      'ecdsa_secp256r1_sha256',
      'rsa_pss_rsae_sha256',
      'rsa_pkcs1_sha256',
      'rsa_pkcs1_sha1',
      'ed25519',
    ]);
    expect([0, 10, 13, 16, 43, 51, 0xff01].map(extensionName)).toEqual([
      'server_name',
      'supported_groups',
      'signature_algorithms',
      'application_layer_protocol_negotiation',
      'supported_versions',
      'key_share',
      'renegotiation_info',
    ]);
    expect(extensionName(0x2a2a)).toBe('GREASE_0x2A2A');
    expect(extensionName(0xca34)).toBe('0xCA34');
  });
});
