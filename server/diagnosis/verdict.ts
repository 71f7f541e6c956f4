/**
 * The verdict of a visit, as a pure function of the probe results, the ClientHello the server saw from this
 * visitor (when known) and the browser named by the User-Agent.
 *
 * Probes (each 'ok' | 'failed' | 'timeout' | 'not-run'):
 * - tls10 ... tls13: endpoints that accept only that protocol version;
 * - control: an endpoint that accepts every version with permissive ciphers: does HTTPS to this server work at all?
 * - policy: the endpoint with the service's real policy (minimum TLS 1.2 or 1.3).
 *
 * Verdict rules, in order (the first that matches wins):
 *   pass           policy ok.
 *   fail-protocol  policy failed, and HTTPS to this server demonstrably works (control ok, or any version probe ok),
 *                  or the hello we saw offers less than the policy minimum.
 *   fail-blocked   policy failed and control failed, nothing else worked, and no hello shows a protocol problem:
 *                  network, proxy, antivirus or certificate trust - not a TLS version question.
 *   fail-protocol  policy timed out or did not run, but HTTPS works (control or a version probe ok) and every
 *                  version probe at or above the minimum failed outright, or the hello seen is below the minimum.
 *   unknown        anything else: timeouts and probes that did not run leave the question open.
 * Choices for mixed cases:
 * - A timeout is never read as a refusal: a port that swallows packets (typical of a filtering proxy) gives the
 *   same timeout as a slow network. So policy 'timeout' + control 'failed' is unknown, not fail-blocked.
 * - A hello below the policy decides fail-protocol even when control also failed: fixing the network would not
 *   make the connection meet the policy, so that is the first thing to change (the note says the network failed
 *   too).
 * - When control failed but a version probe succeeded, HTTPS works; the control failure is reported as a note.
 * - A hello that meets the policy while the policy probe failed points away from the protocol version (certificate
 *   trust, cipher suites, interception): the reasons say so.
 *
 * Matrix per version: 'yes' (probe ok); 'no' (failed while HTTPS demonstrably works); 'blocked' (failed, control
 * failed too and nothing worked); 'unknown' (timed out, did not run, or failed while control did not conclude).
 */
import type { ClientInfo } from '../advice/types.js';
import type { ClientHelloFacts } from '../tls/clienthello.js';
import { versionRank } from '../tls/registry.js';
import { type HelloFeature, type Mismatch, helloMismatches } from './capabilities.js';
import { plainVersion } from './rating.js';

export type ProbeStatus = 'ok' | 'failed' | 'timeout' | 'not-run';
export type VersionProbe = 'tls10' | 'tls11' | 'tls12' | 'tls13';
export type ProbeResults = Record<VersionProbe | 'control' | 'policy', ProbeStatus>;
export type PolicyMinVersion = 'TLSv1.2' | 'TLSv1.3';

export interface DiagnosisInput {
  probes: ProbeResults;
  /** The ClientHello the server saw from this visitor, when known. */
  hello?: Pick<ClientHelloFacts, 'highest_version' | 'supported_versions' | 'supported_versions_source' | 'grease'> | null;
  /** The parsed User-Agent. */
  client?: Pick<ClientInfo, 'kind' | 'browser' | 'browser_major' | 'os' | 'os_version'> | null;
  policyMinVersion: PolicyMinVersion;
}

export type Verdict = 'pass' | 'fail-protocol' | 'fail-blocked' | 'unknown';
export type MatrixCell = 'yes' | 'no' | 'blocked' | 'unknown';

export interface Diagnosis {
  verdict: Verdict;
  matrix: Record<VersionProbe, MatrixCell>;
  /** Why this verdict, in plain words (first line is the headline reason). */
  reasons: string[];
  /** Side remarks that do not change the verdict. */
  notes: string[];
  /** The hello cannot have come from the browser the User-Agent names: a proxy or security product is likely. */
  middlebox: boolean;
  /** Newest version whose probe succeeded, as Node names it ('TLSv1' ... 'TLSv1.3'), or null. */
  best_version: string | null;
}

export const VERSION_PROBES: readonly VersionProbe[] = ['tls10', 'tls11', 'tls12', 'tls13'];

const PROBE_VERSION: Record<VersionProbe, string> = {
  tls10: 'TLSv1',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};

/** Reviewed wording. */
export const TEXT = {
  pass: (min: string) => `Your browser connected to the service securely, using ${min} or newer.`,
  passExactly13: 'Your browser connected to the service securely, using TLS 1.3.',
  protocolReached: (min: string) =>
    `Your browser reached this server, but could not connect securely with ${min} or newer, which the service requires.`,
  protocolBest: (v: string) => `The newest version that worked from your browser was ${v}.`,
  protocolHello: (v: string, min: string) =>
    v === 'none'
      ? `Your browser's connection offered no TLS version the service accepts (it needs ${min} or newer).`
      : `Your browser's connection offered at most ${v}; the service needs ${min} or newer.`,
  protocolVersionsFailed: (min: string) => `Every check with ${min} or newer failed, while older checks reached the server.`,
  protocolNotVersion:
    "Your browser's connection did offer a recent enough TLS version, so the problem is probably something else " +
    'the service requires: its encryption methods (cipher suites) or its certificate, or software that intercepts ' +
    'the connection.',
  blocked:
    'No secure (HTTPS) connection to this server worked, not even the basic check. This is not about TLS versions: ' +
    'something between your browser and the server blocks or breaks secure connections.',
  blockedCauses:
    'Common causes: a firewall or proxy that blocks the connection, antivirus or security software that inspects ' +
    'secure connections, or a certificate your device does not trust.',
  blockedHelloOk:
    'Your browser did start a secure connection offering a recent TLS version, so the failure came later: most ' +
    'likely the certificate is not trusted on this device, or security software interferes.',
  unknownTimeout:
    'The test could not finish: the connection to the service did not answer in time. A firewall or proxy may be ' +
    'holding it, or the network is slow. Please try again.',
  unknownNotRun: 'The test could not finish: the checks did not run. Please reload the page and try again.',
  unknownMixed:
    'The test could not tell: the service check failed, but the basic check did not finish, so we cannot say ' +
    'whether your browser or the network is the cause. Please try again.',
  oldEnabled: (list: string) =>
    `${list} ${list.includes(' and ') ? 'are' : 'is'} still enabled in your browser: harmless for this service, but you can switch ${list.includes(' and ') ? 'them' : 'it'} off.`,
  noTls13: 'Your browser does not use TLS 1.3 yet. TLS 1.2 is enough for this service; updating the browser adds TLS 1.3.',
  controlFailedButWorked:
    'The basic check failed even though other secure connections worked; a filter on your network may treat some ' +
    'addresses differently. This does not affect the result.',
  blockedToo:
    'The basic secure connection check failed as well, so a network, proxy or certificate problem may also need ' +
    'attention once the TLS version is fixed.',
  middlebox: (evidence: string) =>
    `A proxy or antivirus is probably intercepting secure connections: ${evidence}. The result describes that ` +
    'intercepting software, not your browser; its settings (or your network administrator) are what need changing.',
  offered: (names: string, browser: string) => `the connection offered ${names}, which ${browser} cannot send`,
  lacked: (names: string, browser: string) => `the connection lacked ${names}, which ${browser} always sends`,
  greaseValues: 'GREASE values',
  /** Joins the last two items of a list. */
  and: ' and ',
};

/** The wording of the diagnosis in one language: TEXT is English; server/diagnosis/text-i18n.ts has the others. */
export type DiagnosisText = typeof TEXT;

function featureName(f: HelloFeature, text: DiagnosisText): string {
  return f === 'GREASE' ? text.greaseValues : plainVersion(f);
}

/** One sentence part per direction; of several impossible versions only the newest is named. */
function describeMismatches(mismatches: Mismatch[], browser: string, text: DiagnosisText): string {
  const has = new Set(mismatches.filter((m) => m.kind === 'has').map((m) => m.feature));
  const lacks = new Set(mismatches.filter((m) => m.kind === 'lacks').map((m) => m.feature));
  const versions = [...has].filter((f) => f !== 'GREASE').sort((a, b) => versionRank(b) - versionRank(a));
  const hasNames = [...versions.slice(0, 1), ...(has.has('GREASE') ? ['GREASE' as const] : [])].map((f) => featureName(f, text));
  const parts: string[] = [];
  if (hasNames.length > 0) parts.push(text.offered(joinAnd(hasNames, text), browser));
  if (lacks.size > 0) parts.push(text.lacked(joinAnd([...lacks].map((f) => featureName(f, text)), text), browser));
  return parts.join('; ');
}

function joinAnd(items: string[], text: DiagnosisText): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${text.and}${items[items.length - 1]}`;
}

export function diagnose(input: DiagnosisInput, text: DiagnosisText = TEXT): Diagnosis {
  const p = input.probes;
  const min = input.policyMinVersion;
  const minPlain = plainVersion(min);
  const hello = input.hello ?? null;

  const versionOk = VERSION_PROBES.some((v) => p[v] === 'ok');
  const reachable = p.control === 'ok' || p.policy === 'ok' || versionOk;
  const helloBelow = hello !== null && versionRank(hello.highest_version) < versionRank(min);
  const helloMeets = hello !== null && !helloBelow;
  const atOrAbove = VERSION_PROBES.filter((v) => versionRank(PROBE_VERSION[v]) >= versionRank(min));

  const matrix = {} as Record<VersionProbe, MatrixCell>;
  for (const v of VERSION_PROBES) {
    const s = p[v];
    matrix[v] =
      s === 'ok' ? 'yes' : s !== 'failed' ? 'unknown' : reachable ? 'no' : p.control === 'failed' ? 'blocked' : 'unknown';
  }
  let best: string | null = null;
  for (const v of VERSION_PROBES) if (p[v] === 'ok') best = PROBE_VERSION[v];

  const reasons: string[] = [];
  const notes: string[] = [];
  let verdict: Verdict;

  const protocolReasons = () => {
    reasons.push(text.protocolReached(minPlain));
    if (best !== null) reasons.push(text.protocolBest(plainVersion(best)));
    if (hello !== null && helloBelow) reasons.push(text.protocolHello(plainVersion(hello.highest_version), minPlain));
    if (helloMeets) reasons.push(text.protocolNotVersion);
  };

  if (p.policy === 'ok') {
    verdict = 'pass';
    reasons.push(min === 'TLSv1.3' ? text.passExactly13 : text.pass(minPlain));
  } else if (p.policy === 'failed' && (p.control === 'ok' || versionOk || helloBelow)) {
    verdict = 'fail-protocol';
    protocolReasons();
  } else if (p.policy === 'failed' && p.control === 'failed') {
    verdict = 'fail-blocked';
    reasons.push(text.blocked);
    reasons.push(helloMeets ? text.blockedHelloOk : text.blockedCauses);
  } else if (
    p.policy !== 'failed' &&
    (helloBelow || ((p.control === 'ok' || versionOk) && atOrAbove.every((v) => p[v] === 'failed')))
  ) {
    verdict = 'fail-protocol';
    protocolReasons();
    if (!helloBelow) reasons.push(text.protocolVersionsFailed(minPlain));
  } else {
    verdict = 'unknown';
    const anyTimeout = Object.values(p).some((s) => s === 'timeout');
    if (p.policy === 'failed') reasons.push(text.unknownMixed);
    else if (anyTimeout) reasons.push(text.unknownTimeout);
    else reasons.push(text.unknownNotRun);
  }

  // Notes: things worth knowing that do not change the verdict.
  if (verdict === 'pass') {
    const oldOn = (['tls10', 'tls11'] as const).filter((v) => p[v] === 'ok').map((v) => plainVersion(PROBE_VERSION[v]));
    if (oldOn.length === 0 && hello?.supported_versions_source === 'extension') {
      // Probes did not show it, but the hello lists them explicitly (a derived list proves nothing).
      for (const v of ['TLSv1', 'TLSv1.1']) if (hello.supported_versions.includes(v)) oldOn.push(plainVersion(v));
    }
    if (oldOn.length > 0) notes.push(text.oldEnabled(joinAnd(oldOn, text)));
    if (min === 'TLSv1.2' && p.tls13 === 'failed' && p.tls12 === 'ok') notes.push(text.noTls13);
  }
  if (p.control === 'failed' && (verdict === 'pass' || (verdict === 'fail-protocol' && versionOk))) {
    notes.push(text.controlFailedButWorked);
  }
  if (verdict === 'fail-protocol' && p.control === 'failed' && !versionOk) notes.push(text.blockedToo);

  let middlebox = false;
  if (hello !== null && input.client) {
    const mismatches = helloMismatches(hello, input.client);
    if (mismatches.length > 0) {
      middlebox = true;
      const name = [input.client.browser, input.client.browser_major].filter((x) => x !== null).join(' ');
      const sentence = text.middlebox(describeMismatches(mismatches, name, text));
      if (verdict === 'fail-protocol' || verdict === 'fail-blocked') reasons.push(sentence);
      else notes.push(sentence);
    }
  }

  return { verdict, matrix, reasons, notes, middlebox, best_version: best };
}
