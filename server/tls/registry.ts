/**
 * TLS registries as reviewed data: protocol versions, cipher suites, named groups, signature schemes, extensions,
 * ALPN identifiers, GREASE. Names are the IANA "TLS Parameters" names unless marked otherwise; values clients
 * offered before registration (export-1024 drafts, old ChaCha20, Netscape FIPS suites) are kept because old clients
 * still send them, and are flagged `iana: false`.
 *
 * Only tiny lookup helpers live here; what to conclude from the data is in server/diagnosis/.
 */

// ---------------------------------------------------------------------------------------------------------------
// Protocol versions
// ---------------------------------------------------------------------------------------------------------------

/** Node's protocol names (as in `minVersion` and `tlsSocket.getProtocol()`), by wire value. */
export const VERSION_NAMES: ReadonlyMap<number, string> = new Map([
  [0x0200, 'SSLv2'],
  [0x0300, 'SSLv3'],
  [0x0301, 'TLSv1'],
  [0x0302, 'TLSv1.1'],
  [0x0303, 'TLSv1.2'],
  [0x0304, 'TLSv1.3'],
]);

/** Final protocol versions in ascending order. */
export const VERSION_ORDER: readonly string[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** `0x1234`-style name for values without a registered name. */
export function hex16(value: number): string {
  return '0x' + value.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Name of a protocol version: 'SSLv3', 'TLSv1' ... 'TLSv1.3'; 'TLSv1.3-draft23' for the pre-RFC 8446 drafts
 * (0x7F0E-0x7F1C, sent by Chrome 65-69 and Firefox 52-62); '0x7E01' otherwise.
 */
export function versionName(value: number): string {
  const known = VERSION_NAMES.get(value);
  if (known !== undefined) return known;
  if (value >= 0x7f0e && value <= 0x7f1c) return 'TLSv1.3-draft' + (value & 0xff);
  return hex16(value);
}

/** Rank of a final version name in VERSION_ORDER (higher is newer), or -1 for drafts and unknown names. */
export function versionRank(name: string): number {
  return VERSION_ORDER.indexOf(name);
}

// ---------------------------------------------------------------------------------------------------------------
// GREASE (RFC 8701)
// ---------------------------------------------------------------------------------------------------------------

/** The 16 two-byte GREASE values 0x0A0A, 0x1A1A ... 0xFAFA (cipher suites, extensions, groups, versions, sigalgs). */
export const GREASE_VALUES: readonly number[] = Array.from({ length: 16 }, (_, i) => (i << 12) | 0x0a00 | (i << 4) | 0x0a);

/** The one-byte GREASE values for PSK key exchange modes: 0x0B, 0x2A, 0x49 ... 0xE4. */
export const GREASE_PSK_MODES: readonly number[] = Array.from({ length: 8 }, (_, i) => 0x0b + 0x1f * i);

export function isGrease(value: number): boolean {
  return (value & 0x0f0f) === 0x0a0a && value >> 8 === (value & 0xff);
}

// ---------------------------------------------------------------------------------------------------------------
// Cipher suites
// ---------------------------------------------------------------------------------------------------------------

/** Signalling values that are not real cipher suites. */
export const SCSV_VALUES: ReadonlyMap<number, string> = new Map([
  [0x00ff, 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'],
  [0x5600, 'TLS_FALLBACK_SCSV'],
]);

/** Suites clients sent that never got (or lost) an IANA registration; their names follow the drafts. */
const UNREGISTERED_SUITES: ReadonlyArray<readonly [number, string]> = [
  // draft-ietf-tls-56-bit-ciphersuites (IE 5-6, Java 1.4, old OpenSSL "EXP1024")
  [0x0060, 'TLS_RSA_EXPORT1024_WITH_RC4_56_MD5'],
  [0x0061, 'TLS_RSA_EXPORT1024_WITH_RC2_CBC_56_MD5'],
  [0x0062, 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA'],
  [0x0063, 'TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA'],
  [0x0064, 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA'],
  [0x0065, 'TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA'],
  [0x0066, 'TLS_DHE_DSS_WITH_RC4_128_SHA'],
  // Pre-RFC 7905 ChaCha20-Poly1305 (Chrome 33-57)
  [0xcc13, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD'],
  [0xcc14, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256_OLD'],
  [0xcc15, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD'],
  // Netscape/NSS FIPS suites (Firefox up to about 33)
  [0xfefe, 'SSL_RSA_FIPS_WITH_DES_CBC_SHA'],
  [0xfeff, 'SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA'],
  [0xffe0, 'SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA'],
  [0xffe1, 'SSL_RSA_FIPS_WITH_DES_CBC_SHA'],
];

/** IANA TLS Cipher Suites registry (the TLS 1.0-1.3 suites clients offer; Kerberos, SRP, PSK, ARIA, Camellia kept). */
const IANA_SUITES: ReadonlyArray<readonly [number, string]> = [
  [0x0000, 'TLS_NULL_WITH_NULL_NULL'],
  [0x0001, 'TLS_RSA_WITH_NULL_MD5'],
  [0x0002, 'TLS_RSA_WITH_NULL_SHA'],
  [0x0003, 'TLS_RSA_EXPORT_WITH_RC4_40_MD5'],
  [0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
  [0x0005, 'TLS_RSA_WITH_RC4_128_SHA'],
  [0x0006, 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5'],
  [0x0007, 'TLS_RSA_WITH_IDEA_CBC_SHA'],
  [0x0008, 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA'],
  [0x0009, 'TLS_RSA_WITH_DES_CBC_SHA'],
  [0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0x000b, 'TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA'],
  [0x000c, 'TLS_DH_DSS_WITH_DES_CBC_SHA'],
  [0x000d, 'TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA'],
  [0x000e, 'TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA'],
  [0x000f, 'TLS_DH_RSA_WITH_DES_CBC_SHA'],
  [0x0010, 'TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0x0011, 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA'],
  [0x0012, 'TLS_DHE_DSS_WITH_DES_CBC_SHA'],
  [0x0013, 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA'],
  [0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA'],
  [0x0015, 'TLS_DHE_RSA_WITH_DES_CBC_SHA'],
  [0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0x0017, 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5'],
  [0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5'],
  [0x0019, 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA'],
  [0x001a, 'TLS_DH_anon_WITH_DES_CBC_SHA'],
  [0x001b, 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA'],
  [0x001e, 'TLS_KRB5_WITH_DES_CBC_SHA'],
  [0x001f, 'TLS_KRB5_WITH_3DES_EDE_CBC_SHA'],
  [0x0020, 'TLS_KRB5_WITH_RC4_128_SHA'],
  [0x0021, 'TLS_KRB5_WITH_IDEA_CBC_SHA'],
  [0x0022, 'TLS_KRB5_WITH_DES_CBC_MD5'],
  [0x0023, 'TLS_KRB5_WITH_3DES_EDE_CBC_MD5'],
  [0x0024, 'TLS_KRB5_WITH_RC4_128_MD5'],
  [0x0025, 'TLS_KRB5_WITH_IDEA_CBC_MD5'],
  [0x0026, 'TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA'],
  [0x0027, 'TLS_KRB5_EXPORT_WITH_RC2_CBC_40_SHA'],
  [0x0028, 'TLS_KRB5_EXPORT_WITH_RC4_40_SHA'],
  [0x0029, 'TLS_KRB5_EXPORT_WITH_DES_CBC_40_MD5'],
  [0x002a, 'TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5'],
  [0x002b, 'TLS_KRB5_EXPORT_WITH_RC4_40_MD5'],
  [0x002c, 'TLS_PSK_WITH_NULL_SHA'],
  [0x002d, 'TLS_DHE_PSK_WITH_NULL_SHA'],
  [0x002e, 'TLS_RSA_PSK_WITH_NULL_SHA'],
  [0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
  [0x0030, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA'],
  [0x0031, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA'],
  [0x0032, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA'],
  [0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'],
  [0x0034, 'TLS_DH_anon_WITH_AES_128_CBC_SHA'],
  [0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
  [0x0036, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA'],
  [0x0037, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA'],
  [0x0038, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA'],
  [0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
  [0x003a, 'TLS_DH_anon_WITH_AES_256_CBC_SHA'],
  [0x003b, 'TLS_RSA_WITH_NULL_SHA256'],
  [0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'],
  [0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
  [0x003e, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA256'],
  [0x003f, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA256'],
  [0x0040, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256'],
  [0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0042, 'TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0043, 'TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0044, 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0045, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0046, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA'],
  [0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'],
  [0x0068, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA256'],
  [0x0069, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA256'],
  [0x006a, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256'],
  [0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'],
  [0x006c, 'TLS_DH_anon_WITH_AES_128_CBC_SHA256'],
  [0x006d, 'TLS_DH_anon_WITH_AES_256_CBC_SHA256'],
  [0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'],
  [0x0085, 'TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA'],
  [0x0086, 'TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA'],
  [0x0087, 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA'],
  [0x0088, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA'],
  [0x0089, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA'],
  [0x008a, 'TLS_PSK_WITH_RC4_128_SHA'],
  [0x008b, 'TLS_PSK_WITH_3DES_EDE_CBC_SHA'],
  [0x008c, 'TLS_PSK_WITH_AES_128_CBC_SHA'],
  [0x008d, 'TLS_PSK_WITH_AES_256_CBC_SHA'],
  [0x008e, 'TLS_DHE_PSK_WITH_RC4_128_SHA'],
  [0x008f, 'TLS_DHE_PSK_WITH_3DES_EDE_CBC_SHA'],
  [0x0090, 'TLS_DHE_PSK_WITH_AES_128_CBC_SHA'],
  [0x0091, 'TLS_DHE_PSK_WITH_AES_256_CBC_SHA'],
  [0x0092, 'TLS_RSA_PSK_WITH_RC4_128_SHA'],
  [0x0093, 'TLS_RSA_PSK_WITH_3DES_EDE_CBC_SHA'],
  [0x0094, 'TLS_RSA_PSK_WITH_AES_128_CBC_SHA'],
  [0x0095, 'TLS_RSA_PSK_WITH_AES_256_CBC_SHA'],
  [0x0096, 'TLS_RSA_WITH_SEED_CBC_SHA'],
  [0x0097, 'TLS_DH_DSS_WITH_SEED_CBC_SHA'],
  [0x0098, 'TLS_DH_RSA_WITH_SEED_CBC_SHA'],
  [0x0099, 'TLS_DHE_DSS_WITH_SEED_CBC_SHA'],
  [0x009a, 'TLS_DHE_RSA_WITH_SEED_CBC_SHA'],
  [0x009b, 'TLS_DH_anon_WITH_SEED_CBC_SHA'],
  [0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
  [0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
  [0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
  [0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
  [0x00a0, 'TLS_DH_RSA_WITH_AES_128_GCM_SHA256'],
  [0x00a1, 'TLS_DH_RSA_WITH_AES_256_GCM_SHA384'],
  [0x00a2, 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256'],
  [0x00a3, 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384'],
  [0x00a4, 'TLS_DH_DSS_WITH_AES_128_GCM_SHA256'],
  [0x00a5, 'TLS_DH_DSS_WITH_AES_256_GCM_SHA384'],
  [0x00a6, 'TLS_DH_anon_WITH_AES_128_GCM_SHA256'],
  [0x00a7, 'TLS_DH_anon_WITH_AES_256_GCM_SHA384'],
  [0x00a8, 'TLS_PSK_WITH_AES_128_GCM_SHA256'],
  [0x00a9, 'TLS_PSK_WITH_AES_256_GCM_SHA384'],
  [0x00aa, 'TLS_DHE_PSK_WITH_AES_128_GCM_SHA256'],
  [0x00ab, 'TLS_DHE_PSK_WITH_AES_256_GCM_SHA384'],
  [0x00ac, 'TLS_RSA_PSK_WITH_AES_128_GCM_SHA256'],
  [0x00ad, 'TLS_RSA_PSK_WITH_AES_256_GCM_SHA384'],
  [0x00ae, 'TLS_PSK_WITH_AES_128_CBC_SHA256'],
  [0x00af, 'TLS_PSK_WITH_AES_256_CBC_SHA384'],
  [0x00b0, 'TLS_PSK_WITH_NULL_SHA256'],
  [0x00b1, 'TLS_PSK_WITH_NULL_SHA384'],
  [0x00b2, 'TLS_DHE_PSK_WITH_AES_128_CBC_SHA256'],
  [0x00b3, 'TLS_DHE_PSK_WITH_AES_256_CBC_SHA384'],
  [0x00b4, 'TLS_DHE_PSK_WITH_NULL_SHA256'],
  [0x00b5, 'TLS_DHE_PSK_WITH_NULL_SHA384'],
  [0x00b6, 'TLS_RSA_PSK_WITH_AES_128_CBC_SHA256'],
  [0x00b7, 'TLS_RSA_PSK_WITH_AES_256_CBC_SHA384'],
  [0x00b8, 'TLS_RSA_PSK_WITH_NULL_SHA256'],
  [0x00b9, 'TLS_RSA_PSK_WITH_NULL_SHA384'],
  [0x00ba, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00bb, 'TLS_DH_DSS_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00bc, 'TLS_DH_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00bd, 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00be, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00bf, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256'],
  [0x00c0, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x00c1, 'TLS_DH_DSS_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x00c2, 'TLS_DH_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x00c3, 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x00c4, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x00c5, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256'],
  [0x1301, 'TLS_AES_128_GCM_SHA256'],
  [0x1302, 'TLS_AES_256_GCM_SHA384'],
  [0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
  [0x1304, 'TLS_AES_128_CCM_SHA256'],
  [0x1305, 'TLS_AES_128_CCM_8_SHA256'],
  [0xc001, 'TLS_ECDH_ECDSA_WITH_NULL_SHA'],
  [0xc002, 'TLS_ECDH_ECDSA_WITH_RC4_128_SHA'],
  [0xc003, 'TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA'],
  [0xc004, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA'],
  [0xc005, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA'],
  [0xc006, 'TLS_ECDHE_ECDSA_WITH_NULL_SHA'],
  [0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'],
  [0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'],
  [0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
  [0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
  [0xc00b, 'TLS_ECDH_RSA_WITH_NULL_SHA'],
  [0xc00c, 'TLS_ECDH_RSA_WITH_RC4_128_SHA'],
  [0xc00d, 'TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0xc00e, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA'],
  [0xc00f, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'],
  [0xc010, 'TLS_ECDHE_RSA_WITH_NULL_SHA'],
  [0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'],
  [0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
  [0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
  [0xc015, 'TLS_ECDH_anon_WITH_NULL_SHA'],
  [0xc016, 'TLS_ECDH_anon_WITH_RC4_128_SHA'],
  [0xc017, 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA'],
  [0xc018, 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA'],
  [0xc019, 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA'],
  [0xc01a, 'TLS_SRP_SHA_WITH_3DES_EDE_CBC_SHA'],
  [0xc01b, 'TLS_SRP_SHA_RSA_WITH_3DES_EDE_CBC_SHA'],
  [0xc01c, 'TLS_SRP_SHA_DSS_WITH_3DES_EDE_CBC_SHA'],
  [0xc01d, 'TLS_SRP_SHA_WITH_AES_128_CBC_SHA'],
  [0xc01e, 'TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA'],
  [0xc01f, 'TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA'],
  [0xc020, 'TLS_SRP_SHA_WITH_AES_256_CBC_SHA'],
  [0xc021, 'TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA'],
  [0xc022, 'TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA'],
  [0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
  [0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
  [0xc025, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256'],
  [0xc026, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384'],
  [0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
  [0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
  [0xc029, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256'],
  [0xc02a, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384'],
  [0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
  [0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
  [0xc02d, 'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256'],
  [0xc02e, 'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384'],
  [0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
  [0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
  [0xc031, 'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256'],
  [0xc032, 'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384'],
  [0xc033, 'TLS_ECDHE_PSK_WITH_RC4_128_SHA'],
  [0xc034, 'TLS_ECDHE_PSK_WITH_3DES_EDE_CBC_SHA'],
  [0xc035, 'TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA'],
  [0xc036, 'TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA'],
  [0xc037, 'TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256'],
  [0xc038, 'TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384'],
  [0xc039, 'TLS_ECDHE_PSK_WITH_NULL_SHA'],
  [0xc03a, 'TLS_ECDHE_PSK_WITH_NULL_SHA256'],
  [0xc03b, 'TLS_ECDHE_PSK_WITH_NULL_SHA384'],
  [0xc03c, 'TLS_RSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc03d, 'TLS_RSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc03e, 'TLS_DH_DSS_WITH_ARIA_128_CBC_SHA256'],
  [0xc03f, 'TLS_DH_DSS_WITH_ARIA_256_CBC_SHA384'],
  [0xc040, 'TLS_DH_RSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc041, 'TLS_DH_RSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc042, 'TLS_DHE_DSS_WITH_ARIA_128_CBC_SHA256'],
  [0xc043, 'TLS_DHE_DSS_WITH_ARIA_256_CBC_SHA384'],
  [0xc044, 'TLS_DHE_RSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc045, 'TLS_DHE_RSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc046, 'TLS_DH_anon_WITH_ARIA_128_CBC_SHA256'],
  [0xc047, 'TLS_DH_anon_WITH_ARIA_256_CBC_SHA384'],
  [0xc048, 'TLS_ECDHE_ECDSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc049, 'TLS_ECDHE_ECDSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc04a, 'TLS_ECDH_ECDSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc04b, 'TLS_ECDH_ECDSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc04c, 'TLS_ECDHE_RSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc04d, 'TLS_ECDHE_RSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc04e, 'TLS_ECDH_RSA_WITH_ARIA_128_CBC_SHA256'],
  [0xc04f, 'TLS_ECDH_RSA_WITH_ARIA_256_CBC_SHA384'],
  [0xc050, 'TLS_RSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc051, 'TLS_RSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc052, 'TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc053, 'TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc054, 'TLS_DH_RSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc055, 'TLS_DH_RSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc056, 'TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256'],
  [0xc057, 'TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384'],
  [0xc058, 'TLS_DH_DSS_WITH_ARIA_128_GCM_SHA256'],
  [0xc059, 'TLS_DH_DSS_WITH_ARIA_256_GCM_SHA384'],
  [0xc05a, 'TLS_DH_anon_WITH_ARIA_128_GCM_SHA256'],
  [0xc05b, 'TLS_DH_anon_WITH_ARIA_256_GCM_SHA384'],
  [0xc05c, 'TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc05d, 'TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc05e, 'TLS_ECDH_ECDSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc05f, 'TLS_ECDH_ECDSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc060, 'TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc061, 'TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc062, 'TLS_ECDH_RSA_WITH_ARIA_128_GCM_SHA256'],
  [0xc063, 'TLS_ECDH_RSA_WITH_ARIA_256_GCM_SHA384'],
  [0xc064, 'TLS_PSK_WITH_ARIA_128_CBC_SHA256'],
  [0xc065, 'TLS_PSK_WITH_ARIA_256_CBC_SHA384'],
  [0xc066, 'TLS_DHE_PSK_WITH_ARIA_128_CBC_SHA256'],
  [0xc067, 'TLS_DHE_PSK_WITH_ARIA_256_CBC_SHA384'],
  [0xc068, 'TLS_RSA_PSK_WITH_ARIA_128_CBC_SHA256'],
  [0xc069, 'TLS_RSA_PSK_WITH_ARIA_256_CBC_SHA384'],
  [0xc06a, 'TLS_PSK_WITH_ARIA_128_GCM_SHA256'],
  [0xc06b, 'TLS_PSK_WITH_ARIA_256_GCM_SHA384'],
  [0xc06c, 'TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256'],
  [0xc06d, 'TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384'],
  [0xc06e, 'TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256'],
  [0xc06f, 'TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384'],
  [0xc070, 'TLS_ECDHE_PSK_WITH_ARIA_128_CBC_SHA256'],
  [0xc071, 'TLS_ECDHE_PSK_WITH_ARIA_256_CBC_SHA384'],
  [0xc072, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc073, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc074, 'TLS_ECDH_ECDSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc075, 'TLS_ECDH_ECDSA_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc076, 'TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc077, 'TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc078, 'TLS_ECDH_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc079, 'TLS_ECDH_RSA_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc07a, 'TLS_RSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc07b, 'TLS_RSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc07c, 'TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc07d, 'TLS_DHE_RSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc07e, 'TLS_DH_RSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc07f, 'TLS_DH_RSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc080, 'TLS_DHE_DSS_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc081, 'TLS_DHE_DSS_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc082, 'TLS_DH_DSS_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc083, 'TLS_DH_DSS_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc084, 'TLS_DH_anon_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc085, 'TLS_DH_anon_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc086, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc087, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc088, 'TLS_ECDH_ECDSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc089, 'TLS_ECDH_ECDSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc08a, 'TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc08b, 'TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc08c, 'TLS_ECDH_RSA_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc08d, 'TLS_ECDH_RSA_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc08e, 'TLS_PSK_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc08f, 'TLS_PSK_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc090, 'TLS_DHE_PSK_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc091, 'TLS_DHE_PSK_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc092, 'TLS_RSA_PSK_WITH_CAMELLIA_128_GCM_SHA256'],
  [0xc093, 'TLS_RSA_PSK_WITH_CAMELLIA_256_GCM_SHA384'],
  [0xc094, 'TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc095, 'TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc096, 'TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc097, 'TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc098, 'TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc099, 'TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc09a, 'TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256'],
  [0xc09b, 'TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384'],
  [0xc09c, 'TLS_RSA_WITH_AES_128_CCM'],
  [0xc09d, 'TLS_RSA_WITH_AES_256_CCM'],
  [0xc09e, 'TLS_DHE_RSA_WITH_AES_128_CCM'],
  [0xc09f, 'TLS_DHE_RSA_WITH_AES_256_CCM'],
  [0xc0a0, 'TLS_RSA_WITH_AES_128_CCM_8'],
  [0xc0a1, 'TLS_RSA_WITH_AES_256_CCM_8'],
  [0xc0a2, 'TLS_DHE_RSA_WITH_AES_128_CCM_8'],
  [0xc0a3, 'TLS_DHE_RSA_WITH_AES_256_CCM_8'],
  [0xc0a4, 'TLS_PSK_WITH_AES_128_CCM'],
  [0xc0a5, 'TLS_PSK_WITH_AES_256_CCM'],
  [0xc0a6, 'TLS_DHE_PSK_WITH_AES_128_CCM'],
  [0xc0a7, 'TLS_DHE_PSK_WITH_AES_256_CCM'],
  [0xc0a8, 'TLS_PSK_WITH_AES_128_CCM_8'],
  [0xc0a9, 'TLS_PSK_WITH_AES_256_CCM_8'],
  [0xc0aa, 'TLS_PSK_DHE_WITH_AES_128_CCM_8'],
  [0xc0ab, 'TLS_PSK_DHE_WITH_AES_256_CCM_8'],
  [0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
  [0xc0ad, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM'],
  [0xc0ae, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8'],
  [0xc0af, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8'],
  [0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
  [0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
  [0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
  [0xccab, 'TLS_PSK_WITH_CHACHA20_POLY1305_SHA256'],
  [0xccac, 'TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256'],
  [0xccad, 'TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256'],
  [0xccae, 'TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256'],
  [0xd001, 'TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256'],
  [0xd002, 'TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384'],
  [0xd003, 'TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256'],
  [0xd005, 'TLS_ECDHE_PSK_WITH_AES_128_CCM_SHA256'],
];

/**
 * Why a suite is weak, read from the components of its systematic IANA name. Each rule: a pattern on the name and
 * the reason it gives. Reasons are stable strings the rating and the page use.
 * - NULL: no encryption at all; ANON: no server authentication (anyone in the middle can answer);
 * - EXPORT: deliberately crippled 40/56-bit "export" crypto (FREAK, Logjam);
 * - RC4: biased stream cipher, prohibited by RFC 7465; DES: 56-bit single DES; RC2: 40-bit RC2;
 * - 3DES and IDEA: 64-bit block ciphers (Sweet32); MD5: MD5 message authentication.
 */
export const WEAKNESS_RULES: ReadonlyArray<{ reason: string; pattern: RegExp }> = [
  { reason: 'NULL', pattern: /_WITH_NULL_|^TLS_NULL_/ },
  { reason: 'ANON', pattern: /_anon_|^TLS_NULL_WITH/ },
  { reason: 'EXPORT', pattern: /_EXPORT(1024)?_/ },
  { reason: 'RC4', pattern: /_RC4_/ },
  { reason: 'DES', pattern: /_DES40_|_DES_CBC_/ },
  { reason: 'RC2', pattern: /_RC2_/ },
  { reason: '3DES', pattern: /_3DES_EDE_/ },
  { reason: 'IDEA', pattern: /_IDEA_/ },
  { reason: 'MD5', pattern: /_MD5$/ },
];

/** Reasons that make offering a suite a serious problem (as opposed to a dated one such as 3DES). */
export const SEVERE_WEAKNESSES: ReadonlySet<string> = new Set(['NULL', 'ANON', 'EXPORT', 'RC4', 'DES', 'RC2', 'MD5']);

export interface CipherSuiteInfo {
  id: number;
  /** IANA name, 'GREASE_0x0A0A' for GREASE, or '0x1234' when unknown. */
  name: string;
  known: boolean;
  iana: boolean;
  grease: boolean;
  /** TLS_EMPTY_RENEGOTIATION_INFO_SCSV or TLS_FALLBACK_SCSV: a signal, not a suite. */
  scsv: boolean;
  /** A TLS 1.3 suite (0x13xx). */
  tls13: boolean;
  /** Authenticated encryption (GCM, CCM, ChaCha20-Poly1305); all TLS 1.3 suites. */
  aead: boolean;
  /** Ephemeral key exchange (ECDHE/DHE, and every TLS 1.3 suite). */
  forward_secrecy: boolean;
  /** Entries of WEAKNESS_RULES that apply, in rule order; empty for sound suites. */
  weaknesses: string[];
}

function describeSuite(id: number, name: string, iana: boolean): CipherSuiteInfo {
  const tls13 = id >> 8 === 0x13;
  const weaknesses = WEAKNESS_RULES.filter((r) => r.pattern.test(name)).map((r) => r.reason);
  return {
    id,
    name,
    known: true,
    iana,
    grease: false,
    scsv: false,
    tls13,
    aead: tls13 || /_GCM_|_CCM|_POLY1305_/.test(name),
    forward_secrecy: tls13 || /^TLS_(ECDHE|DHE)_/.test(name),
    weaknesses,
  };
}

const SUITES: ReadonlyMap<number, CipherSuiteInfo> = (() => {
  const map = new Map<number, CipherSuiteInfo>();
  for (const [id, name] of IANA_SUITES) map.set(id, describeSuite(id, name, true));
  for (const [id, name] of UNREGISTERED_SUITES) map.set(id, describeSuite(id, name, false));
  for (const [id, name] of SCSV_VALUES) {
    map.set(id, { ...describeSuite(id, name, true), scsv: true });
  }
  return map;
})();

/** Everything the registry knows about a cipher suite value (never throws; unknown values get a hex name). */
export function cipherSuiteInfo(id: number): CipherSuiteInfo {
  const known = SUITES.get(id);
  if (known !== undefined) return known;
  const grease = isGrease(id);
  return {
    id,
    name: grease ? 'GREASE_' + hex16(id) : hex16(id),
    known: false,
    iana: false,
    grease,
    scsv: false,
    tls13: false,
    aead: false,
    forward_secrecy: false,
    weaknesses: [],
  };
}

export function cipherSuiteName(id: number): string {
  return cipherSuiteInfo(id).name;
}

/** All suites with a name, for tests and reviews. */
export function knownCipherSuites(): CipherSuiteInfo[] {
  return [...SUITES.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// Named groups (supported_groups, key_share) - IANA "TLS Supported Groups"
// ---------------------------------------------------------------------------------------------------------------

export const NAMED_GROUPS: ReadonlyMap<number, string> = new Map([
  [1, 'sect163k1'],
  [2, 'sect163r1'],
  [3, 'sect163r2'],
  [4, 'sect193r1'],
  [5, 'sect193r2'],
  [6, 'sect233k1'],
  [7, 'sect233r1'],
  [8, 'sect239k1'],
  [9, 'sect283k1'],
  [10, 'sect283r1'],
  [11, 'sect409k1'],
  [12, 'sect409r1'],
  [13, 'sect571k1'],
  [14, 'sect571r1'],
  [15, 'secp160k1'],
  [16, 'secp160r1'],
  [17, 'secp160r2'],
  [18, 'secp192k1'],
  [19, 'secp192r1'],
  [20, 'secp224k1'],
  [21, 'secp224r1'],
  [22, 'secp256k1'],
  [23, 'secp256r1'],
  [24, 'secp384r1'],
  [25, 'secp521r1'],
  [26, 'brainpoolP256r1'],
  [27, 'brainpoolP384r1'],
  [28, 'brainpoolP512r1'],
  [29, 'x25519'],
  [30, 'x448'],
  [31, 'brainpoolP256r1tls13'],
  [32, 'brainpoolP384r1tls13'],
  [33, 'brainpoolP512r1tls13'],
  [34, 'GC256A'],
  [35, 'GC256B'],
  [36, 'GC256C'],
  [37, 'GC256D'],
  [38, 'GC512A'],
  [39, 'GC512B'],
  [40, 'GC512C'],
  [41, 'curveSM2'],
  [256, 'ffdhe2048'],
  [257, 'ffdhe3072'],
  [258, 'ffdhe4096'],
  [259, 'ffdhe6144'],
  [260, 'ffdhe8192'],
  [512, 'MLKEM512'],
  [513, 'MLKEM768'],
  [514, 'MLKEM1024'],
  [4587, 'SecP256r1MLKEM768'],
  [4588, 'X25519MLKEM768'],
  [4589, 'SecP384r1MLKEM1024'],
  [25497, 'X25519Kyber768Draft00'],
  [25498, 'SecP256r1Kyber768Draft00'],
  [0xff01, 'arbitrary_explicit_prime_curves'],
  [0xff02, 'arbitrary_explicit_char2_curves'],
]);

export function groupName(id: number): string {
  return NAMED_GROUPS.get(id) ?? hex16(id);
}

// ---------------------------------------------------------------------------------------------------------------
// Signature schemes (signature_algorithms) - IANA "TLS SignatureScheme", plus the TLS 1.2 hash/signature pairs
// (RFC 5246 7.4.1.4.1) that have no SignatureScheme name, named <signature>_<hash> in the same style.
// ---------------------------------------------------------------------------------------------------------------

export const SIGNATURE_SCHEMES: ReadonlyMap<number, string> = new Map([
  [0x0101, 'rsa_pkcs1_md5'],
  [0x0102, 'dsa_md5'],
  [0x0103, 'ecdsa_md5'],
  [0x0201, 'rsa_pkcs1_sha1'],
  [0x0202, 'dsa_sha1'],
  [0x0203, 'ecdsa_sha1'],
  [0x0301, 'rsa_pkcs1_sha224'],
  [0x0302, 'dsa_sha224'],
  [0x0303, 'ecdsa_sha224'],
  [0x0401, 'rsa_pkcs1_sha256'],
  [0x0402, 'dsa_sha256'],
  [0x0403, 'ecdsa_secp256r1_sha256'],
  [0x0420, 'rsa_pkcs1_sha256_legacy'],
  [0x0501, 'rsa_pkcs1_sha384'],
  [0x0502, 'dsa_sha384'],
  [0x0503, 'ecdsa_secp384r1_sha384'],
  [0x0520, 'rsa_pkcs1_sha384_legacy'],
  [0x0601, 'rsa_pkcs1_sha512'],
  [0x0602, 'dsa_sha512'],
  [0x0603, 'ecdsa_secp521r1_sha512'],
  [0x0620, 'rsa_pkcs1_sha512_legacy'],
  [0x0704, 'eccsi_sha256'],
  [0x0705, 'iso_ibs1'],
  [0x0706, 'iso_ibs2'],
  [0x0707, 'iso_chinese_ibs'],
  [0x0708, 'sm2sig_sm3'],
  [0x0709, 'gostr34102012_256a'],
  [0x070a, 'gostr34102012_256b'],
  [0x070b, 'gostr34102012_256c'],
  [0x070c, 'gostr34102012_256d'],
  [0x070d, 'gostr34102012_512a'],
  [0x070e, 'gostr34102012_512b'],
  [0x070f, 'gostr34102012_512c'],
  [0x0804, 'rsa_pss_rsae_sha256'],
  [0x0805, 'rsa_pss_rsae_sha384'],
  [0x0806, 'rsa_pss_rsae_sha512'],
  [0x0807, 'ed25519'],
  [0x0808, 'ed448'],
  [0x0809, 'rsa_pss_pss_sha256'],
  [0x080a, 'rsa_pss_pss_sha384'],
  [0x080b, 'rsa_pss_pss_sha512'],
  [0x081a, 'ecdsa_brainpoolP256r1tls13_sha256'],
  [0x081b, 'ecdsa_brainpoolP384r1tls13_sha384'],
  [0x081c, 'ecdsa_brainpoolP512r1tls13_sha512'],
  [0x0904, 'mldsa44'],
  [0x0905, 'mldsa65'],
  [0x0906, 'mldsa87'],
]);

export function signatureSchemeName(id: number): string {
  return SIGNATURE_SCHEMES.get(id) ?? hex16(id);
}

// ---------------------------------------------------------------------------------------------------------------
// Extensions - IANA "TLS ExtensionType Values" (plus NPN and ALPS, which browsers sent unregistered)
// ---------------------------------------------------------------------------------------------------------------

export const EXTENSION_NAMES: ReadonlyMap<number, string> = new Map([
  [0, 'server_name'],
  [1, 'max_fragment_length'],
  [2, 'client_certificate_url'],
  [3, 'trusted_ca_keys'],
  [4, 'truncated_hmac'],
  [5, 'status_request'],
  [6, 'user_mapping'],
  [7, 'client_authz'],
  [8, 'server_authz'],
  [9, 'cert_type'],
  [10, 'supported_groups'],
  [11, 'ec_point_formats'],
  [12, 'srp'],
  [13, 'signature_algorithms'],
  [14, 'use_srtp'],
  [15, 'heartbeat'],
  [16, 'application_layer_protocol_negotiation'],
  [17, 'status_request_v2'],
  [18, 'signed_certificate_timestamp'],
  [19, 'client_certificate_type'],
  [20, 'server_certificate_type'],
  [21, 'padding'],
  [22, 'encrypt_then_mac'],
  [23, 'extended_master_secret'],
  [24, 'token_binding'],
  [25, 'cached_info'],
  [27, 'compress_certificate'],
  [28, 'record_size_limit'],
  [34, 'delegated_credential'],
  [35, 'session_ticket'],
  [41, 'pre_shared_key'],
  [42, 'early_data'],
  [43, 'supported_versions'],
  [44, 'cookie'],
  [45, 'psk_key_exchange_modes'],
  [47, 'certificate_authorities'],
  [48, 'oid_filters'],
  [49, 'post_handshake_auth'],
  [50, 'signature_algorithms_cert'],
  [51, 'key_share'],
  [57, 'quic_transport_parameters'],
  [13172, 'next_protocol_negotiation'],
  [17513, 'application_settings_old'],
  [17613, 'application_settings'],
  [0xfe0d, 'encrypted_client_hello'],
  [0xff01, 'renegotiation_info'],
]);

export function extensionName(id: number): string {
  if (isGrease(id)) return 'GREASE_' + hex16(id);
  return EXTENSION_NAMES.get(id) ?? hex16(id);
}

// ---------------------------------------------------------------------------------------------------------------
// ALPN protocol IDs (IANA "TLS Application-Layer Protocol Negotiation (ALPN) Protocol IDs", the common ones)
// ---------------------------------------------------------------------------------------------------------------

export const ALPN_PROTOCOLS: ReadonlyMap<string, string> = new Map([
  ['http/0.9', 'HTTP/0.9'],
  ['http/1.0', 'HTTP/1.0'],
  ['http/1.1', 'HTTP/1.1'],
  ['spdy/1', 'SPDY/1'],
  ['spdy/2', 'SPDY/2'],
  ['spdy/3', 'SPDY/3'],
  ['h2', 'HTTP/2 over TLS'],
  ['h2c', 'HTTP/2 over TCP'],
  ['h3', 'HTTP/3'],
  ['acme-tls/1', 'ACME TLS-ALPN challenge'],
]);

// ---------------------------------------------------------------------------------------------------------------
// Compression methods (RFC 3749); anything but null enables CRIME
// ---------------------------------------------------------------------------------------------------------------

export const COMPRESSION_METHODS: ReadonlyMap<number, string> = new Map([
  [0, 'null'],
  [1, 'DEFLATE'],
  [64, 'LZS'],
]);
