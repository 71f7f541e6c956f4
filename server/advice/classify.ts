/**
 * Client classifier: User-Agent string -> ClientInfo. Built over ua-parser-js 1.x, correcting its blind spots
 * for the clients this product cares about (old IE, Android stock browsers, in-app and proxy browsers, HTTP
 * libraries, crawlers). Pure; never throws; linear time on a bounded input.
 */
import { LruMap } from '../lru.js';
import UAParser from 'ua-parser-js';
import type { ClientInfo, ClientKind } from './types.js';
import {
  API_SIGNATURES,
  BOT_PATTERN,
  BROWSER_DISPLAY_NAMES,
  CHROMIUM_BASED_NAMES,
  GENERIC_BOT_PATTERN,
  IN_APP_SIGNATURES,
  NOT_A_BOT_PATTERN,
  PROXY_SIGNATURES,
  type ApiSignature,
} from './signatures.js';

/** Only this much of a User-Agent is looked at. Real UAs are far shorter; the rest is noise or an attack. */
export const MAX_UA_CHARS = 1024;

const DESKTOP_OSES = new Set([
  'Windows',
  'Mac OS',
  'Linux',
  'Ubuntu',
  'Debian',
  'Fedora',
  'Chromium OS',
  'FreeBSD',
  'OpenBSD',
  'NetBSD',
  'Solaris',
  'Mint',
  'Arch',
  'SUSE',
  'Gentoo',
  'Red Hat',
  'CentOS',
]);

/** Text that must never reach users: stray values of broken tokens. */
const POISON = /\b(?:undefined|null|nan)\b/i;

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (v === '' || POISON.test(v)) return null;
  return v;
}

function firstNumber(version: string | null | undefined): number | null {
  if (typeof version !== 'string') return null;
  const m = /^\D{0,8}(\d{1,6})/.exec(version);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : null;
}

/** "1.7.0_80" -> 7, "1.8.0" -> 8, "11.0.2" -> 11, "17" -> 17. */
function javaMajor(version: string | null): number | null {
  if (!version) return null;
  const m = /^(\d{1,3})(?:[._](\d{1,3}))?/.exec(version);
  if (!m) return null;
  const first = Number(m[1]);
  if (first === 1 && m[2] !== undefined) return Number(m[2]);
  return first;
}

function blank(kind: ClientKind, family: string): ClientInfo {
  return {
    kind,
    browser: null,
    browser_version: null,
    browser_major: null,
    engine: null,
    os: null,
    os_version: null,
    device_type: null,
    family,
    engine_version: null,
    chromium_major: null,
    app: null,
  };
}

function unknownClient(): ClientInfo {
  return blank('unknown', 'unknown');
}

/** Replace "$1"-style references in an app label; drop references to groups that did not match. */
function fillGroups(template: string, m: RegExpExecArray): string | null {
  const out = template.replace(/\$(\d)/g, (_s, d: string) => m[Number(d)] ?? '').replace(/\s+/g, ' ').trim();
  return clean(out);
}

function osFromApiUa(ua: string): { os: string | null; os_version: string | null } {
  const android = /\bAndroid (\d{1,2}(?:\.\d{1,3}){0,2})/.exec(ua);
  if (android) return { os: 'Android', os_version: android[1] ?? null };
  if (/\bWindows NT\b/.test(ua)) {
    const nt = /\bWindows NT (\d{1,2}\.\d)/.exec(ua);
    return { os: 'Windows', os_version: nt ? windowsVersionFromNt(nt[1] ?? '') : null };
  }
  if (/linux/i.test(ua)) return { os: 'Linux', os_version: null };
  return { os: null, os_version: null };
}

function windowsVersionFromNt(nt: string): string | null {
  switch (nt) {
    case '5.0':
      return '2000';
    case '5.1':
    case '5.2':
      return 'XP';
    case '6.0':
      return 'Vista';
    case '6.1':
      return '7';
    case '6.2':
      return '8';
    case '6.3':
      return '8.1';
    case '10.0':
      return '10';
    default:
      return null;
  }
}

function classifyApi(ua: string, sig: ApiSignature, m: RegExpExecArray): ClientInfo {
  const c = blank('api-client', sig.family);
  c.browser = sig.browser;
  const version = sig.versionGroup !== undefined ? clean(m[sig.versionGroup]) : null;
  c.browser_version = version;
  c.browser_major = sig.javaVersion ? javaMajor(version) : firstNumber(version);
  c.app = sig.app ? fillGroups(sig.app, m) : null;
  const os = osFromApiUa(ua);
  c.os = os.os;
  c.os_version = os.os_version;
  if (sig.family === 'cfnetwork') {
    c.engine = 'Darwin';
    c.engine_version = clean(m[1]);
    c.os = null;
    c.os_version = null;
  }
  if (sig.family === 'android-http') {
    c.engine = 'Dalvik';
    c.engine_version = clean(m[1]);
  }
  return c;
}

/** What ua-parser-js found, cleaned. Exported for tests of the corrections. */
export interface Parsed {
  name: string | null;
  version: string | null;
  engine: string | null;
  engineVersion: string | null;
  os: string | null;
  osVersion: string | null;
  deviceType: string | null;
}

const parser = new UAParser();

function parseWithUaParser(ua: string): Parsed {
  parser.setUA(ua);
  const b = parser.getBrowser();
  const e = parser.getEngine();
  const o = parser.getOS();
  const d = parser.getDevice();
  return {
    name: clean(b.name),
    version: clean(b.version),
    engine: clean(e.name),
    engineVersion: clean(e.version),
    os: clean(o.name),
    osVersion: clean(o.version),
    deviceType: clean(d.type),
  };
}

/** Correct ua-parser's OS where it is wrong for our purposes. */
function fixOs(ua: string, p: Parsed): void {
  if (p.os === 'Windows Phone OS') p.os = 'Windows Phone';
  // "J2ME/MIDP; Opera Mini" etc. look like iOS to ua-parser's iOS pattern.
  if (p.os === 'iOS' && !/iPhone|iPad|iPod/.test(ua)) {
    p.os = /SymbOS|SymbianOS|Series ?60/.test(ua) ? 'Symbian' : null;
    p.osVersion = null;
  }
  if (p.os === null && /\bXbox\b/.test(ua)) p.os = 'Xbox';
  if (p.os === 'Android' && p.osVersion === null) {
    const m = /\bAndroid (\d{1,2}(?:\.\d{1,3}){0,2})/.exec(ua);
    if (m) p.osVersion = m[1] ?? null;
  }
}

function chromiumMajorOf(ua: string): number | null {
  const m = /Chrome\/(\d{1,4})\./.exec(ua);
  return m ? Number(m[1]) : null;
}

function geckoVersionOf(ua: string): string | null {
  const m = /\brv:(\d{1,3}(?:\.\d{1,4}){0,3})/.exec(ua);
  return m ? (m[1] ?? null) : null;
}

function displayName(name: string): string {
  return BROWSER_DISPLAY_NAMES[name] ?? name;
}


/** Browser-ish clients: ua-parser result plus corrections. Exported for tests (parser-name variants). */
export function classifyBrowser(ua: string, p: Parsed): ClientInfo {
  const c = blank('browser', 'other');
  c.browser = p.name ? displayName(p.name) : null;
  c.browser_version = p.version;
  c.browser_major = firstNumber(p.version);
  c.engine = p.engine;
  c.engine_version = p.engineVersion;
  c.os = p.os;
  c.os_version = p.osVersion;
  c.chromium_major = chromiumMajorOf(ua);
  c.device_type =
    p.deviceType ?? (p.os === 'Windows' && p.osVersion === 'CE' ? 'mobile' : p.os && DESKTOP_OSES.has(p.os) ? 'desktop' : null);

  const name = p.name ?? '';
  const isIOS = p.os === 'iOS';

  // BlackBerry and Nokia phones first: ua-parser names their browsers inconsistently ("Safari", nothing).
  if (p.os === 'BlackBerry' || /^BlackBerry|\(BlackBerry;|\(BB10;/.test(ua)) {
    // BlackBerry OS 6-7 put the OS version in "Version/7.1.0.346"; BB10 in the OS token; OS 4-5 after the model.
    const osVersion = p.osVersion ?? clean(/\bVersion\/(\d{1,2}(?:\.\d{1,6}){0,3})/.exec(ua)?.[1]);
    c.family = 'blackberry';
    c.os = 'BlackBerry';
    c.os_version = osVersion;
    c.browser = 'BlackBerry Browser';
    c.browser_version = osVersion;
    c.browser_major = firstNumber(osVersion);
    return c;
  }
  if (
    name !== 'IEMobile' &&
    name !== 'Edge' &&
    p.os !== 'Windows Phone' &&
    p.os !== 'Android' &&
    (p.os === 'Symbian' || p.os === 'Series40' || p.os === 'MeeGo' || /^Nokia|SymbianOS|Series ?60|Series40|S40OviBrowser/.test(ua))
  ) {
    c.family = 'nokia';
    if (!c.browser || c.browser === 'WebKit' || c.browser === 'Safari') {
      // ua-parser reports the WebKit build ("525") as the version: use BrowserNG's own version, if any.
      c.browser = 'Nokia Browser';
      c.browser_version = clean(/\bBrowserNG\/(\d{1,2}(?:\.\d{1,6}){0,3})/.exec(ua)?.[1]);
      c.browser_major = firstNumber(c.browser_version);
    }
    if (!c.os && /^Nokia/.test(ua)) c.os = 'Series40';
    return c;
  }

  if (name === 'IE' && /\bWPDesktop\b/.test(ua)) {
    // Windows Phone 8/8.1 in "desktop mode" sends a Windows NT 6.2/6.3 UA: it is still the phone's IE Mobile.
    c.family = 'iemobile';
    c.browser = 'Internet Explorer Mobile';
    c.os = 'Windows Phone';
    c.os_version = /Windows NT 6\.3/.test(ua) ? '8.1' : '8.0';
    c.device_type = 'mobile';
    return c;
  }
  if (name === 'IE') {
    c.family = 'ie';
    c.engine = 'Trident';
    // Compatibility View: MSIE 7.0 with a newer Trident token. Trident/N ships with IE N+4 (8.0 = IE 11 too).
    const tri = /\bTrident\/(\d{1,2})\./.exec(ua);
    if (tri) {
      const implied = Math.min(Number(tri[1]) + 4, 11);
      if (c.browser_major === null || implied > c.browser_major) {
        c.browser_major = implied;
        c.browser_version = `${implied}.0`;
      }
    }
    return c;
  }
  if (name === 'IEMobile') {
    c.family = 'iemobile';
    return c;
  }
  if (name === 'Edge') {
    c.family = /\bEdge\/\d/.test(ua) ? 'edge-legacy' : isIOS ? 'ios-browser' : 'edge';
    if (c.family === 'edge-legacy') c.engine = 'EdgeHTML';
    return c;
  }

  if (isIOS) {
    if (name === 'UCBrowser') {
      c.family = 'uc';
    } else if (/\bCriOS\//.test(ua)) {
      c.family = 'crios';
      c.browser = 'Chrome';
    } else if (/\bFxiOS\//.test(ua)) {
      c.family = 'fxios';
      c.browser = 'Firefox';
    } else if (name === 'Mobile Safari' || name === 'Safari') {
      c.family = 'ios-safari';
      c.browser = 'Safari';
    } else if (name === 'WebKit' || name === '') {
      return inApp(c, null, null);
    } else {
      c.family = 'ios-browser';
    }
    c.engine = 'WebKit';
    return c;
  }

  if (name === 'Samsung Internet' || name === 'Samsung Browser') {
    c.family = 'samsung-internet';
    c.browser = 'Samsung Internet';
    return c;
  }
  if (name === 'Opera' || name === 'Opera GX' || name === 'Opera Touch') {
    if (/\bOPR\/|\bOPX\/|\bOPT\//.test(ua)) {
      c.family = 'opera';
    } else {
      c.family = 'opera-presto';
      c.engine = 'Presto';
    }
    c.browser = 'Opera';
    return c;
  }
  if (name === 'Opera Mobi' || name === 'Opera Tablet') {
    c.family = 'opera-mobile';
    c.engine = 'Presto';
    return c;
  }
  if (name === 'UCBrowser') {
    c.family = 'uc';
    return c;
  }

  if (name === 'Android Browser' || name === 'Chrome WebView') {
    const androidMajor = firstNumber(p.osVersion);
    if (c.chromium_major !== null && androidMajor !== null && androidMajor >= 5) {
      // Android 5+ "Version/4.0 Chrome/NN": an app's WebView, not the old stock browser.
      const w = inApp(c, null, null);
      w.family = 'android-webview';
      w.browser = 'Android WebView';
      w.browser_version = clean(/Chrome\/([\d.]{1,20})/.exec(ua)?.[1]);
      w.browser_major = c.chromium_major;
      return w;
    }
    c.family = 'android-browser';
    c.browser = 'Android Browser';
    return c;
  }
  if (name === 'Chrome' || name === 'Chromium' || name === 'Chrome Headless') {
    c.family = 'chrome';
    return c;
  }
  if (name === 'Silk' && c.chromium_major === null) {
    c.family = 'silk-legacy';
    return c;
  }
  if (CHROMIUM_BASED_NAMES.has(name) || (c.chromium_major !== null && p.engine === 'Blink')) {
    c.family = 'chromium-based';
    return c;
  }

  // Only "Firefox" itself: Focus/Klar on Android were WebView-based (Chromium), Reality is judged by its Gecko.
  if (name === 'Firefox') {
    c.family = 'firefox';
    c.browser = 'Firefox';
    c.engine_version = geckoVersionOf(ua) ?? c.engine_version;
    return c;
  }
  if (p.engine === 'Gecko' || p.engine === 'Goanna') {
    c.family = 'gecko';
    c.engine_version = geckoVersionOf(ua) ?? c.engine_version;
    return c;
  }

  if (name === 'Safari' && p.os === 'Mac OS') {
    c.family = 'safari';
    return c;
  }
  if (name === 'Safari' && p.os === 'Windows') {
    c.family = 'safari-windows';
    return c;
  }
  if (p.os === 'Android' && (name === 'Mobile Safari' || name === 'Safari' || name === 'WebKit') && c.chromium_major === null) {
    c.family = 'android-browser';
    c.browser = 'Android Browser';
    c.browser_version = null;
    c.browser_major = null;
    return c;
  }

  if (name === 'Safari' || name === 'WebKit') {
    // "Safari" on a TV, console or PlayBook is only ua-parser's name for a WebKit UA: do not show it.
    c.browser = null;
    c.browser_version = null;
    c.browser_major = null;
    return c;
  }
  if (!p.name) {
    const u = unknownClient();
    u.os = c.os;
    u.os_version = c.os_version;
    u.device_type = c.device_type;
    u.engine = c.engine;
    return u;
  }
  return c;
}

/** Turn a browser-shaped ClientInfo into an in-app browser of the given app. */
function inApp(c: ClientInfo, app: string | null, version: string | null): ClientInfo {
  c.kind = 'in-app-browser';
  c.family = 'in-app';
  c.app = app;
  c.browser = app ?? 'In-app browser';
  c.browser_version = version;
  c.browser_major = firstNumber(version);
  return c;
}

function classifyInner(raw: unknown): ClientInfo {
  if (typeof raw !== 'string') return unknownClient();
  // Bound the work first, then collapse whitespace runs (a common way to make regexes backtrack).
  const ua = raw.slice(0, MAX_UA_CHARS).replace(/\s+/g, ' ').trim();
  if (ua === '') return unknownClient();

  for (const sig of API_SIGNATURES) {
    const m = sig.pattern.exec(ua);
    if (m) return classifyApi(ua, sig, m);
  }

  if (BOT_PATTERN.test(ua) || (GENERIC_BOT_PATTERN.test(ua) && !NOT_A_BOT_PATTERN.test(ua))) {
    const c = blank('bot', 'bot');
    const m = /([A-Za-z][\w.-]{0,40}(?:bot|Bot|spider|crawler|Slurp|externalhit))(?:\/([\w.]{1,20}))?/.exec(ua);
    c.browser = clean(m?.[1]) ?? 'Crawler';
    c.browser_version = clean(m?.[2]);
    c.browser_major = firstNumber(c.browser_version);
    return c;
  }

  const p = parseWithUaParser(ua);
  fixOs(ua, p);

  for (const sig of PROXY_SIGNATURES) {
    const m = sig.pattern.exec(ua);
    if (!m) continue;
    const c = blank('proxy-browser', sig.family);
    c.browser = sig.browser;
    let version: string | null = null;
    for (const g of sig.versionGroups) version = version ?? clean(m[g]);
    if (sig.family === 'proxy' && sig.browser.startsWith('UC')) version = clean(/UCBrowser\/([\d.]{1,20})/.exec(ua)?.[1]);
    c.browser_version = version;
    c.browser_major = firstNumber(version);
    c.os = p.os;
    c.os_version = p.osVersion;
    c.engine = p.engine;
    c.device_type = p.deviceType;
    return c;
  }

  for (const sig of IN_APP_SIGNATURES) {
    const m = sig.pattern.exec(ua);
    if (!m) continue;
    const c = classifyBrowser(ua, p);
    c.chromium_major = chromiumMajorOf(ua);
    c.os = p.os;
    c.os_version = p.osVersion;
    c.engine = p.engine;
    return inApp(c, sig.app, sig.versionGroup !== undefined ? clean(m[sig.versionGroup]) : null);
  }

  return classifyBrowser(ua, p);
}

/**
 * Classify a User-Agent. Pure and total: any input (any length, any bytes) gives a ClientInfo, in well under
 * a few milliseconds.
 */
export function classify(ua: string): ClientInfo {
  // Not a string (a caller's bug): classified as unknown below, never kept.
  const cacheable = typeof ua === 'string' && ua.length <= MAX_CACHED_UA;
  let c = cacheable ? CLASSIFIED.get(ua) : undefined;
  if (!c) {
    try {
      c = classifyInner(ua);
    } catch {
      c = unknownClient();
    }
    if (cacheable) CLASSIFIED.set(ua, c);
  }
  // A copy: callers may fill in or change fields, the cached one stays as classified.
  return { ...c };
}

/**
 * Classifications by User-Agent, least recently used dropped first. classify() is a pure function of the string,
 * visitors share a few hundred strings, and ua-parser's expressions (its device list above all) cost about a
 * millisecond for a current browser's string: a page view, a diagnosis and an API check each classify it.
 */
/** Longer User-Agents are classified every time rather than kept (they are rare, and would make the cache big). */
const MAX_CACHED_UA = 512;
const CLASSIFIED = new LruMap<string, ClientInfo>(1024);

