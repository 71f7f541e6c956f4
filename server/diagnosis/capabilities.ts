/**
 * What a browser's own TLS stack can and cannot put in a ClientHello, by browser family and version (reviewed
 * data), and the check that compares a hello with the browser its User-Agent names.
 *
 * Used to spot a middlebox: when the hello shows something the named browser cannot send (TLS 1.3 from Internet
 * Explorer, GREASE from Firefox 45) or lacks something it always sends (GREASE from a current Chrome), the
 * connection was most likely made by a proxy or security product that re-encrypts traffic (or the browser sends
 * a User-Agent that is not its own). Thresholds are deliberately conservative: each row states a version boundary
 * only where it is sure, so that a real browser is never called a middlebox.
 *
 * Sources: caniuse tls1-2/tls1-3; Chromium and Firefox release notes (TLS 1.3 final: Chrome 70, Firefox 63;
 * GREASE in BoringSSL late 2016, Chrome 55); Microsoft Schannel protocol tables (no TLS 1.1+ on XP/Vista, no TLS 1.3
 * in Internet Explorer or EdgeHTML); Apple (TLS 1.3 from iOS 12.2 / macOS 10.14.4, i.e. Safari 12.1); the
 * captures in test/fixtures/clienthello (Chromium 156 sends GREASE; Firefox ESR 153 does not).
 */
import type { ClientInfo } from '../advice/types.js';
import { versionRank } from '../tls/registry.js';

export type HelloFeature = 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3' | 'GREASE';

export interface CapabilityRow {
  id: string;
  /** Lower-case browser names: ua-parser-js 1.x names and the display names of ClientInfo. */
  browsers: readonly string[];
  /** The row applies from this major version (inclusive)... */
  from_major?: number;
  /** ...up to, not including, this one. */
  below_major?: number;
  /** Lower-case OS names the row is limited to. */
  os?: readonly string[];
  /** Lower-case OS versions the row is limited to (exact match, as ua-parser-js reports them). */
  os_versions?: readonly string[];
  /** Lower-case OS names the row does not apply to. */
  not_os?: readonly string[];
  /** Features a hello from this browser cannot have. */
  cannot?: readonly HelloFeature[];
  /** Features a hello from this browser always has. */
  always?: readonly HelloFeature[];
}

const IE = ['ie', 'internet explorer', 'iemobile', 'ie mobile'];
const CHROME = ['chrome', 'chromium', 'chrome headless', 'chrome webview', 'chrome mobile'];
const FIREFOX = ['firefox', 'mozilla firefox', 'firefox mobile'];
const SAFARI = ['safari'];
const MOBILE_SAFARI = ['mobile safari'];
const OLD_WINDOWS = ['xp', 'vista', '2000', 'nt 4.0', 'me', '98', '95'];

export const CAPABILITY_ROWS: readonly CapabilityRow[] = [
  // Internet Explorer uses Windows' Schannel: never TLS 1.3 or GREASE; on XP/Vista nothing above TLS 1.0.
  { id: 'ie', browsers: IE, cannot: ['TLSv1.3', 'GREASE'] },
  { id: 'ie-old-windows', browsers: IE, os: ['windows'], os_versions: OLD_WINDOWS, cannot: ['TLSv1.1', 'TLSv1.2'] },
  // Edge 12-18 (EdgeHTML) also uses Schannel; Edge 79+ is Chromium.
  { id: 'edge-legacy', browsers: ['edge', 'microsoft edge'], below_major: 79, cannot: ['TLSv1.3', 'GREASE'] },
  { id: 'edge-chromium', browsers: ['edge', 'microsoft edge'], from_major: 79, not_os: ['ios'], always: ['GREASE'] },
  // Chrome: TLS 1.1 from 22, TLS 1.2 from 29, GREASE from 55 (boundary kept one version lower, to be safe),
  // final TLS 1.3 from 70 (65-69 sent drafts only, which do not count as TLS 1.3 here).
  // Chrome on iOS uses Apple's TLS stack, so the Chrome rows skip iOS.
  { id: 'chrome-pre-tls11', browsers: CHROME, below_major: 22, not_os: ['ios'], cannot: ['TLSv1.1', 'TLSv1.2'] },
  { id: 'chrome-pre-tls12', browsers: CHROME, below_major: 29, not_os: ['ios'], cannot: ['TLSv1.2'] },
  { id: 'chrome-pre-grease', browsers: CHROME, below_major: 54, not_os: ['ios'], cannot: ['GREASE'] },
  { id: 'chrome-pre-tls13', browsers: CHROME, below_major: 70, not_os: ['ios'], cannot: ['TLSv1.3'] },
  { id: 'chrome-grease', browsers: CHROME, from_major: 70, not_os: ['ios'], always: ['GREASE'] },
  // Firefox (NSS): TLS 1.2 from 24, final TLS 1.3 from 63; no GREASE before that (nor in ESR 153, see fixtures).
  { id: 'firefox-pre-tls12', browsers: FIREFOX, below_major: 24, cannot: ['TLSv1.2'] },
  { id: 'firefox-pre-tls13', browsers: FIREFOX, below_major: 63, cannot: ['TLSv1.3', 'GREASE'] },
  // Safari: TLS 1.2 from Safari 7 (OS X 10.9) and Mobile Safari 5 (iOS 5); TLS 1.3 from 12.1; no GREASE before 11.
  { id: 'safari-pre-tls12', browsers: SAFARI, below_major: 7, cannot: ['TLSv1.2'] },
  { id: 'mobile-safari-pre-tls12', browsers: MOBILE_SAFARI, below_major: 5, cannot: ['TLSv1.2'] },
  { id: 'safari-pre-tls13', browsers: [...SAFARI, ...MOBILE_SAFARI], below_major: 12, cannot: ['TLSv1.3'] },
  { id: 'safari-pre-grease', browsers: [...SAFARI, ...MOBILE_SAFARI], below_major: 11, cannot: ['GREASE'] },
  // Android's stock browser (not Chrome): never TLS 1.3 or GREASE; no TLS 1.2 before Android 4.4.
  { id: 'android-browser', browsers: ['android browser'], cannot: ['TLSv1.3', 'GREASE'] },
  {
    id: 'android-browser-old',
    browsers: ['android browser'],
    os_versions: ['1', '2', '3', '4.0', '4.1', '4.2', '4.3'],
    cannot: ['TLSv1.2'],
  },
  // Opera: Presto (12 and older) never had TLS 1.3 or GREASE; Blink Opera follows Chrome 13-14 versions behind.
  { id: 'opera-presto', browsers: ['opera'], below_major: 15, cannot: ['TLSv1.3', 'GREASE'] },
  { id: 'opera-pre-grease', browsers: ['opera'], below_major: 41, cannot: ['GREASE'] },
  { id: 'opera-pre-tls13', browsers: ['opera'], below_major: 57, cannot: ['TLSv1.3'] },
  { id: 'opera-grease', browsers: ['opera'], from_major: 57, not_os: ['ios'], always: ['GREASE'] },
];

export type CapabilityClient = Pick<ClientInfo, 'kind' | 'browser' | 'browser_major' | 'os' | 'os_version'>;

/** The parts of a hello the check reads. */
export interface HelloCapabilities {
  highest_version: string;
  grease: boolean;
}

export interface Mismatch {
  row: string;
  feature: HelloFeature;
  /** 'has': the hello has a feature the browser cannot send; 'lacks': it lacks one the browser always sends. */
  kind: 'has' | 'lacks';
}

function helloHas(hello: HelloCapabilities, feature: HelloFeature): boolean {
  if (feature === 'GREASE') return hello.grease;
  return versionRank(hello.highest_version) >= versionRank(feature);
}

/** Whether the OS version (e.g. '4.4.2') is one of the listed ones ('4.4') or starts with it plus a dot. */
function osVersionMatches(actual: string, listed: readonly string[]): boolean {
  const v = actual.toLowerCase();
  return listed.some((l) => v === l || v.startsWith(l + '.'));
}

function rowApplies(row: CapabilityRow, client: CapabilityClient): boolean {
  const browser = client.browser?.toLowerCase();
  if (!browser || !row.browsers.includes(browser)) return false;
  const os = client.os?.toLowerCase() ?? '';
  if (row.os && !row.os.includes(os)) return false;
  if (row.not_os && row.not_os.includes(os)) return false;
  if (row.os_versions && !(client.os_version && osVersionMatches(client.os_version, row.os_versions))) return false;
  if (row.from_major !== undefined || row.below_major !== undefined) {
    const major = client.browser_major;
    if (major === null || !Number.isFinite(major)) return false;
    if (row.from_major !== undefined && major < row.from_major) return false;
    if (row.below_major !== undefined && major >= row.below_major) return false;
  }
  return true;
}

/**
 * Differences between the hello and what the named browser can send. Empty when the client is not a browser
 * (API clients, bots, proxy browsers such as Opera Mini, whose hellos are the proxy's by design) or unknown.
 */
export function helloMismatches(hello: HelloCapabilities, client: CapabilityClient): Mismatch[] {
  if (client.kind !== 'browser' && client.kind !== 'in-app-browser') return [];
  const out: Mismatch[] = [];
  const add = (m: Mismatch) => {
    // Rows overlap (e.g. Opera 12 is both Presto and pre-TLS 1.3): report each finding once, from the first row.
    if (!out.some((o) => o.kind === m.kind && o.feature === m.feature)) out.push(m);
  };
  for (const row of CAPABILITY_ROWS) {
    if (!rowApplies(row, client)) continue;
    for (const f of row.cannot ?? []) if (helloHas(hello, f)) add({ row: row.id, feature: f, kind: 'has' });
    for (const f of row.always ?? []) if (!helloHas(hello, f)) add({ row: row.id, feature: f, kind: 'lacks' });
  }
  return out;
}
