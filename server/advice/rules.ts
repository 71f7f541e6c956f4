/**
 * The remediation knowledge base: ONE ordered table of rules, reviewed as data. advise.ts picks the first rule
 * whose match fits the classified client.
 *
 * Facts rest on /work/shared/reference/tls12-client-support.md ("reference" below) unless a rule's `source`
 * says otherwise. Steps are read by end users: short, plain words, concrete menu paths, one action per step.
 *
 * Templates (heading, summary, steps): {browser} {version} {major} {os_label} {os_version} {app} {chromium}.
 * A [bracketed part] holding a placeholder is dropped unless every placeholder inside it has a value (brackets
 * without a placeholder, like PowerShell's [Net.ServicePointManager], are plain text). A heading lists candidates:
 * the first whose unbracketed placeholders all have values is used. In summary and steps, an empty
 * {browser} reads "your browser", {app} "the app", {os_label} "your system".
 *
 * This table is the English source. Translations live in ./i18n/ (one catalogue per language, keyed by these
 * English texts): editing a text here makes its translations fall back to English until they are updated, and
 * test/advice/i18n.test.ts lists what is untranslated.
 */
import type { AdviceLink, ClientKind, Tls12Capability } from './types.js';

/** Inclusive numeric range; null = open end. */
export type NumRange = readonly [number | null, number | null];

/** Dotted-version range: min inclusive, below exclusive. */
export interface VersionRange {
  min?: string;
  below?: string;
}

export interface RuleMatch {
  kind?: readonly ClientKind[];
  family?: readonly string[];
  /** browser_major */
  major?: NumRange;
  /** browser_version, dotted comparison */
  version?: VersionRange;
  /** chromium_major */
  chromium?: NumRange;
  /** major of engine_version (Gecko "rv:", Darwin) */
  engineMajor?: NumRange;
  engine?: readonly string[];
  os?: readonly string[];
  /** os_version must be one of these exact strings (Windows: "XP", "Vista", "7", "8", "8.1", "10", "RT") */
  osVersionIn?: readonly string[];
  /** os_version, dotted comparison */
  osVersion?: VersionRange;
}

export interface Rule {
  /** Stable advice_id. */
  id: string;
  /** Any of these (an array) or this one. A field that is absent matches anything. */
  match: RuleMatch | readonly RuleMatch[];
  tls12: Tls12Capability;
  heading: readonly string[];
  summary: string;
  steps: readonly string[];
  links: readonly AdviceLink[];
  /** What the rule rests on, and why it differs from the reference where it does. */
  source: string;
}

// ---------------------------------------------------------------------------------------------------------
// Words advise.ts puts around the rules: the heading when no candidate fits, the values an empty placeholder
// takes in summary and steps, and the one OS label with a word in it. English, translated like the rules.

export const WORDS = {
  headingFallback: 'Your browser',
  browser: 'your browser',
  app: 'the app',
  osLabel: 'your system',
  windows10or11: 'Windows 10 or 11',
} as const;

// ---------------------------------------------------------------------------------------------------------
// Shared wording

const CLOCK = 'Check that the date, time and time zone of this device are right: a wrong clock breaks secure connections.';
const SECURITY_SOFTWARE =
  'If antivirus or internet-security software checks secure (HTTPS) connections, update it, or turn that checking off for a moment and reload this page.';
const NETWORK =
  'At work or school, a proxy or web filter can block the test: try another network (for example your mobile data) or ask your IT department.';
const POLICY = 'On a device managed by your employer or school, a policy may limit secure connections: ask your IT department.';
const MOBILE_NETWORK =
  'Turn off any VPN, ad blocker or security app for a moment and reload this page; on Wi-Fi at work or school, also try your mobile data.';
const IOS_CLOCK = 'Check the clock: Settings > General > Date & Time, turn on "Set Automatically".';
const IOS_PROFILE =
  'If your employer or school manages this device, a profile may filter traffic (Settings > General > VPN & Device Management, or Profiles on older iOS): ask them.';
const API_NETWORK = 'Check for a proxy or TLS-inspecting firewall between the program and the server (for example the HTTPS_PROXY setting).';
const API_CLOCK = 'Check that the clock of the machine running the program is right.';
const ENABLED_SUMMARY =
  '{browser}[ {major}] supports TLS 1.2 and has it turned on, so the browser itself is probably not the cause. Check these common causes.';
const IE_OPEN_OPTIONS =
  'In Internet Explorer, click the gear icon at the top right, or the Tools menu (press Alt if you do not see it), and choose Internet Options.';
const IE_SCROLL = 'Open the Advanced tab and scroll down to the Security section.';
const IE_TICK =
  'Tick "Use TLS 1.2" (ticking "Use TLS 1.1" too does no harm), click OK, then close and reopen Internet Explorer and load this page again.';
const IE_GREYED = 'If the box is greyed out, a company policy controls it: ask your IT department.';
const IE_FLEET =
  'IT staff: set it for all PCs with Group Policy (Computer Configuration > Administrative Templates > Windows Components > Internet Explorer > Internet Control Panel > Advanced Page > Turn off encryption support: choose an option that includes TLS 1.2), or with the registry value SecureProtocols = 0xA80 (DWORD) under HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings.';
const GET_CHROME_FIREFOX_ANDROID =
  'Install Chrome or Firefox from Google Play and open this page there: they bring their own TLS 1.2 support, even on older Android.';
const NEWER_DEVICE = 'Use a newer phone, tablet or computer.';

const L = {
  firefox: { label: 'Download Firefox', url: 'https://www.mozilla.org/firefox/' },
  firefox52esr: { label: 'Firefox 52 ESR (last version for Windows XP and Vista)', url: 'https://ftp.mozilla.org/pub/firefox/releases/52.9.0esr/' },
  firefox45esr: { label: 'Firefox 45 ESR (last version for Mac OS X 10.6-10.8)', url: 'https://ftp.mozilla.org/pub/firefox/releases/45.9.0esr/' },
  aboutConfig: { label: 'Mozilla: the about:config editor', url: 'https://support.mozilla.org/kb/about-config-editor-firefox' },
  chrome: { label: 'Download Chrome', url: 'https://www.google.com/chrome/' },
  edge: { label: 'Download Microsoft Edge', url: 'https://www.microsoft.com/edge' },
  opera: { label: 'Download Opera', url: 'https://www.opera.com/' },
  windows: { label: 'Microsoft Windows', url: 'https://www.microsoft.com/windows' },
  chromePlay: { label: 'Chrome in Google Play', url: 'https://play.google.com/store/apps/details?id=com.android.chrome' },
  firefoxPlay: { label: 'Firefox in Google Play', url: 'https://play.google.com/store/apps/details?id=org.mozilla.firefox' },
  webviewPlay: { label: 'Android System WebView in Google Play', url: 'https://play.google.com/store/apps/details?id=com.google.android.webview' },
  samsungPlay: { label: 'Samsung Internet in Google Play', url: 'https://play.google.com/store/apps/details?id=com.sec.android.app.sbrowser' },
  iosUpdate: { label: 'Apple: update your iPhone or iPad', url: 'https://support.apple.com/HT204204' },
  macUpdate: { label: 'Apple: update macOS on your Mac', url: 'https://support.apple.com/HT201541' },
  temurin: { label: 'Eclipse Temurin (OpenJDK) downloads', url: 'https://adoptium.net/' },
  dotnetTls: { label: 'Microsoft: TLS best practices with .NET Framework', url: 'https://learn.microsoft.com/dotnet/framework/network-programming/tls' },
  winhttpKb: { label: 'Microsoft KB3140245: TLS 1.1 and 1.2 as default in WinHTTP', url: 'https://support.microsoft.com/help/3140245' },
  curl: { label: 'curl downloads', url: 'https://curl.se/download.html' },
  python: { label: 'Python downloads', url: 'https://www.python.org/downloads/' },
  okhttp: { label: 'OkHttp', url: 'https://square.github.io/okhttp/' },
  androidProvider: { label: 'Android: update your security provider', url: 'https://developer.android.com/training/articles/security-gms-provider' },
  phpCurl: { label: 'PHP: curl_setopt', url: 'https://www.php.net/manual/en/function.curl-setopt.php' },
  ruby: { label: 'Ruby downloads', url: 'https://www.ruby-lang.org/en/downloads/' },
  node: { label: 'Node.js', url: 'https://nodejs.org/' },
} as const satisfies Record<string, AdviceLink>;

const CURRENT_BROWSERS = [L.edge, L.chrome, L.firefox] as const;

const API: readonly ClientKind[] = ['api-client'];
const BROWSER_OR_IN_APP: readonly ClientKind[] = ['browser', 'in-app-browser'];

// ---------------------------------------------------------------------------------------------------------
// The table. Order matters: the first matching rule wins.

export const RULES: readonly Rule[] = [
  // ----- Crawlers -------------------------------------------------------------------------------------------
  {
    id: 'bot',
    match: { kind: ['bot'] },
    tls12: 'unknown',
    heading: ['{browser} (automated crawler)', 'An automated crawler'],
    summary: "This User-Agent belongs to an automated program (a search engine or link-preview crawler), not to a person's browser.",
    steps: [
      "Nothing needs to change on anyone's computer or phone.",
      'If a person sees this name, their browser sends a fake or changed User-Agent: ask them which browser and device they really use.',
      'If you run this crawler, make sure its TLS library supports TLS 1.2 (for example OpenSSL 1.0.1 or later).',
    ],
    links: [],
    source: 'Not in the reference: crawlers are not end-user clients; their TLS support is up to their operators.',
  },

  // ----- HTTP libraries and runtimes --------------------------------------------------------------------------
  {
    id: 'java-6',
    match: { kind: API, family: ['java'], major: [null, 6] },
    tls12: 'unsupported',
    heading: ['Java {version}[ ({app})]'],
    summary: 'Public Java 6 releases cannot use TLS 1.2. Only paid Java 6 updates (6u115 b32 and later) can, and only when it is enabled explicitly.',
    steps: [
      'Move the application to Java 8 or later (for example an OpenJDK build such as Eclipse Temurin): TLS 1.2 is on by default there.',
      "If you have Oracle's paid Java 6 support, update to 6u115 b32 or later and enable TLS 1.2 as Oracle's notes for that update describe; plan the move to Java 8 or later anyway.",
    ],
    links: [L.temurin],
    source: 'reference: Java 6 only from 6u115 b32 with explicit enabling (PayPal TLS-update).',
  },
  {
    id: 'java-7',
    match: { kind: API, family: ['java'], major: [7, 7] },
    tls12: 'off-by-default',
    heading: ['Java {version}[ ({app})]'],
    summary: 'Java 7 supports TLS 1.2, but its client connections use TLS 1.0 unless told otherwise.',
    steps: [
      'Start the JVM with -Dhttps.protocols=TLSv1.2 (used by HttpsURLConnection and libraries built on it).',
      'From Java 7u95, also add -Djdk.tls.client.protocols=TLSv1.2 (used by SSLSocket and most other clients).',
      'In your own code, create the context with SSLContext.getInstance("TLSv1.2").',
      'Better: move to Java 8 or later, where TLS 1.2 is on by default.',
    ],
    links: [L.temurin],
    source: 'reference: Java 7 supported, clients default to TLS 1.0 (Java SE blog; IBM 687653).',
  },
  {
    id: 'java-8-plus',
    match: { kind: API, family: ['java'], major: [8, null] },
    tls12: 'enabled',
    heading: ['Java {version}[ ({app})]'],
    summary: 'Java 8 and later use TLS 1.2 by default, so the Java version is probably not the cause.',
    steps: [
      'Check that nothing turns TLS 1.2 off: -Dhttps.protocols or -Djdk.tls.client.protocols set to older versions, or TLSv1.2 listed in jdk.tls.disabledAlgorithms (java.security).',
      'If the server offers only AES-256 cipher suites: Java 8 before update 161 needs the "Unlimited Strength" policy files. Update Java.',
      API_NETWORK,
      'To see what the client offers, run it with -Djavax.net.debug=ssl:handshake.',
    ],
    links: [L.temurin],
    source: 'reference: Java 8+ on by default. AES-256 note: Java 8u161 made the unlimited crypto policy the default.',
  },
  {
    id: 'java-unknown',
    match: { kind: API, family: ['java'] },
    tls12: 'unknown',
    heading: ['{app} on Java', 'A Java program'],
    summary: 'This program runs on Java, but the User-Agent does not say which version. TLS 1.2 support depends on it.',
    steps: [
      "Find the Java version the program runs on (java -version, or the program's logs).",
      'Java 8 or later: TLS 1.2 is on by default.',
      'Java 7: add -Dhttps.protocols=TLSv1.2 and, from 7u95, -Djdk.tls.client.protocols=TLSv1.2. Better, move to Java 8 or later.',
      'Java 6 or older: move to Java 8 or later.',
    ],
    links: [L.temurin],
    source: 'reference: Java 6 / 7 / 8+ rows.',
  },
  {
    id: 'okhttp-old',
    match: { kind: API, family: ['okhttp'], version: { below: '3.13' } },
    tls12: 'unknown',
    heading: ['OkHttp {version}'],
    summary: 'OkHttp {version} supports TLS 1.2, but on Android 4.1-4.4 and on Java 7 the platform does not turn it on by itself.',
    steps: [
      'On Android 4.1-4.4: enable TLSv1.2 on the socket factory you give OkHttp (SSLSocket.setEnabledProtocols), or update the security provider with Google Play services (ProviderInstaller).',
      'On Java 7: start the JVM with -Dhttps.protocols=TLSv1.2 and -Djdk.tls.client.protocols=TLSv1.2.',
      'Better: update OkHttp. Version 3.13 and later need Android 5 or Java 8, where TLS 1.2 is on.',
    ],
    links: [L.okhttp, L.androidProvider],
    source: 'reference: Android 4.1-4.4 apps can enable TLS 1.2 (API 16-19); Java 7 row. OkHttp 3.13 raised the minimum to Android 5 / Java 8 (OkHttp change log).',
  },
  {
    id: 'okhttp',
    match: { kind: API, family: ['okhttp'] },
    tls12: 'enabled',
    heading: ['OkHttp {version}', 'OkHttp'],
    summary: 'OkHttp {version} runs only on Android 5 or Java 8 and later, where TLS 1.2 is on, so the library is probably not the cause.',
    steps: [
      'If the app sets its own ConnectionSpec, make sure it allows TLS_1_2.',
      API_NETWORK,
      'Check that the clock of the phone or machine is right.',
    ],
    links: [L.okhttp],
    source: 'OkHttp 3.13+ requires Android 5+ / Java 8+ (OkHttp change log); reference: Android 5+ and Java 8+ on.',
  },
  {
    id: 'android-http-old',
    match: { kind: API, family: ['android-http'], os: ['Android'], osVersion: { below: '4.1' } },
    tls12: 'unsupported',
    heading: ['An Android app on {os_label}'],
    summary: 'Apps on Android 4.0 and older cannot use TLS 1.2.',
    steps: ['Use the service from a device with a newer Android (5 or later), or from a computer.'],
    links: [],
    source: 'reference: Android 2.x-4.3 no; apps on API 16-19 (Android 4.1-4.4) can enable it, older cannot.',
  },
  {
    id: 'android-http-4',
    match: { kind: API, family: ['android-http'], os: ['Android'], osVersion: { min: '4.1', below: '5' } },
    tls12: 'off-by-default',
    heading: ['An Android app on {os_label}'],
    summary: "Android 4.1-4.4 can use TLS 1.2 in apps, but Android's HttpsURLConnection does not turn it on by default.",
    steps: [
      'App developers: enable TLSv1.2 on the SSLSocket (a custom SSLSocketFactory that calls setEnabledProtocols), or install an updated security provider with Google Play services (ProviderInstaller.installIfNeeded).',
      'Users: update the app. If it still fails, use the service from a device with Android 5 or later.',
    ],
    links: [L.androidProvider],
    source: 'reference: apps on API 16-19 can enable it, it is not on by default.',
  },
  {
    id: 'android-http',
    match: { kind: API, family: ['android-http'], os: ['Android'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ['An Android app on {os_label}'],
    summary: 'Android 5 and later use TLS 1.2 by default, so Android is probably not the cause.',
    steps: [
      'Users: check the clock of the phone, and turn off any VPN or security app for a moment.',
      'App developers: check any custom SSLSocketFactory or protocol list, and any proxy between the app and the server.',
    ],
    links: [],
    source: 'reference: Android 5+ (Lollipop) on.',
  },
  {
    id: 'curl-old',
    match: { kind: API, family: ['curl'], version: { below: '7.34' } },
    tls12: 'unknown',
    heading: ['curl {version}'],
    summary: 'curl {version} can use TLS 1.2 only if it was built with a TLS library that has it (OpenSSL 1.0.1 or later, or NSS 3.15.1 or later).',
    steps: [
      'Run curl -V and check the TLS library it names and that library\'s version.',
      "Update curl and its TLS library from your system's package manager.",
      'curl 7.34 and later can also force the version with --tlsv1.2.',
    ],
    links: [L.curl],
    source: 'reference: OpenSSL 1.0.1+, NSS 3.15.1+; curl 7.34 added the TLS 1.2 option (curl docs).',
  },
  {
    id: 'curl',
    match: { kind: API, family: ['curl'] },
    tls12: 'enabled',
    heading: ['curl {version}', 'curl'],
    summary: 'curl {version} uses TLS 1.2 when its TLS library has it, as every library it is normally built with today does.',
    steps: [
      'Run curl -V: the TLS library must be OpenSSL 1.0.1 or later (or another library with TLS 1.2).',
      'Run curl -v --tlsv1.2 with the test address to see where the handshake stops.',
      'Check proxy settings (HTTPS_PROXY, ~/.curlrc) and any TLS-inspecting firewall.',
    ],
    links: [L.curl],
    source: 'Task brief and reference: curl 7.34+ with OpenSSL 1.0.1+.',
  },
  {
    id: 'wget',
    match: { kind: API, family: ['wget'] },
    tls12: 'unknown',
    heading: ['Wget {version}', 'Wget'],
    summary: 'Wget uses the newest TLS version its TLS library (OpenSSL or GnuTLS) allows; the User-Agent does not show which library it has.',
    steps: [
      'Run wget --version and check the TLS library (+ssl/openssl or +ssl/gnutls); OpenSSL must be 1.0.1 or later.',
      "Update wget and its TLS library from your system's package manager.",
      'Recent versions can force the version with --secure-protocol=TLSv1_2.',
    ],
    links: [],
    source: 'Not in the reference table; rests on its OpenSSL 1.0.1+ row. Wget negotiates the best version of its library by default.',
  },
  {
    id: 'python-old',
    match: [
      { kind: API, family: ['python'], version: { below: '2.7' } },
      { kind: API, family: ['python'], version: { min: '3', below: '3.4' } },
    ],
    tls12: 'unsupported',
    heading: ['Python {version}[ ({app})]'],
    summary: 'Python {version} cannot use TLS 1.2 on its own; Python 2.7.9 and 3.4 and later can.',
    steps: [
      'Upgrade to a current Python 3.',
      'If that is not possible yet, pyOpenSSL can add TLS 1.2 support to older Pythons.',
    ],
    links: [L.python],
    source: 'reference: Python 2.7.9+ and 3.4+; older needs pyOpenSSL.',
  },
  {
    id: 'python-2.7',
    match: { kind: API, family: ['python'], version: { min: '2.7', below: '2.8' } },
    tls12: 'unknown',
    heading: ['Python {version}[ ({app})]'],
    summary: 'Python 2.7 supports TLS 1.2 from 2.7.9 on, with OpenSSL 1.0.1 or later. The User-Agent does not show which 2.7 this is.',
    steps: [
      'Check the versions: python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"',
      'If Python is older than 2.7.9 or OpenSSL older than 1.0.1, upgrade. Better: move to Python 3.',
    ],
    links: [L.python],
    source: 'reference: Python 2.7.9+ with OpenSSL 1.0.1+.',
  },
  {
    id: 'python',
    match: { kind: API, family: ['python'], version: { min: '3.4' } },
    tls12: 'enabled',
    heading: ['Python {version}[ ({app})]'],
    summary: 'Python {version} supports TLS 1.2 and uses it by default when its OpenSSL has it.',
    steps: [
      'Check the OpenSSL that Python uses: python3 -c "import ssl; print(ssl.OPENSSL_VERSION)" must show 1.0.1 or later.',
      'If the code builds its own SSLContext, make sure it does not limit maximum_version below TLS 1.2.',
      API_NETWORK,
    ],
    links: [L.python],
    source: 'reference: Python 3.4+ with OpenSSL 1.0.1+.',
  },
  {
    id: 'python-lib-modern',
    match: [
      { kind: API, family: ['python-requests'], version: { min: '2.28' } },
      { kind: API, family: ['python-httpx'], version: { min: '0.23' } },
      { kind: API, family: ['python-urllib3'], version: { min: '2' } },
    ],
    tls12: 'enabled',
    heading: ['{browser} {version}'],
    summary: '{browser} {version} needs Python 3.7 or later, which always supports TLS 1.2, so the library is probably not the cause.',
    steps: [
      'If the code builds its own SSLContext or adapter, make sure it does not limit the TLS version below 1.2.',
      API_NETWORK,
      API_CLOCK,
    ],
    links: [],
    source: 'requests 2.28, httpx 0.23 require Python 3.7+, which requires OpenSSL 1.0.2+; urllib3 2 requires OpenSSL 1.1.1+ (project change logs). reference: Python 3.4+ with OpenSSL 1.0.1+.',
  },
  {
    id: 'python-lib',
    match: { kind: API, family: ['python-requests', 'python-httpx', 'python-urllib3'] },
    tls12: 'unknown',
    heading: ['{browser} {version}', '{browser}'],
    summary: 'TLS 1.2 depends on the Python and OpenSSL versions under {browser} {version}, which the User-Agent does not show.',
    steps: [
      'Check the versions: python -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"',
      'Python 2.7.9 or 3.4 and later, with OpenSSL 1.0.1 or later, can use TLS 1.2. Older: upgrade.',
      'Update the library too (pip install --upgrade).',
    ],
    links: [L.python],
    source: 'reference: Python 2.7.9+ and 3.4+, OpenSSL 1.0.1+.',
  },
  {
    id: 'go',
    match: { kind: API, family: ['go'] },
    tls12: 'enabled',
    heading: ['A Go program'],
    summary: 'Go has supported TLS 1.2 for many years and uses it by default, so Go is probably not the cause.',
    steps: [
      'If the code sets tls.Config MaxVersion, make sure it is not below tls.VersionTLS12.',
      API_NETWORK,
      API_CLOCK,
    ],
    links: [],
    source: 'Not in the reference table: Go crypto/tls has had TLS 1.2 since Go 1.2 (2013), on by default.',
  },
  {
    id: 'node',
    match: { kind: API, family: ['node'] },
    tls12: 'enabled',
    heading: ['A Node.js program ({app})', 'A Node.js program'],
    summary: 'Node.js uses TLS 1.2 or newer by default, so Node.js is probably not the cause.',
    steps: [
      'If the code sets secureProtocol or maxVersion (for example TLSv1_method), remove it or allow TLSv1.2.',
      API_NETWORK,
      API_CLOCK,
    ],
    links: [L.node],
    source: 'Not in the reference table: Node.js has shipped OpenSSL 1.0.1+ (TLS 1.2) since 0.10, on by default.',
  },
  {
    id: 'php',
    match: { kind: API, family: ['php'] },
    tls12: 'unknown',
    heading: ['PHP {version}[ ({app})]', 'PHP[ ({app})]'],
    summary: 'PHP connects through curl or its own OpenSSL streams. TLS 1.2 depends on the curl and OpenSSL versions it was built with, which the User-Agent does not show.',
    steps: [
      'Check phpinfo() (or php -i) for the curl "SSL Version" and the OpenSSL version: OpenSSL must be 1.0.1 or later. The web server\'s PHP may use a different library than the command line.',
      'With curl, set CURLOPT_SSLVERSION to CURL_SSLVERSION_TLSv1_2 (needs curl 7.34 and PHP 5.5.19 or later).',
      'Update PHP, curl and OpenSSL to current versions.',
    ],
    links: [L.phpCurl],
    source: 'reference: PHP + curl row (CURL_SSLVERSION_TLSv1_2 from curl 7.34, PHP 5.5.19+; php_curl may link a different OpenSSL).',
  },
  {
    id: 'powershell',
    match: { kind: API, family: ['powershell'] },
    tls12: 'unknown',
    heading: ['Windows PowerShell {version}', 'Windows PowerShell'],
    summary: 'Windows PowerShell 5.1 runs on .NET Framework and on many systems offers only TLS 1.0 unless told otherwise.',
    steps: [
      'Check: run [Net.ServicePointManager]::SecurityProtocol. If the answer names neither Tls12 nor SystemDefault, TLS 1.2 is off.',
      'For this session: [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12',
      'For good: set SchUseStrongCrypto = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319, then restart PowerShell.',
      'Or use PowerShell 7, which uses TLS 1.2 by default.',
    ],
    links: [L.dotnetTls],
    source: 'reference: .NET 4.5-4.5.2 supported, not default; SchUseStrongCrypto. Left "unknown": the default depends on the installed .NET and registry.',
  },
  {
    id: 'dotnet-core',
    match: { kind: API, family: ['dotnet-core'] },
    tls12: 'enabled',
    heading: ['PowerShell {version}', 'A .NET program'],
    summary: 'PowerShell 7 runs on modern .NET, which leaves the TLS version to the operating system; current systems use TLS 1.2.',
    steps: [
      'On Windows 7 or Server 2008 R2, TLS 1.2 is off by default in Windows itself: ask your administrator to enable it (Schannel settings).',
      API_NETWORK,
      API_CLOCK,
    ],
    links: [L.dotnetTls],
    source: 'reference: .NET 4.7+ uses the OS default; Windows Schannel on Win 7 SP1 / 2008 R2 supported, off by default.',
  },
  {
    id: 'dotnet',
    match: { kind: API, family: ['dotnet'] },
    tls12: 'unknown',
    heading: ['A .NET program ({app})', 'A .NET program'],
    summary: 'TLS 1.2 in a .NET program depends on the .NET version and settings, which the User-Agent does not show.',
    steps: [
      '.NET Framework 4.6 or later: TLS 1.2 is on by default (4.7 and later leave the choice to Windows).',
      '.NET Framework 4.5 to 4.5.2: add ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 in code, or set SchUseStrongCrypto = 1 and SystemDefaultTlsVersions = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 and HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319.',
      '.NET Framework 3.5 needs the TLS 1.2 updates KB3154518, KB3154519 or KB3154520 (by Windows version); anything older: upgrade .NET.',
      '.NET Core and .NET 5 or later use the operating system settings; on Windows 7 or Server 2008 R2, TLS 1.2 must be enabled in Windows.',
    ],
    links: [L.dotnetTls],
    source: 'reference: .NET Framework < 4.5, 4.5-4.5.2, 4.6+/4.7+ rows; Windows Schannel row.',
  },
  {
    id: 'winhttp',
    match: { kind: API, family: ['winhttp'] },
    tls12: 'unknown',
    heading: ['WinHTTP {version}', 'WinHTTP'],
    summary: 'WinHTTP follows Windows: TLS 1.2 is on in Windows 8 / Server 2012 and later, but off by default in Windows 7 / Server 2008 R2.',
    steps: [
      'Windows 7 SP1 or Server 2008 R2 SP1: install update KB3140245, then set DefaultSecureProtocols = 0xA00 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp (on 64-bit Windows also under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp), and restart.',
      'Windows Server 2008 SP2 needs update KB4019276 first.',
      'Windows 8 / Server 2012 and later: TLS 1.2 is on. ' + API_NETWORK,
    ],
    links: [L.winhttpKb],
    source: 'reference: Windows Schannel, WinHTTP row (DefaultSecureProtocols=0xA00, KB4019276).',
  },
  {
    id: 'ruby',
    match: { kind: API, family: ['ruby'] },
    tls12: 'unknown',
    heading: ['Ruby {version}[ ({app})]', 'A Ruby program[ ({app})]'],
    summary: 'Ruby supports TLS 1.2 from Ruby 2.0 when built with OpenSSL 1.0.1c or later.',
    steps: [
      'Check the versions: ruby -v and ruby -ropenssl -e "puts OpenSSL::OPENSSL_VERSION"',
      'If Ruby is older than 2.0 or OpenSSL older than 1.0.1c, upgrade them.',
      API_NETWORK,
    ],
    links: [L.ruby],
    source: 'reference: Ruby 2.0+ with OpenSSL 1.0.1c+.',
  },
  {
    id: 'cfnetwork',
    match: { kind: API, family: ['cfnetwork'], engineMajor: [13, null] },
    tls12: 'enabled',
    heading: ['An iPhone, iPad or Mac app'],
    summary: "This is an app using Apple's networking, which supports TLS 1.2 on this system, so the system is probably not the cause.",
    steps: [
      "Users: update the app and the device's system, and turn off any VPN or content filter for a moment.",
      'App developers: check the app\'s proxy settings and any TLS-inspecting network between the device and the server.',
    ],
    links: [],
    source: 'Darwin 13+ is iOS 6+/OS X 10.9+; reference: iOS from 5, macOS from 10.9.',
  },
  {
    id: 'api-other',
    match: { kind: API },
    tls12: 'unknown',
    heading: ['{browser}[ {version}][ ({app})]', 'A program (not a browser)'],
    summary: 'This is a program, not a browser. Whether it can use TLS 1.2 depends on its TLS library and version.',
    steps: [
      'Find the TLS library the program uses (often OpenSSL) and its version: OpenSSL must be 1.0.1 or later.',
      'Update the program, its language runtime and the TLS library.',
      'Make sure no setting pins an old protocol version (SSLv3, TLS 1.0 or TLS 1.1).',
    ],
    links: [],
    source: 'reference: OpenSSL 1.0.1+ row.',
  },

  // ----- Proxy browsers ---------------------------------------------------------------------------------------
  {
    id: 'opera-mini',
    match: { kind: ['proxy-browser'], family: ['opera-mini'] },
    tls12: 'unknown',
    heading: ['Opera Mini[ {major}][ on {os_label}]'],
    summary: "Opera Mini loads pages through Opera's servers, so this test checked the connection from those servers, not from your device.",
    steps: [
      "Open this page in your device's main browser, or in a full browser such as Opera, Chrome or Firefox.",
      'If your Opera Mini has a data-saving setting, turn it off and reload this page.',
    ],
    links: [L.opera],
    source: 'caniuse lists Opera Mini as supported (its servers connect); the result describes the proxy, so "unknown" for the device.',
  },
  {
    id: 'proxy-browser',
    match: { kind: ['proxy-browser'] },
    tls12: 'unknown',
    heading: ['{browser}[ {major}][ on {os_label}]', 'A proxy browser'],
    summary: "{browser} loads pages through its maker's servers, so this test checked those servers, not your device.",
    steps: [
      "Open this page in your device's main browser, or in Chrome or Firefox.",
      'If {browser} has a speed or data-saving mode, turn it off and reload this page.',
    ],
    links: [L.chrome, L.firefox],
    source: 'Reference lessons: a proxy makes the result describe the proxy, not the browser.',
  },

  // ----- Very old iOS, whatever the app -----------------------------------------------------------------------
  {
    id: 'ios-old',
    match: { kind: BROWSER_OR_IN_APP, os: ['iOS'], osVersion: { below: '5' } },
    tls12: 'unsupported',
    heading: ['{browser} on {os_label}', 'This device ({os_label})'],
    summary: 'iOS {os_version} cannot use TLS 1.2; iOS 5 and later can.',
    steps: [
      'Connect the device to iTunes on a computer and update it (iOS 4 and older cannot update from Settings).',
      'If it cannot get iOS 5 or later (iPhone 3G and older, the first two iPod touch models), use a newer device.',
    ],
    links: [L.iosUpdate],
    source: 'reference: iOS Safari on from iOS 5 (caniuse; PayPal TLS-update).',
  },

  // ----- In-app browsers and WebViews --------------------------------------------------------------------------
  {
    id: 'in-app-ios',
    match: { kind: ['in-app-browser'], os: ['iOS'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ["The {app} app's built-in browser[ on {os_label}]", "An app's built-in browser[ on {os_label}]"],
    summary: "This page is open inside an app. The app uses the system's web engine, which supports TLS 1.2, but it can add its own network settings.",
    steps: [
      'Open this page in Safari: tap the menu or share button (often three dots or an arrow) and choose "Open in Safari" or "Open in browser".',
      'If it also fails in Safari: turn off any VPN or content blocker for a moment and reload the page.',
      IOS_CLOCK,
      IOS_PROFILE,
    ],
    links: [],
    source: 'reference: iOS from 5 (all iOS apps use the system WebKit and TLS stack).',
  },
  {
    id: 'in-app-android',
    match: { kind: ['in-app-browser'], family: ['in-app'], os: ['Android'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ["The {app} app's built-in browser[ on {os_label}]", "An app's built-in browser[ on {os_label}]"],
    summary: 'This page is open inside an app. On Android 5 and later, apps show pages with Android System WebView, which supports TLS 1.2, but an app can add its own network settings.',
    steps: [
      'Open this page in Chrome: tap the menu (three dots) and choose "Open in Chrome" or "Open in browser".',
      'Update Chrome and "Android System WebView" in Google Play: apps use them to show pages.',
      CLOCK,
      MOBILE_NETWORK,
    ],
    links: [L.chromePlay, L.webviewPlay],
    source: 'reference: Android 5+ WebView (Chromium) on.',
  },
  {
    id: 'android-webview',
    match: { kind: ['in-app-browser'], family: ['android-webview'], os: ['Android'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ["An app's built-in browser (Android WebView {major})[ on {os_label}]", "An app's built-in browser (Android WebView)"],
    summary: 'This page is open inside an app that uses Android System WebView. On Android 5 and later it supports TLS 1.2, so the WebView is probably not the cause.',
    steps: [
      'Open this page in Chrome: tap the menu (three dots) and choose "Open in Chrome" or "Open in browser".',
      'Update Chrome and "Android System WebView" in Google Play.',
      CLOCK,
      MOBILE_NETWORK,
    ],
    links: [L.chromePlay, L.webviewPlay],
    source: 'reference: Android 5+ WebView on; a "Version/4.0 Chrome/NN" UA on Android 5+ is a WebView, not the stock browser.',
  },
  {
    id: 'in-app-android-old',
    match: { kind: ['in-app-browser'], os: ['Android'], osVersion: { below: '5' } },
    tls12: 'unknown',
    heading: ["The {app} app's built-in browser[ on {os_label}]", "An app's built-in browser[ on {os_label}]"],
    summary: "The built-in browser of apps on Android 4.x may not support TLS 1.2 (4.3 and older cannot; on 4.4 it depends on the phone), and no setting changes that.",
    steps: [
      'Open this page in Chrome or Firefox: tap the menu (three dots) and choose "Open in browser".',
      GET_CHROME_FIREFOX_ANDROID,
      'If Google Play does not offer them for this phone, use a newer phone, tablet or computer.',
    ],
    links: [L.chromePlay, L.firefoxPlay],
    source: 'reference: Android 2.x-4.3 no, 4.4.x sources conflict: "unknown", safe step first.',
  },
  {
    id: 'in-app-other',
    match: { kind: ['in-app-browser'] },
    tls12: 'unknown',
    heading: ["The {app} app's built-in browser[ on {os_label}]", "An app's built-in browser[ on {os_label}]"],
    summary: 'This page is open inside an app, whose built-in browser we cannot judge.',
    steps: [
      "Open this page in your device's main browser (for example Safari, Chrome or Firefox): look for \"Open in browser\" in the app's menu.",
      'If it also fails there, follow the steps this page shows in that browser.',
    ],
    links: [],
    source: 'Generic in-app advice; capability depends on the OS, which is unknown here.',
  },

  // ----- Internet Explorer --------------------------------------------------------------------------------------
  {
    id: 'ie-xp-vista',
    match: { family: ['ie'], os: ['Windows'], osVersionIn: ['XP', 'Vista'] },
    tls12: 'unsupported',
    heading: ['Internet Explorer {major} on {os_label}', 'Internet Explorer on {os_label}'],
    summary: 'Internet Explorer on Windows XP and Vista cannot use TLS 1.2: Windows itself lacks it, and no setting or update adds it.',
    steps: [
      'Best: use a computer, tablet or phone with a current system, for example Windows 10 or 11, macOS, iOS or Android.',
      'If you must use this computer for now: install a browser that brings its own TLS 1.2 support. Firefox 52 ESR was the last Firefox for Windows XP and Vista; it can connect, but it no longer gets security updates.',
      'If its hardware allows, upgrade this computer to a supported version of Windows.',
    ],
    links: [L.firefox52esr, L.windows],
    source: 'reference: IE on XP or Vista impossible (caniuse tls1-2; Microsoft Schannel table); another browser with its own TLS stack, or upgrade Windows.',
  },
  {
    id: 'ie6-7',
    match: { family: ['ie'], major: [null, 7] },
    tls12: 'unsupported',
    heading: ['Internet Explorer {major}[ on {os_label}]', 'Internet Explorer'],
    summary: 'Internet Explorer {major} cannot use TLS 1.2.',
    steps: [
      'Install a current browser such as Microsoft Edge, Chrome or Firefox (or at least Internet Explorer 11).',
      'If this is a company computer, ask your IT department: an old browser may be kept on purpose for a business application.',
      'If this computer cannot run a current browser, use a newer device.',
    ],
    links: CURRENT_BROWSERS,
    source: 'reference: IE 5.5-7 impossible.',
  },
  {
    id: 'ie8-10-win7',
    match: { family: ['ie'], major: [8, 10], os: ['Windows'], osVersionIn: ['7'] },
    tls12: 'off-by-default',
    heading: ['Internet Explorer {major} on {os_label}'],
    summary: 'Internet Explorer {major} on Windows 7 can use TLS 1.2, but it is turned off. You can turn it on in a minute.',
    steps: [
      IE_OPEN_OPTIONS,
      IE_SCROLL,
      IE_TICK,
      IE_GREYED,
      'Better still: install Internet Explorer 11 (through Windows Update) or another current browser.',
      IE_FLEET,
    ],
    links: [],
    source: 'reference: IE 8, 9, 10 on Windows 7 / Server 2008 R2 off by default (caniuse; ssllabs-scan#258; Computerworld 3208077).',
  },
  {
    id: 'ie10-win8',
    match: { family: ['ie'], major: [10, 10], os: ['Windows'], osVersionIn: ['8', 'RT'] },
    tls12: 'off-by-default',
    heading: ['Internet Explorer {major} on {os_label}'],
    summary: 'Internet Explorer 10 on Windows 8 can use TLS 1.2, but it is turned off. You can turn it on in a minute.',
    steps: [
      IE_OPEN_OPTIONS,
      IE_SCROLL,
      IE_TICK,
      IE_GREYED,
      'Better still: update Windows 8 to Windows 8.1 or later (which brings Internet Explorer 11), or use another current browser.',
      IE_FLEET,
    ],
    links: [],
    source: 'reference: IE 10 on Windows 8 off by default (caniuse).',
  },
  {
    id: 'ie11',
    match: { family: ['ie'], major: [11, null] },
    tls12: 'enabled',
    heading: ['Internet Explorer {major}[ on {os_label}]'],
    summary: 'Internet Explorer 11 supports TLS 1.2 and normally has it on, unless a setting or a policy turned it off.',
    steps: [
      'Check the setting: gear icon (or Tools menu) > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK and reload this page.',
      IE_GREYED,
      CLOCK,
      SECURITY_SOFTWARE,
      NETWORK,
      'Microsoft has retired Internet Explorer: for everyday use, switch to Microsoft Edge or another current browser.',
    ],
    links: [L.edge],
    source: 'reference: IE 11 (Win 7 SP1, 8.1, 10) on; if a policy turned it off, the same Advanced setting.',
  },
  {
    id: 'ie-other',
    match: { family: ['ie'] },
    tls12: 'unknown',
    heading: ['Internet Explorer {major}[ on {os_label}]', 'Internet Explorer[ on {os_label}]'],
    summary: 'We cannot tell whether this Internet Explorer can use TLS 1.2 on this system.',
    steps: [
      'Open Internet Options (gear icon or Tools menu) > Advanced tab, Security section: if there is a "Use TLS 1.2" box, tick it, click OK and reload this page.',
      'Better: use a current browser such as Microsoft Edge, Chrome or Firefox.',
    ],
    links: CURRENT_BROWSERS,
    source: 'IE version/OS combination not in the reference (unknown or unusual OS).',
  },

  // ----- Internet Explorer Mobile ------------------------------------------------------------------------------
  {
    id: 'iemobile-old',
    match: { family: ['iemobile'], major: [null, 9] },
    tls12: 'unsupported',
    heading: ['Internet Explorer Mobile {major}[ on {os_label}]'],
    summary: "This phone's browser cannot use TLS 1.2, and Windows Phone 7 and Windows Mobile phones get no more updates.",
    steps: [NEWER_DEVICE],
    links: [],
    source: 'caniuse tls1-2 ie_mob starts at 10 ("n d"); IE Mobile 9 and older predate TLS 1.2 in Windows Phone. Not in the reference table.',
  },
  {
    id: 'iemobile-10',
    match: { family: ['iemobile'], major: [10, 10] },
    tls12: 'off-by-default',
    heading: ['Internet Explorer Mobile 10[ on {os_label}]'],
    summary: 'Internet Explorer Mobile 10 on Windows Phone 8 has TLS 1.2 turned off, and the phone has no setting to turn it on.',
    steps: [
      'Update the phone to Windows Phone 8.1 if it is offered (Settings > phone update): its Internet Explorer 11 uses TLS 1.2.',
      'Otherwise use a newer phone, tablet or computer.',
    ],
    links: [],
    source: 'reference: IE Mobile 10 (Windows Phone 8) off by default, "update the phone OS". No user setting exists, so no setting step.',
  },
  {
    id: 'iemobile-11',
    match: { family: ['iemobile'] },
    tls12: 'enabled',
    heading: ['Internet Explorer Mobile {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, MOBILE_NETWORK],
    links: [],
    source: 'reference: IE Mobile 11 (Windows Phone 8.1) on.',
  },

  // ----- Microsoft Edge -----------------------------------------------------------------------------------------
  {
    id: 'edge-legacy-mobile',
    match: { family: ['edge-legacy'], os: ['Windows Phone', 'Windows Mobile'] },
    tls12: 'enabled',
    heading: ['Microsoft Edge {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, MOBILE_NETWORK, 'Windows 10 Mobile no longer gets updates: for lasting safety, use a newer phone.'],
    links: [],
    source: 'reference: Edge Legacy 12-18 on.',
  },
  {
    id: 'edge-legacy',
    match: { family: ['edge-legacy'], os: ['Windows'] },
    tls12: 'enabled',
    heading: ['Microsoft Edge {major} (the original Edge)[ on {os_label}]'],
    summary: 'This original Microsoft Edge supports TLS 1.2 and normally has it on. It uses the Windows settings for secure connections, so a changed Windows setting can turn it off.',
    steps: [
      'Check the Windows setting: Control Panel > Network and Internet > Internet Options > Advanced tab, Security section: "Use TLS 1.2" must be ticked. Click OK, restart Edge and reload this page.',
      IE_GREYED,
      CLOCK,
      SECURITY_SOFTWARE,
      NETWORK,
      'Install the new Microsoft Edge, which replaced this version; Windows Update normally does it for you.',
    ],
    links: [L.edge],
    source: 'reference: Edge Legacy 12-18 on. EdgeHTML uses Schannel and the Internet Options protocol settings.',
  },
  {
    id: 'edge',
    match: { family: ['edge'] },
    tls12: 'enabled',
    heading: ['Microsoft Edge {major}[ on {os_label}]', 'Microsoft Edge'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, SECURITY_SOFTWARE, NETWORK, POLICY],
    links: [],
    source: 'reference: Chromium Edge on.',
  },

  // ----- iPhone and iPad browsers (all use Apple's WebKit and TLS stack) ----------------------------------------
  {
    id: 'crios',
    match: { family: ['crios'], os: ['iOS'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ['Chrome[ {major}] on {os_label}', 'Chrome on iPhone or iPad'],
    summary: "Chrome on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.",
    steps: [IOS_CLOCK, 'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.', IOS_PROFILE],
    links: [],
    source: 'reference: iOS from 5; browsers on iOS use the system WebKit and TLS stack.',
  },
  {
    id: 'fxios',
    match: { family: ['fxios'], os: ['iOS'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ['Firefox[ {major}] on {os_label}', 'Firefox on iPhone or iPad'],
    summary: "Firefox on iPhone and iPad uses Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.",
    steps: [IOS_CLOCK, 'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.', IOS_PROFILE],
    links: [],
    source: 'reference: iOS from 5; browsers on iOS use the system WebKit and TLS stack.',
  },
  {
    id: 'ios-safari',
    match: { family: ['ios-safari'], os: ['iOS'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ['Safari[ {major}] on {os_label}', 'Safari on iPhone or iPad'],
    summary: 'Safari on iOS 5 and later supports TLS 1.2 and has it on, so Safari is probably not the cause.',
    steps: [IOS_CLOCK, 'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.', IOS_PROFILE],
    links: [],
    source: 'reference: iOS Safari on from iOS 5.',
  },
  {
    id: 'ipados-safari',
    match: { family: ['safari', 'ios-safari'], os: ['iPadOS'] },
    tls12: 'enabled',
    heading: ['Safari {major} on iPad', 'Safari on iPad'],
    summary: 'Safari on iPad supports TLS 1.2 and has it on, so Safari is probably not the cause.',
    steps: [IOS_CLOCK, 'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.', IOS_PROFILE],
    links: [],
    source: 'reference: iOS Safari on from iOS 5. iPads send a Mac UA only from iPadOS 13, so only Safari 13+ gets this alternate.',
  },
  {
    id: 'ios-browser',
    match: { family: ['ios-browser'], os: ['iOS'], osVersion: { min: '5' } },
    tls12: 'enabled',
    heading: ['{browser}[ {major}] on {os_label}'],
    summary: "Browsers on iPhone and iPad use Apple's web engine, which supports TLS 1.2 since iOS 5, so the browser is probably not the cause.",
    steps: [IOS_CLOCK, 'Turn off any VPN or content blocker for a moment and reload this page; on Wi-Fi at work or school, also try mobile data.', IOS_PROFILE],
    links: [],
    source: 'reference: iOS from 5; browsers on iOS use the system WebKit and TLS stack.',
  },

  // ----- Chrome and Chromium-based browsers ------------------------------------------------------------------
  {
    id: 'chrome-old',
    match: { family: ['chrome'], major: [null, 28] },
    tls12: 'unsupported',
    heading: ['{browser} {major}[ on {os_label}]'],
    summary: 'Chrome {major} is too old for TLS 1.2 (Chrome has had it since version 29 or 30).',
    steps: [
      'Update Chrome: open the Chrome menu and choose About Google Chrome (in newer versions under Help); on Android, update it in Google Play.',
      'If Chrome cannot update on this system, use another current browser, or a newer device.',
    ],
    links: [L.chrome],
    source: 'reference: Chrome on from 29 (some sources say 30).',
  },
  {
    id: 'chrome-29',
    match: [
      { family: ['chrome'], major: [29, 29] },
      { family: ['chromium-based'], chromium: [29, 29] },
    ],
    tls12: 'unknown',
    heading: ['{browser} {major}[ on {os_label}]'],
    summary: 'TLS 1.2 arrived in Chrome (and the browsers built on it) at version 29 or 30; sources disagree, so {browser} {major} may not connect.',
    steps: [
      'Update {browser} to its current version (in Chrome: menu > Help > About Google Chrome).',
      'If it cannot update on this system, use another current browser.',
    ],
    links: [L.chrome],
    source: 'reference: "on from 29 (some sources say 30)": sources conflict, so "unknown".',
  },
  {
    id: 'chrome',
    match: { family: ['chrome'], major: [30, null] },
    tls12: 'enabled',
    heading: ['{browser} {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, SECURITY_SOFTWARE, NETWORK, POLICY],
    links: [],
    source: 'reference: Chrome on from 29/30.',
  },
  {
    id: 'chromium-based-old',
    match: { family: ['chromium-based'], chromium: [null, 28] },
    tls12: 'unsupported',
    heading: ['{browser} {major}[ on {os_label}]', '{browser}[ on {os_label}]'],
    summary: '{browser}[ {major}] is built on an old version of Chromium ({chromium}) that cannot use TLS 1.2.',
    steps: ['Update {browser} to its current version, or install a current browser such as Chrome, Firefox or Microsoft Edge.'],
    links: CURRENT_BROWSERS,
    source: 'reference: Chrome row (Chromium-based browsers follow their Chromium version).',
  },
  {
    id: 'chromium-based',
    match: { family: ['chromium-based'], chromium: [30, null] },
    tls12: 'enabled',
    heading: ['{browser} {major}[ on {os_label}]', '{browser}[ on {os_label}]'],
    summary: '{browser} is built on Chromium {chromium}, which supports TLS 1.2 and has it on, so the browser itself is probably not the cause. Check these common causes.',
    steps: [CLOCK, SECURITY_SOFTWARE, NETWORK, POLICY],
    links: [],
    source: 'reference: Chrome row (Chromium-based browsers follow their Chromium version).',
  },
  {
    id: 'silk-legacy',
    match: { family: ['silk-legacy'] },
    tls12: 'unknown',
    heading: ['Amazon Silk {major}[ on {os_label}]', 'Amazon Silk'],
    summary: 'This older version of Amazon Silk may not support TLS 1.2.',
    steps: [
      "Update the tablet's software: look for System Updates in its Settings.",
      'If no update is offered, use a newer device or a computer.',
    ],
    links: [],
    source: 'Not in the reference: Silk before its Chromium-based versions (no "Chrome/" token) is unverified.',
  },

  // ----- Samsung Internet -----------------------------------------------------------------------------------
  {
    id: 'samsung-internet-old',
    match: { family: ['samsung-internet'], major: [null, 3] },
    tls12: 'unknown',
    heading: ['Samsung Internet {major}[ on {os_label}]'],
    summary: 'We cannot confirm that Samsung Internet {major} supports TLS 1.2 (version 4 and later do).',
    steps: ['Update Samsung Internet in the Galaxy Store or Google Play.', GET_CHROME_FIREFOX_ANDROID],
    links: [L.samsungPlay, L.chromePlay],
    source: 'reference: Samsung Internet 4+ on; nothing is stated for older versions.',
  },
  {
    id: 'samsung-internet',
    match: { family: ['samsung-internet'] },
    tls12: 'enabled',
    heading: ['Samsung Internet {major}[ on {os_label}]', 'Samsung Internet[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, MOBILE_NETWORK, POLICY],
    links: [],
    source: 'reference: Samsung Internet 4+ on.',
  },

  // ----- Opera ------------------------------------------------------------------------------------------------
  {
    id: 'opera-presto-old',
    match: { family: ['opera-presto'], major: [null, 9] },
    tls12: 'unsupported',
    heading: ['Opera {version}[ on {os_label}]'],
    summary: 'Opera {version} cannot use TLS 1.2 (Opera added it in version 10).',
    steps: ['Install the current Opera, or another current browser such as Firefox or Chrome.'],
    links: [L.opera, L.firefox],
    source: 'caniuse tls1-2: Opera 9-9.6 no, 10-12.1 disabled by default. Opera 9 is below the reference rows.',
  },
  {
    id: 'opera-presto',
    match: { family: ['opera-presto'], major: [10, 12] },
    tls12: 'off-by-default',
    heading: ['Opera {version}[ on {os_label}]'],
    summary: 'Opera {version} can use TLS 1.2, but it is turned off.',
    steps: [
      'Open Preferences: Opera menu (or Tools) > Settings > Preferences, or press Ctrl+F12 (on a Mac: Opera > Preferences).',
      'Open the Advanced tab, choose Security on the left and click "Security Protocols...".',
      'Tick "Enable TLS 1.2" (and "Enable TLS 1.1"), click OK twice and reload this page.',
      'Or type opera:config in the address bar, search for TLS, tick "Enable TLS v1.2", click Save and reload this page.',
      'Better: install the current Opera, which has TLS 1.2 on.',
    ],
    links: [L.opera],
    source: 'reference: Opera Presto 10-12.1x off by default. 12.18 is "verify" there and is treated like 12.1x: the steps are harmless if it is already on.',
  },
  {
    id: 'opera-mobile-old',
    match: { family: ['opera-mobile'], version: { below: '12.1' } },
    tls12: 'unsupported',
    heading: ['Opera Mobile {version}[ on {os_label}]'],
    summary: 'Opera Mobile {version} cannot use TLS 1.2.',
    steps: [
      'Install the current Opera, Chrome or Firefox from your app store and open this page there.',
      'If the phone cannot install them, use a newer phone, tablet or computer.',
    ],
    links: [L.opera],
    source: 'caniuse tls1-2 op_mob: 10-12 no, 12.1 yes. Opera Mobile is not in the reference table.',
  },
  {
    id: 'opera-mobile',
    match: { family: ['opera-mobile'] },
    tls12: 'enabled',
    heading: ['Opera Mobile {version}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, MOBILE_NETWORK, 'For lasting safety, install the current Opera, Chrome or Firefox from your app store.'],
    links: [L.opera],
    source: 'caniuse tls1-2 op_mob: 12.1 yes. Opera Mobile is not in the reference table.',
  },
  {
    id: 'opera-15',
    match: { family: ['opera'], major: [null, 15] },
    tls12: 'unsupported',
    heading: ['Opera {major}[ on {os_label}]'],
    summary: 'Opera {major} cannot use TLS 1.2; Opera 16 and later can.',
    steps: ['Update Opera: Opera menu > About Opera checks for updates. Or download the current Opera.'],
    links: [L.opera],
    source: 'reference: Opera 15 no, 16+ on.',
  },
  {
    id: 'opera',
    match: { family: ['opera'] },
    tls12: 'enabled',
    heading: ['Opera {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, SECURITY_SOFTWARE, NETWORK, POLICY],
    links: [],
    source: 'reference: Opera 16+ (Blink) on.',
  },

  // ----- UC Browser -------------------------------------------------------------------------------------------
  {
    id: 'uc-browser',
    match: { family: ['uc'] },
    tls12: 'unknown',
    heading: ['UC Browser {major}[ on {os_label}]', 'UC Browser[ on {os_label}]'],
    summary: "UC Browser can send pages through UC's own servers (speed or data-saving mode), so this test may have checked those servers rather than your device.",
    steps: [
      'In UC Browser, turn off speed mode or data saving in the settings, and reload this page.',
      'Or open this page in Chrome or Firefox.',
    ],
    links: [L.chromePlay, L.firefoxPlay],
    source: 'caniuse tls1-2: current UC for Android yes; its proxy modes make the result describe UC\'s servers. Not in the reference table.',
  },

  // ----- Firefox and other Gecko browsers ------------------------------------------------------------------
  {
    id: 'firefox-old',
    match: [
      { family: ['firefox'], major: [null, 23] },
      { family: ['gecko'], engineMajor: [null, 23] },
    ],
    tls12: 'unsupported',
    heading: ['{browser} {major}[ on {os_label}]', '{browser}[ on {os_label}]'],
    summary: '{browser}[ {major}] cannot use TLS 1.2 (Firefox added it in version 24).',
    steps: [
      'Update Firefox: open the menu and choose Help > About Firefox (very old versions: Help > Check for Updates). On Android, update it in Google Play. For other Mozilla-based browsers, install their current version or the current Firefox.',
      'On Windows XP or Vista the last Firefox is 52 ESR, on Mac OS X 10.6-10.8 it is 45 ESR: both can connect but no longer get security updates, so a newer system is the lasting fix.',
    ],
    links: [L.firefox],
    source: 'reference: Firefox < 24 impossible; NSS 3.15.1 (Gecko 24). Other Gecko browsers are judged by their Gecko version (rv:).',
  },
  {
    id: 'firefox-24-26',
    match: [
      { family: ['firefox'], major: [24, 26] },
      { family: ['gecko'], engineMajor: [24, 26] },
    ],
    tls12: 'off-by-default',
    heading: ['{browser} {major}[ on {os_label}]'],
    summary: '{browser} {major} can use TLS 1.2, but it is turned off.',
    steps: [
      'Type about:config in the address bar and press Enter. If a warning appears, accept it ("I\'ll be careful, I promise!").',
      'In the search box, type security.tls.version.max',
      'Double-click that line, change the value to 3 (which means TLS 1.2) and click OK.',
      'Reload this page.',
      'Better: update Firefox (menu > Help > About Firefox); version 27 and later have TLS 1.2 on.',
    ],
    links: [L.aboutConfig, L.firefox],
    source: 'reference: Firefox 24-26 off by default; about:config security.tls.version.max = 3 (mozillazine).',
  },
  {
    id: 'firefox-android',
    match: [
      { family: ['firefox'], major: [27, null], os: ['Android'] },
      { family: ['gecko'], engineMajor: [27, null], os: ['Android'] },
    ],
    tls12: 'enabled',
    heading: ['{browser} {major} on {os_label}'],
    summary: ENABLED_SUMMARY,
    steps: [CLOCK, MOBILE_NETWORK, POLICY],
    links: [],
    source: 'reference: Firefox 27+ on (Firefox brings its own TLS stack, also on Android).',
  },
  {
    id: 'firefox',
    match: [
      { family: ['firefox'], major: [27, null] },
      { family: ['gecko'], engineMajor: [27, null] },
    ],
    tls12: 'enabled',
    heading: ['{browser} {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [
      'Check that TLS 1.2 was not turned off: type about:config in the address bar and search for security.tls.version.max. Its value must be 3 or higher; if it was changed, right-click it and choose Reset.',
      CLOCK,
      SECURITY_SOFTWARE,
      NETWORK,
      POLICY,
    ],
    links: [],
    source: 'reference: Firefox 27+ on.',
  },

  // ----- Safari on Mac and Windows ------------------------------------------------------------------------
  {
    id: 'safari-old',
    match: { family: ['safari'], os: ['Mac OS'], major: [null, 6] },
    tls12: 'unsupported',
    heading: ['Safari {major}[ on {os_label}]', 'Safari[ on {os_label}]'],
    summary: 'Safari[ {major}] cannot use TLS 1.2; Safari 7 (OS X 10.9 Mavericks) and later can.',
    steps: [
      'Check which system your Mac has: Apple menu > About This Mac.',
      'If the Mac can run OS X 10.9 or later, update it (Apple menu > Software Update, or the App Store); Safari is updated with it.',
      'If it cannot: on Mac OS X 10.6 to 10.8, Firefox 45 ESR (the last version for those systems, no longer updated) can connect. On older systems, use a newer device.',
    ],
    links: [L.macUpdate, L.firefox45esr],
    source: 'reference: Safari on macOS on from Safari 7 (OS X 10.9); Safari 6 and older no. caniuse: 6.1 no.',
  },
  {
    id: 'safari',
    match: { family: ['safari'], os: ['Mac OS'], major: [7, null] },
    tls12: 'enabled',
    heading: ['Safari {major}[ on {os_label}]'],
    summary: ENABLED_SUMMARY,
    steps: [
      'Check that the date, time and time zone of this Mac are right (Apple menu > System Settings or System Preferences > Date & Time): a wrong clock breaks secure connections.',
      SECURITY_SOFTWARE,
      NETWORK,
      'If your employer manages this Mac, a profile or policy may filter secure connections: ask your IT department.',
    ],
    links: [],
    source: 'reference: Safari on macOS on from Safari 7.',
  },
  {
    id: 'safari-windows',
    match: { family: ['safari-windows'] },
    tls12: 'unsupported',
    heading: ['Safari {version} for Windows[ on {os_label}]', 'Safari for Windows'],
    summary: 'Apple stopped making Safari for Windows in 2012; its last version (5.1.7) cannot use TLS 1.2.',
    steps: ['Install a current browser such as Microsoft Edge, Chrome or Firefox, and stop using Safari for Windows.'],
    links: CURRENT_BROWSERS,
    source: 'Not in the reference table: Safari for Windows ended at 5.1.7 (2012); Apple clients gained TLS 1.2 only with iOS 5 / OS X 10.9, and Safari 5-6 are "no" (reference, caniuse).',
  },

  // ----- Android stock browser ----------------------------------------------------------------------------
  {
    id: 'android-stock-old',
    match: { family: ['android-browser'], os: ['Android'], osVersion: { below: '4.4' } },
    tls12: 'unsupported',
    heading: ['The built-in Android browser on {os_label}', 'The built-in Android browser'],
    summary: 'The built-in browser of Android 4.3 and older cannot use TLS 1.2, and no setting changes that.',
    steps: [GET_CHROME_FIREFOX_ANDROID, 'If Google Play does not offer them for this phone (Android 2.x and other very old phones), use a newer phone, tablet or computer.'],
    links: [L.chromePlay, L.firefoxPlay],
    source: 'reference: Android stock browser 2.x-4.3 no; install current Chrome or Firefox for Android.',
  },
  {
    id: 'android-stock-4.4',
    match: { family: ['android-browser'], os: ['Android'], osVersion: { min: '4.4', below: '4.5' } },
    tls12: 'unknown',
    heading: ['The built-in Android browser on {os_label}', 'The built-in Android browser'],
    summary: 'The built-in browser of Android 4.4 may or may not use TLS 1.2: it depends on the phone maker.',
    steps: [
      GET_CHROME_FIREFOX_ANDROID,
      'Check for a system update: Settings > About phone > System updates (the names vary by phone maker).',
    ],
    links: [L.chromePlay, L.firefoxPlay],
    source: 'reference: Android 4.4.x sources conflict (device dependent; ssllabs-scan#258), so "unknown" and the safe step.',
  },

  // ----- BlackBerry, Nokia ------------------------------------------------------------------------------------
  {
    id: 'blackberry-old',
    match: { family: ['blackberry'], os: ['BlackBerry'], osVersion: { below: '10' } },
    tls12: 'unsupported',
    heading: ['The BlackBerry browser on {os_label}', 'The BlackBerry browser'],
    summary: 'The browser of BlackBerry OS 7 and older cannot use TLS 1.2, and these phones get no more updates.',
    steps: [NEWER_DEVICE],
    links: [],
    source: 'caniuse tls1-2: BlackBerry Browser 7 no, 10 yes. Not in the reference table.',
  },
  {
    id: 'blackberry-10',
    match: { family: ['blackberry'], os: ['BlackBerry'], osVersion: { min: '10' } },
    tls12: 'enabled',
    heading: ['The BlackBerry browser on {os_label}'],
    summary: 'The BlackBerry 10 browser supports TLS 1.2, so the browser itself is probably not the cause.',
    steps: [CLOCK, MOBILE_NETWORK, 'BlackBerry 10 no longer gets updates: for lasting safety, use a newer phone.'],
    links: [],
    source: 'caniuse tls1-2: BlackBerry Browser 10 yes. Not in the reference table.',
  },
  {
    id: 'nokia',
    match: { family: ['nokia'] },
    tls12: 'unknown',
    heading: ['{browser} on {os_label}', 'A Nokia phone browser'],
    summary: 'The browsers of Symbian, Series 40 and MeeGo phones are very old and most likely cannot use TLS 1.2; these phones get no more updates.',
    steps: [NEWER_DEVICE],
    links: [],
    source: 'No source states their support; "unknown", and the only safe step is a newer device.',
  },

  // ----- Anything else --------------------------------------------------------------------------------------
  {
    id: 'generic',
    match: {},
    tls12: 'unknown',
    heading: ['{browser}[ {major}][ on {os_label}]', 'Your browser on {os_label}', 'Your browser'],
    summary: 'We could not recognise this browser well enough to give exact steps.',
    steps: [
      'Update your browser to its current version, or open this page in a current browser such as Chrome, Firefox, Microsoft Edge or Safari.',
      "Update your device's system (Windows Update; Software Update on Mac, iPhone and iPad; System update on Android).",
      CLOCK,
      'At work or school, a proxy or web filter can block the test: try another network or ask your IT department.',
    ],
    links: CURRENT_BROWSERS,
    source: 'Generic fallback for clients the reference does not cover.',
  },
];
