/**
 * Rule lookup: ClientInfo -> Advice. The first rule of the table (rules.ts) whose match fits wins. Pure and
 * total: any ClientInfo, even a malformed one, gives an Advice whose text never says "undefined", "null" or
 * "NaN". The text comes in the language asked for (English where a translation is missing, per text); the
 * rule, and so advice_id and tls12, never depend on the language.
 */
import type { Lang } from '../i18n/index.js';
import { adviceText, type AdviceCatalogue } from './i18n/index.js';
import { RULES, WORDS, type NumRange, type Rule, type RuleMatch, type VersionRange } from './rules.js';
import type { Advice, ClientInfo } from './types.js';

// ---------------------------------------------------------------------------------------------------------
// Values

const POISON = /\b(?:undefined|null|nan)\b/i;

/** A printable value, or '' when missing or unusable. */
function text(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  const v = value.replace(/\s+/g, ' ').trim().slice(0, 80);
  return POISON.test(v) ? '' : v;
}

function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
}

/** "4.4.2" -> [4, 4, 2]; "2.1-update1" -> [2, 1]; "1.7.0_80" -> [1, 7, 0, 80]; "XP" -> null. */
export function parseVersion(value: unknown): number[] | null {
  if (typeof value !== 'string') return null;
  const m = /^\s{0,4}v?(\d{1,9}(?:[._]\d{1,9}){0,5})/.exec(value);
  if (!m || m[1] === undefined) return null;
  return m[1].split(/[._]/).map(Number);
}

/** Compare dotted versions; missing parts count as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function inNumRange(value: number | null, range: NumRange | undefined): boolean {
  if (!range) return true;
  if (value === null) return false;
  const [lo, hi] = range;
  return (lo === null || value >= lo) && (hi === null || value <= hi);
}

function inVersionRange(value: unknown, range: VersionRange | undefined): boolean {
  if (!range) return true;
  const v = parseVersion(value);
  if (!v) return false;
  if (range.min !== undefined) {
    const min = parseVersion(range.min);
    if (min && compareVersions(v, min) < 0) return false;
  }
  if (range.below !== undefined) {
    const below = parseVersion(range.below);
    if (below && compareVersions(v, below) >= 0) return false;
  }
  return true;
}

function oneOf(value: unknown, list: readonly string[] | undefined): boolean {
  if (!list) return true;
  return typeof value === 'string' && list.includes(value);
}

function engineMajor(c: ClientInfo): number | null {
  const v = parseVersion(c.engine_version);
  return v && v[0] !== undefined ? v[0] : null;
}

// ---------------------------------------------------------------------------------------------------------
// Matching

export function matches(m: RuleMatch, c: ClientInfo): boolean {
  return (
    oneOf(c.kind, m.kind) &&
    oneOf(c.family ?? 'unknown', m.family) &&
    inNumRange(int(c.browser_major), m.major) &&
    inVersionRange(c.browser_version, m.version) &&
    inNumRange(int(c.chromium_major), m.chromium) &&
    inNumRange(engineMajor(c), m.engineMajor) &&
    oneOf(c.engine, m.engine) &&
    oneOf(c.os, m.os) &&
    oneOf(c.os_version, m.osVersionIn) &&
    inVersionRange(c.os_version, m.osVersion)
  );
}

export function ruleMatches(rule: Rule, c: ClientInfo): boolean {
  const list: readonly RuleMatch[] = Array.isArray(rule.match) ? rule.match : [rule.match as RuleMatch];
  return list.some((m) => matches(m, c));
}

/** The first matching rule. The table ends with a catch-all, so this always finds one. */
export function findRule(c: ClientInfo, rules: readonly Rule[] = RULES): Rule {
  for (const rule of rules) if (ruleMatches(rule, c)) return rule;
  return rules[rules.length - 1] as Rule;
}

// ---------------------------------------------------------------------------------------------------------
// Labels

const WINDOWS_LABELS: Readonly<Record<string, string>> = {
  XP: 'Windows XP',
  Vista: 'Windows Vista',
  '7': 'Windows 7',
  '8': 'Windows 8',
  '8.1': 'Windows 8.1',
  '10': WORDS.windows10or11,
  '11': 'Windows 11',
  RT: 'Windows RT',
  '2000': 'Windows 2000',
  CE: 'Windows CE',
};

/** A plain-words name for the OS, e.g. "Windows 7", "OS X 10.9", "iOS 12.4.1", "Android 4.4.2". */
export function osLabel(c: ClientInfo, lang: Lang = 'en', catalogue?: AdviceCatalogue): string {
  const os = text(c.os);
  const v = text(c.os_version).replace(/[^\w.]/g, '');
  if (!os) return '';
  const parts = parseVersion(v);
  switch (os) {
    case 'Windows':
      // "Windows NT 10.0" is Windows 10 or 11, but the original Edge only ever ran on Windows 10.
      if (v === '10' && c.family === 'edge-legacy') return 'Windows 10';
      {
        const label = WINDOWS_LABELS[v];
        if (label) return adviceText(lang, label, catalogue);
      }
      return v ? `Windows ${v}` : 'Windows';
    case 'Mac OS': {
      if (!parts || parts[0] === undefined) return 'Mac OS X';
      const [major, minor = 0] = parts;
      if (major === 10) {
        if (minor <= 7) return `Mac OS X ${v}`;
        if (minor <= 11) return `OS X ${v}`;
        // Browsers froze their macOS version at 10.15(.7): the real system may be any later one.
        if (minor === 15 && (v === '10.15' || v.startsWith('10.15.7'))) return 'macOS';
        return `macOS ${v}`;
      }
      return `macOS ${v}`;
    }
    case 'iOS': {
      const tablet = c.device_type === 'tablet';
      const name = tablet && parts && (parts[0] ?? 0) >= 13 ? 'iPadOS' : 'iOS';
      return v ? `${name} ${v}` : name;
    }
    case 'iPadOS':
      return v ? `iPadOS ${v}` : 'iPadOS';
    case 'BlackBerry':
      if (parts && (parts[0] ?? 0) >= 10) return 'BlackBerry 10';
      return parts ? `BlackBerry OS ${parts.slice(0, 2).join('.')}` : 'BlackBerry OS';
    case 'Windows Phone':
      if (parts && parts[0] === 10) return 'Windows 10 Mobile';
      return v ? `Windows Phone ${v}` : 'Windows Phone';
    case 'Chromium OS':
      return 'ChromeOS';
    default:
      return v ? `${os} ${v}` : os;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Templates

type Vars = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** An optional part: square brackets around text with at least one placeholder. Other brackets are literal. */
const OPTIONAL = /\[([^\][{}]*\{\w+\}[^\][]*)\]/g;

function allPresent(s: string, vars: Vars): boolean {
  for (const m of s.matchAll(PLACEHOLDER)) if (!vars[m[1] ?? '']) return false;
  return true;
}

/** A fallback word ("your browser") that opens the text starts with a capital, as a sentence does. */
function substitute(s: string, vars: Vars, fallbacks: Vars): string {
  return s.replace(PLACEHOLDER, (_all, name: string, offset: number) => {
    if (vars[name]) return vars[name];
    const fallback = fallbacks[name] || '';
    return s.slice(0, offset).trim() === '' ? fallback.charAt(0).toUpperCase() + fallback.slice(1) : fallback;
  });
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Fill a template: optional [parts] need all their values; other placeholders use fallbacks or vanish. */
export function fillTemplate(template: string, vars: Vars, fallbacks: Vars = {}): string {
  const withOptional = template.replace(OPTIONAL, (_all, inner: string) => (allPresent(inner, vars) ? inner : ''));
  return tidy(substitute(withOptional, vars, fallbacks));
}

/** The first heading candidate whose required placeholders all have values. */
export function fillHeading(candidates: readonly string[], vars: Vars, fallback: string = WORDS.headingFallback): string {
  for (const candidate of candidates) {
    const required = candidate.replace(OPTIONAL, '');
    if (allPresent(required, vars)) {
      const h = fillTemplate(candidate, vars);
      if (h) return h;
    }
  }
  return fallback;
}

/** What an empty {browser}, {app} or {os_label} reads in summary and steps. */
function stepFallbacks(tr: (english: string) => string): Vars {
  return { browser: tr(WORDS.browser), app: tr(WORDS.app), os_label: tr(WORDS.osLabel) };
}

export function templateVars(c: ClientInfo, lang: Lang = 'en', catalogue?: AdviceCatalogue): Vars {
  const major = int(c.browser_major);
  const chromium = int(c.chromium_major);
  return {
    browser: text(c.browser),
    version: text(c.browser_version),
    major: major === null ? '' : String(major),
    os: text(c.os),
    os_version: text(c.os_version),
    os_label: osLabel(c, lang, catalogue),
    app: text(c.app),
    chromium: chromium === null ? '' : String(chromium),
  };
}

/**
 * Build the Advice of one rule for one client, with its text in `lang`: each text from the catalogue of `lang`
 * (or the one given, for tests), else English.
 */
export function renderRule(rule: Rule, c: ClientInfo, lang: Lang = 'en', catalogue?: AdviceCatalogue): Advice {
  const tr = (english: string) => adviceText(lang, english, catalogue);
  const vars = templateVars(c, lang, catalogue);
  const fallbacks = stepFallbacks(tr);
  const advice: Advice = {
    advice_id: rule.id,
    tls12: rule.tls12,
    heading: fillHeading(rule.heading.map(tr), vars, tr(WORDS.headingFallback)),
    summary: fillTemplate(tr(rule.summary), vars, fallbacks),
    steps: rule.steps.map((s) => fillTemplate(tr(s), vars, fallbacks)).filter((s) => s !== ''),
    links: rule.links.map((l) => ({ label: tr(l.label), url: l.url })),
  };
  return advice;
}

/** Steps for resolution for a classified client, in `lang` (English by default). */
export function adviseFor(client: ClientInfo, lang: Lang = 'en'): Advice {
  const c: ClientInfo =
    client && typeof client === 'object'
      ? client
      : { kind: 'unknown', browser: null, browser_version: null, browser_major: null, engine: null, os: null, os_version: null, device_type: null };
  try {
    return renderRule(findRule(c), c, lang);
  } catch {
    const generic = RULES[RULES.length - 1] as Rule;
    const empty: ClientInfo = { kind: 'unknown', browser: null, browser_version: null, browser_major: null, engine: null, os: null, os_version: null, device_type: null };
    return renderRule(generic, empty, lang);
  }
}

/**
 * iPadOS in desktop mode sends a Mac Safari User-Agent. For Safari on Mac OS, the iPadOS advice the client
 * script shows when it detects touch; null for everything else. iPads send a Mac UA only since iPadOS 13
 * (Safari 13), so older Safari versions get null too.
 */
export function alternateAdviceForTouchMac(client: ClientInfo, lang: Lang = 'en'): Advice | null {
  if (!client || typeof client !== 'object') return null;
  if (client.family !== 'safari' || client.os !== 'Mac OS') return null;
  const major = int(client.browser_major);
  if (major !== null && major < 13) return null;
  const ipad: ClientInfo = {
    ...client,
    os: 'iPadOS',
    os_version: major === null ? null : String(major),
    device_type: 'tablet',
  };
  return adviseFor(ipad, lang);
}
