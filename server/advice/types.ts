/** Shared types of the client classifier and the remediation knowledge base. */

export type ClientKind = 'browser' | 'in-app-browser' | 'proxy-browser' | 'api-client' | 'bot' | 'unknown';

/**
 * Whether the client can speak TLS 1.2:
 * - enabled: on by default;
 * - off-by-default: the client can do it once a setting is changed;
 * - unsupported: needs a new browser, runtime or OS;
 * - unknown: we cannot tell (unknown client, or sources disagree).
 */
export type Tls12Capability = 'enabled' | 'off-by-default' | 'unsupported' | 'unknown';

export interface ClientInfo {
  kind: ClientKind;
  /** Display name of the browser or client family, e.g. "Internet Explorer", "Chrome", "Java". Null when unknown. */
  browser: string | null;
  browser_version: string | null;
  browser_major: number | null;
  engine: string | null;
  /** Display name of the OS, e.g. "Windows", "Mac OS", "iOS", "Android". */
  os: string | null;
  /** e.g. "7" for Windows 7, "10.9" for OS X Mavericks, "4.4.2" for Android. */
  os_version: string | null;
  device_type: string | null;
  /**
   * Stable identifier of the client family that the knowledge base matches on, e.g. "ie", "edge-legacy",
   * "chrome", "android-browser", "java". Set by classify(); absent means "unknown".
   */
  family?: string;
  /** Engine version where it matters (Gecko "rv:", Darwin version of Apple's networking stack). */
  engine_version?: string | null;
  /** Major version of the Chromium inside a Chromium-based browser (from its "Chrome/NN" token). */
  chromium_major?: number | null;
  /** The app around the client: the host app of an in-app browser ("Facebook"), or an HTTP library ("Apache HttpClient 4.5.13"). */
  app?: string | null;
}

export interface AdviceLink {
  label: string;
  url: string;
}

export interface Advice {
  /** Stable identifier of the knowledge-base rule that matched, e.g. "ie8-10-win7". */
  advice_id: string;
  tls12: Tls12Capability;
  /** One-line heading naming the client in plain words, e.g. "Internet Explorer 10 on Windows 7". */
  heading: string;
  /** One or two plain sentences: what this means for this client (optional for older callers). */
  summary?: string;
  /** Ordered, concrete steps in plain words. */
  steps: string[];
  links: AdviceLink[];
}
