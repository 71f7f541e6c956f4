/**
 * Rates what a ClientHello offers, in the spirit of "How's My SSL": good / needs-improvement / bad, with the
 * insecure cipher suites by name and recommendations in plain words.
 *
 * - bad: cannot do TLS 1.2 at all; still offers SSL 3.0; offers TLS compression (CRIME); offers a broken suite
 *   (NULL, anonymous, export-grade, RC4, single DES, RC2, MD5 MAC).
 * - needs-improvement: still allows TLS 1.0/1.1; offers 64-bit block ciphers (3DES, IDEA: Sweet32); offers no
 *   authenticated-encryption (AEAD) suite; offers no suite with forward secrecy.
 * - good: none of the above.
 * A hello without the supported_versions extension allows every version from TLS 1.0 up to its legacy_version
 * (that is how servers read it), so a TLS 1.2-only client of that kind still counts as allowing TLS 1.0/1.1.
 */
import type { ClientHelloFacts } from '../tls/clienthello.js';
import { SEVERE_WEAKNESSES, cipherSuiteInfo, versionRank } from '../tls/registry.js';

export type HelloRating = 'good' | 'needs-improvement' | 'bad';

export interface ClientHelloRating {
  rating: HelloRating;
  /** Offered suites with a weakness: IANA name -> reasons ('RC4', '3DES', 'EXPORT', ...). */
  insecure_cipher_suites: Record<string, string[]>;
  /** Most serious first. */
  recommendations: string[];
  /** Identifiers of the findings (FINDINGS keys), in the order of `recommendations`. */
  findings: FindingId[];
}

/** The parts of the facts the rating reads. */
export type RatingInput = Pick<ClientHelloFacts, 'supported_versions' | 'highest_version' | 'cipher_suites' | 'compression_methods'>;

export type FindingId =
  | 'no-tls12'
  | 'sslv3'
  | 'compression'
  | 'broken-ciphers'
  | 'old-versions'
  | 'weak-ciphers'
  | 'no-aead'
  | 'no-forward-secrecy'
  | 'no-tls13';

type Severity = 'bad' | 'needs-improvement' | 'info';

/** Reviewed wording. `{list}` is replaced by the plain names of what was found. */
export const FINDINGS: Record<FindingId, { severity: Severity; text: string }> = {
  'no-tls12': {
    severity: 'bad',
    text:
      'Your browser cannot use TLS 1.2 or newer, which secure sites now require. Turn TLS 1.2 on in its settings if ' +
      'it has that option, or update to a current browser.',
  },
  sslv3: {
    severity: 'bad',
    text: 'SSL 3.0 is still switched on. It is broken (POODLE attack): switch it off, or update your browser.',
  },
  compression: {
    severity: 'bad',
    text:
      'Your browser offers TLS compression, which can reveal secrets such as login cookies (CRIME attack). Update ' +
      'the browser or the software making the connection.',
  },
  'broken-ciphers': {
    severity: 'bad',
    text:
      'Your browser offers encryption methods that are broken ({list}). An attacker could read or change your ' +
      'traffic. Update your browser, or use a current one.',
  },
  'old-versions': {
    severity: 'needs-improvement',
    text:
      'Your browser still allows {list}. These old versions are weak and most sites no longer accept them; you can ' +
      'switch them off, and current browsers already have.',
  },
  'weak-ciphers': {
    severity: 'needs-improvement',
    text:
      'Your browser still offers outdated 64-bit block ciphers ({list}), which are weak for long connections ' +
      '(Sweet32 attack). A current browser no longer offers them.',
  },
  'no-aead': {
    severity: 'needs-improvement',
    text:
      'Your browser offers only older CBC-mode encryption, no modern authenticated encryption (AES-GCM or ' +
      'ChaCha20-Poly1305). Updating the browser adds it.',
  },
  'no-forward-secrecy': {
    severity: 'needs-improvement',
    text:
      'None of the encryption methods your browser offers has forward secrecy, so recorded traffic could be ' +
      'decrypted later if a server key leaks. Updating the browser fixes this.',
  },
  'no-tls13': {
    severity: 'info',
    text: 'Your browser does not offer TLS 1.3, the newest version. A current browser adds it.',
  },
};

/** Plain names for weakness reasons and versions, for the `{list}` placeholders. */
const PLAIN_WEAKNESS: Record<string, string> = {
  NULL: 'no encryption',
  ANON: 'no server authentication',
  EXPORT: 'export-grade',
  RC4: 'RC4',
  DES: 'DES',
  RC2: 'RC2',
  MD5: 'MD5',
  '3DES': '3DES',
  IDEA: 'IDEA',
};

export function plainVersion(name: string): string {
  const map: Record<string, string> = {
    SSLv2: 'SSL 2.0',
    SSLv3: 'SSL 3.0',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3',
  };
  return map[name] ?? name;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const SEVERITY_ORDER: Severity[] = ['bad', 'needs-improvement', 'info'];

export function rateClientHello(facts: RatingInput): ClientHelloRating {
  const found = new Map<FindingId, string[]>();
  const insecure: Record<string, string[]> = {};

  const suites = facts.cipher_suites.map((s) => cipherSuiteInfo(s.id)).filter((s) => !s.grease && !s.scsv);
  const severe = new Set<string>();
  const weak = new Set<string>();
  for (const s of suites) {
    if (s.weaknesses.length === 0) continue;
    insecure[s.name] = [...s.weaknesses];
    for (const w of s.weaknesses) (SEVERE_WEAKNESSES.has(w) ? severe : weak).add(w);
  }

  const highest = versionRank(facts.highest_version);
  if (highest < versionRank('TLSv1.2')) found.set('no-tls12', []);
  if (facts.supported_versions.includes('SSLv3')) found.set('sslv3', []);
  if (facts.compression_methods.some((m) => m !== 0)) found.set('compression', []);
  if (severe.size > 0) found.set('broken-ciphers', [...severe].map((w) => PLAIN_WEAKNESS[w] ?? w));
  const old = ['TLSv1', 'TLSv1.1'].filter((v) => facts.supported_versions.includes(v));
  // With TLS 1.2 impossible, "switch off the old versions" would leave nothing: no-tls12 says what to do.
  if (old.length > 0 && !found.has('no-tls12')) found.set('old-versions', old.map(plainVersion));
  if (weak.size > 0) found.set('weak-ciphers', [...weak].map((w) => PLAIN_WEAKNESS[w] ?? w));
  if (suites.length > 0 && !suites.some((s) => s.aead)) found.set('no-aead', []);
  if (suites.length > 0 && !suites.some((s) => s.forward_secrecy)) found.set('no-forward-secrecy', []);
  if (facts.highest_version === 'TLSv1.2') found.set('no-tls13', []);

  const ids = [...found.keys()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(FINDINGS[a].severity) - SEVERITY_ORDER.indexOf(FINDINGS[b].severity),
  );
  const severities = new Set(ids.map((id) => FINDINGS[id].severity));
  const rating: HelloRating = severities.has('bad') ? 'bad' : severities.has('needs-improvement') ? 'needs-improvement' : 'good';
  return {
    rating,
    insecure_cipher_suites: insecure,
    recommendations: ids.map((id) => FINDINGS[id].text.replace('{list}', joinAnd(found.get(id)!))),
    findings: ids,
  };
}
