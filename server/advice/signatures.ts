/**
 * Reviewed data: User-Agent signatures that ua-parser-js does not know or gets wrong (HTTP libraries and
 * runtimes, crawlers, in-app browsers, proxy browsers) and display names for ua-parser's browser names.
 *
 * Every pattern runs on a whitespace-collapsed UA of at most 1 KB and is written to run in linear time:
 * anchored or literal prefixes, bounded character classes, no nested quantifiers.
 */

/** A non-browser HTTP client: library, runtime or tool. */
export interface ApiSignature {
  pattern: RegExp;
  /** Knowledge-base family, e.g. "java", "curl". */
  family: string;
  /** Display name of the runtime that decides TLS support, e.g. "Java". */
  browser: string;
  /** Capture group holding the runtime version, if any. */
  versionGroup?: number;
  /** Display name of the library/tool around the runtime; "$1"-style references to capture groups. */
  app?: string;
  /** Versions like "1.7.0_80" where the major is the second number. */
  javaVersion?: boolean;
}

/** Checked in order; the first match wins. */
export const API_SIGNATURES: readonly ApiSignature[] = [
  // Java and libraries that name the Java runtime they run on.
  { pattern: /^Java\/(\d{1,3}(?:[._]\d{1,5}){0,4})/i, family: 'java', browser: 'Java', versionGroup: 1, javaVersion: true },
  {
    pattern: /^Java-http-client\/(\d{1,3}(?:\.\d{1,5}){0,3})/i,
    family: 'java',
    browser: 'Java',
    versionGroup: 1,
    app: 'java.net.http HttpClient',
    javaVersion: true,
  },
  // Apache HttpClient 4.5+/5 append the real runtime "(Java/1.8.0_292)"; 4.3 appends "(java 1.5)", which is
  // the minimum Java it was built for, not the runtime: that form deliberately gives no version.
  {
    pattern: /^Apache-HttpClient\/([\w.-]{1,20})(?: \(Java\/(\d{1,3}(?:[._]\d{1,5}){0,4})\))?/i,
    family: 'java',
    browser: 'Java',
    versionGroup: 2,
    app: 'Apache HttpClient $1',
    javaVersion: true,
  },
  { pattern: /^okhttp\/(\d{1,3}(?:\.\d{1,5}){0,3})/i, family: 'okhttp', browser: 'OkHttp', versionGroup: 1 },
  // Android's built-in HttpURLConnection: Dalvik/1.x = Android 4.4 and older, Dalvik/2.x = Android 5+.
  { pattern: /^Dalvik\/(\d{1,2}(?:\.\d{1,3}){0,2})/i, family: 'android-http', browser: 'Android HttpURLConnection' },
  // curl, wget
  { pattern: /^curl\/(\d{1,2}(?:\.\d{1,3}){0,3})/i, family: 'curl', browser: 'curl', versionGroup: 1 },
  { pattern: /^Wget\/(\d{1,2}(?:\.\d{1,3}){0,3})/i, family: 'wget', browser: 'Wget', versionGroup: 1 },
  // Python
  { pattern: /^python-requests\/(\d{1,2}(?:\.\d{1,3}){0,3})/i, family: 'python-requests', browser: 'Python requests', versionGroup: 1 },
  { pattern: /^python-httpx\/(\d{1,2}(?:\.\d{1,3}){0,3})/i, family: 'python-httpx', browser: 'Python httpx', versionGroup: 1 },
  { pattern: /^python-urllib3\/(\d{1,2}(?:\.\d{1,3}){0,3})/i, family: 'python-urllib3', browser: 'Python urllib3', versionGroup: 1 },
  { pattern: /^Python-urllib\/(\d{1,2}\.\d{1,3})/i, family: 'python', browser: 'Python', versionGroup: 1, app: 'urllib' },
  { pattern: /^Python\/(\d{1,2}\.\d{1,3}) aiohttp\/([\w.]{1,20})/i, family: 'python', browser: 'Python', versionGroup: 1, app: 'aiohttp $2' },
  // Go, Node.js
  { pattern: /^Go-http-client\/\d/i, family: 'go', browser: 'Go' },
  { pattern: /^axios\/([\w.-]{1,20})/i, family: 'node', browser: 'Node.js', app: 'axios $1' },
  { pattern: /^node-fetch(?:\/([\w.-]{1,20}))?/i, family: 'node', browser: 'Node.js', app: 'node-fetch $1' },
  { pattern: /^PostmanRuntime\/([\w.-]{1,20})/i, family: 'node', browser: 'Node.js', app: 'Postman $1' },
  { pattern: /^undici(?:$|\/)/i, family: 'node', browser: 'Node.js', app: 'undici' },
  // PHP
  { pattern: /^GuzzleHttp\/([\w.-]{1,20})(?: curl\/[\w.]{1,20})?(?: PHP\/(\d{1,2}(?:\.\d{1,3}){0,2}))?/i, family: 'php', browser: 'PHP', versionGroup: 2, app: 'GuzzleHttp $1' },
  { pattern: /^PHP\/(\d{1,2}(?:\.\d{1,3}){0,2})/i, family: 'php', browser: 'PHP', versionGroup: 1 },
  // .NET and Windows
  { pattern: /^Mozilla\/5\.0 \(Windows NT;[^)]{0,80}\) WindowsPowerShell\/(\d{1,2}(?:\.\d{1,6}){0,3})/i, family: 'powershell', browser: 'Windows PowerShell', versionGroup: 1 },
  { pattern: /^Mozilla\/5\.0 \([^)]{0,120}\) PowerShell\/(\d{1,2}(?:\.\d{1,6}){0,3})/i, family: 'dotnet-core', browser: 'PowerShell', versionGroup: 1 },
  { pattern: /^RestSharp\/([\w.]{1,20})/i, family: 'dotnet', browser: '.NET', app: 'RestSharp $1' },
  { pattern: /^Microsoft-WinHTTP\/(\d{1,2}(?:\.\d{1,3}){0,2})/i, family: 'winhttp', browser: 'WinHTTP', versionGroup: 1 },
  { pattern: /^WinHttp/i, family: 'winhttp', browser: 'WinHTTP' },
  // Ruby, Perl
  { pattern: /^rest-client\/([\w.]{1,20})[^)]{0,60}\)? ruby\/(\d{1,2}(?:\.\d{1,3}){0,2})/i, family: 'ruby', browser: 'Ruby', versionGroup: 2, app: 'rest-client $1' },
  { pattern: /^Faraday v([\w.]{1,20})/i, family: 'ruby', browser: 'Ruby', app: 'Faraday $1' },
  { pattern: /^Ruby(?:$|\/(\d{1,2}(?:\.\d{1,3}){0,2}))/i, family: 'ruby', browser: 'Ruby', versionGroup: 1 },
  { pattern: /^libwww-perl\/([\w.]{1,20})/i, family: 'api-other', browser: 'Perl', app: 'libwww-perl $1' },
  // Apple's networking stack inside native apps: "AppName/1.0 CFNetwork/1220.1 Darwin/20.3.0".
  { pattern: /\bCFNetwork\/[\d.]{1,20} Darwin\/(\d{1,2}(?:\.\d{1,3}){0,2})/, family: 'cfnetwork', browser: 'Apple CFNetwork' },
];

/** Well-known crawlers, then a generic rule. "Cubot" is a phone brand, not a bot. */
export const BOT_PATTERN =
  /googlebot|bingbot|bingpreview|yandexbot|yandex\.com\/bots|duckduckbot|baiduspider|applebot|slurp|facebookexternalhit|facebot|twitterbot|linkedinbot|slackbot|discordbot|telegrambot|whatsapp\/|ahrefsbot|semrushbot|mj12bot|dotbot|petalbot|bytespider|amazonbot|gptbot|claudebot|ccbot|ia_archiver|archive\.org_bot|crawler|spider/i;
export const GENERIC_BOT_PATTERN = /bot\b/i;
export const NOT_A_BOT_PATTERN = /cubot/i;

export interface InAppSignature {
  pattern: RegExp;
  app: string;
  /** Capture group with the app version, if any. */
  versionGroup?: number;
}

/** Apps that show web pages in their own built-in browser. Checked in order. */
export const IN_APP_SIGNATURES: readonly InAppSignature[] = [
  { pattern: /FBAN\/Messenger|FB_IAB\/Orca-Android/i, app: 'Messenger' },
  { pattern: /\[FBAN\/|\[FB_IAB\/|;FBAV\/|\bFBAN\//, app: 'Facebook' },
  { pattern: /\bInstagram[ /](\d{1,4}(?:\.\d{1,6}){0,4})/, app: 'Instagram', versionGroup: 1 },
  { pattern: /MicroMessenger\/(\d{1,3}(?:\.\d{1,6}){0,3})/i, app: 'WeChat', versionGroup: 1 },
  { pattern: /\[LinkedInApp\]/i, app: 'LinkedIn' },
  { pattern: /TwitterAndroid|Twitter for iPhone/i, app: 'X (Twitter)' },
  { pattern: /Snapchat\/(\d{1,3}(?:\.\d{1,6}){0,3})/i, app: 'Snapchat', versionGroup: 1 },
  { pattern: / Line\/(\d{1,3}(?:\.\d{1,6}){0,3})/, app: 'LINE', versionGroup: 1 },
  { pattern: /KAKAOTALK/i, app: 'KakaoTalk' },
  { pattern: /\[Pinterest\//i, app: 'Pinterest' },
  { pattern: /musical_ly|BytedanceWebview|\bTikTok\b/i, app: 'TikTok' },
  { pattern: /\bGSA\/(\d{1,4}(?:\.\d{1,9}){0,3})/, app: 'Google', versionGroup: 1 },
];

export interface ProxySignature {
  pattern: RegExp;
  family: string;
  browser: string;
  /** Capture groups holding the version, first non-empty wins. */
  versionGroups: number[];
}

/** Browsers that fetch pages through the vendor's servers: the TLS handshake is the vendor's, not the device's. */
export const PROXY_SIGNATURES: readonly ProxySignature[] = [
  { pattern: /Opera Mini\/(\d{1,3}(?:\.\d{1,6}){0,3})|OPiOS\/(\d{1,3}(?:\.\d{1,6}){0,3})/, family: 'opera-mini', browser: 'Opera Mini', versionGroups: [1, 2] },
  { pattern: /UCWEB|\bU2\/\d|UCMini|UC Mini/i, family: 'proxy', browser: 'UC Browser Mini', versionGroups: [] },
  { pattern: /\bPuffin\/(\d{1,3}(?:\.\d{1,6}){0,3})/, family: 'proxy', browser: 'Puffin', versionGroups: [1] },
];

/** Display names for ua-parser-js browser names that read badly to end users. */
export const BROWSER_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  IE: 'Internet Explorer',
  IEMobile: 'Internet Explorer Mobile',
  Edge: 'Microsoft Edge',
  'Mobile Safari': 'Safari',
  'Chrome WebView': 'Android WebView',
  'Chrome Headless': 'Headless Chrome',
  Yandex: 'Yandex Browser',
  Silk: 'Amazon Silk',
  UCBrowser: 'UC Browser',
  'Opera Mobi': 'Opera Mobile',
  'Opera Tablet': 'Opera Mobile',
  OviBrowser: 'Nokia Xpress',
  NokiaBrowser: 'Nokia Browser',
  QQBrowser: 'QQ Browser',
  'Samsung Browser': 'Samsung Internet',
  '360': '360 Browser',
};

/** Chromium-based browsers whose TLS support follows the Chromium inside them. */
export const CHROMIUM_BASED_NAMES: ReadonlySet<string> = new Set([
  'Yandex',
  'Vivaldi',
  'Silk',
  'Brave',
  'Whale',
  'Maxthon',
  'QQBrowser',
  'QQBrowserLite',
  '360',
  'MIUI Browser',
  'Huawei Browser',
  'Coc Coc',
  'Avast Secure Browser',
  'AVG Secure Browser',
  'Iron',
  'Iridium',
  'Sogou Explorer',
  'Baidu',
  'DuckDuckGo',
  'Electron',
  'Smart Lenovo Browser',
  'Dragon',
  'Quark',
  'HeyTap Browser',
  'Vivo Browser',
  'Oculus Browser',
  'Puffin',
  'Kakao',
  'Comodo Dragon',
  'Slimjet',
]);
