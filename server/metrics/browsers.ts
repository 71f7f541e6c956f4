/**
 * Browser family and major version for the verdict metric, from the User-Agent. The label sets are bounded:
 * a fixed list of families (anything else is "other"), and majors exact only up to where old versions matter
 * for TLS 1.2 (above that one "N+" bucket per family). The table is data; browserLabels is the only logic.
 */
import { UAParser } from 'ua-parser-js';

export interface FamilyRule {
  family: string;
  /** ua-parser-js 1.x browser names of this family. */
  names: readonly string[];
  /** Majors 1..exactUpTo are labelled exactly; higher ones as `${exactUpTo + 1}+`. */
  exactUpTo: number;
}

export const BROWSER_FAMILIES: readonly FamilyRule[] = [
  // IE 6-10 are the browsers that fail; IE 11 is the last.
  { family: 'ie', names: ['IE', 'IEMobile'], exactUpTo: 11 },
  // EdgeHTML 12-18; the Chromium-based Edge (79+) lands in "19+".
  { family: 'edge', names: ['Edge'], exactUpTo: 18 },
  // Chrome 49 was the last on Windows XP / Vista; TLS 1.2 came in Chrome 29-30.
  { family: 'chrome', names: ['Chrome', 'Chrome Headless', 'Chrome WebView', 'Chromium'], exactUpTo: 49 },
  // Firefox 27 turned TLS 1.2 on; 52 ESR was the last on XP.
  { family: 'firefox', names: ['Firefox'], exactUpTo: 52 },
  // Safari 5-6 (OS X 10.6-10.8, iOS 4) lack TLS 1.2 by default; 13 is well past it.
  { family: 'safari', names: ['Safari'], exactUpTo: 13 },
  { family: 'mobile-safari', names: ['Mobile Safari'], exactUpTo: 13 },
  // Presto Opera ended at 12; 15+ is Chromium.
  { family: 'opera', names: ['Opera', 'Opera Mini', 'Opera Mobi'], exactUpTo: 12 },
  // The stock Android browser: its version is the Android version (2.x and 4.0-4.3 fail).
  { family: 'android', names: ['Android Browser'], exactUpTo: 4 },
  { family: 'samsung', names: ['Samsung Internet', 'Samsung Browser'], exactUpTo: 9 },
];

const BY_NAME = new Map<string, FamilyRule>(BROWSER_FAMILIES.flatMap((r) => r.names.map((n) => [n, r] as [string, FamilyRule])));

/** Every value the `major` label can take for a family (for the bound on series, and for tests). */
export function majorLabels(rule: FamilyRule): string[] {
  return [...Array.from({ length: rule.exactUpTo }, (_, i) => String(i + 1)), `${rule.exactUpTo + 1}+`, 'unknown'];
}

export function browserLabels(userAgent: string): { browser: string; major: string } {
  const b = new UAParser(userAgent.slice(0, 1024)).getBrowser();
  const rule = b.name ? BY_NAME.get(b.name) : undefined;
  if (!rule) return { browser: 'other', major: 'unknown' };
  const major = b.major !== undefined && /^\d{1,4}$/.test(b.major) ? Number(b.major) : NaN;
  if (!Number.isInteger(major) || major < 1) return { browser: rule.family, major: 'unknown' };
  return { browser: rule.family, major: major > rule.exactUpTo ? `${rule.exactUpTo + 1}+` : String(major) };
}
