/**
 * The API integration guide (/api-integrations on both listeners): for the people who own an integration,
 * plain words first, developer details after. Plain HTML and CSS 2.1, no script, no inline style.
 */
import {
  OAUTH_TOKEN_ERROR,
  PATHS,
  READINESS_PREFIX,
  REST_INVALID_SESSION,
  SERVICES_BAD_REQUEST,
  SOAP_FAULT_CODE,
  SOAP_FAULT_STRING,
} from '../api/answers.js';
import { allSnippets, FAILURE_MESSAGES, RUNTIME_ADVICE, type Snippet } from '../api/guide-content.js';
import { esc, page } from './html.js';

export interface ApiGuideInput {
  /** HTTPS origin of the test host as integrations reach it, e.g. https://tls.example.com */
  origin: string;
  testPageUrl: string;
}

export const API_GUIDE_PATH = '/api-integrations';

/** Escape plain text and show `backticked` spans as code. */
export function inline(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

function addressTable(origin: string): string {
  const rows: Array<[string, string]> = [
    ['SOAP login (partner API)', `${origin}/services/Soap/u/<version>`],
    ['SOAP login (enterprise API)', `${origin}/services/Soap/c/<version>`],
    ['OAuth token', `${origin}${PATHS.oauthToken}`],
    ['REST data', `${origin}/services/data/v<version>/...`],
    ['Quick check for scripts', `${origin}${PATHS.readiness}`],
  ];
  return (
    '<table class="facts"><tr><th scope="col">What your integration calls</th><th scope="col">Address on this test host</th></tr>' +
    rows.map(([what, url]) => `<tr><td>${esc(what)}</td><td class="code">${esc(url)}</td></tr>`).join('') +
    '</table>'
  );
}

function passList(): string {
  const items: Array<[string, string, string]> = [
    ['SOAP login', '500', `a SOAP fault ${code(SOAP_FAULT_CODE)}: &ldquo;${esc(SOAP_FAULT_STRING)}&rdquo;`],
    ['OAuth token', String(OAUTH_TOKEN_ERROR.status), `an OAuth error: <span class="code">${esc(OAUTH_TOKEN_ERROR.body)}</span>`],
    ['REST data', String(REST_INVALID_SESSION.status), `<span class="code">${esc(REST_INVALID_SESSION.body)}</span>`],
    ['Any other address under /services/', String(SERVICES_BAD_REQUEST.status), 'Bad Request'],
    ['Quick check for scripts', '200', `one line such as ${code(`${READINESS_PREFIX} TLSv1.3 TLS_AES_256_GCM_SHA384`)}`],
  ];
  return (
    '<ul class="messages">' +
    items.map(([call, status, what]) => `<li><strong>${esc(call)}:</strong> HTTP ${esc(status)} and ${what}</li>`).join('') +
    '</ul>'
  );
}

function failureList(): string {
  return (
    '<ul class="messages">' +
    FAILURE_MESSAGES.map((m) => `<li>${esc(m.client)}: <span class="code">${esc(m.message)}</span></li>`).join('') +
    '</ul>'
  );
}

function runtimeSections(): string {
  return RUNTIME_ADVICE.map(
    (r) => `<h3 id="rt-${esc(r.id)}">${esc(r.name)}</h3><ul>${r.points.map((p) => `<li>${inline(p)}</li>`).join('')}</ul>`,
  ).join('\n');
}

function snippetSection(s: Snippet): string {
  return (
    `<h3 id="code-${esc(s.id)}">${esc(s.name)}</h3>` +
    `<p>${esc(s.run)}</p>` +
    `<pre><code>${esc(s.code.replace(/\n+$/, ''))}</code></pre>` +
    `<p class="small">A pass prints: ${esc(s.pass)}</p>`
  );
}

export function renderApiGuide(input: ApiGuideInput): string {
  const { origin } = input;
  const body = `
<div id="page" class="guide">
<h1>Testing an API integration</h1>
<p class="intro">Our services are switching to <strong>TLS 1.2 or newer</strong>. This affects not only browsers but
also programs that call our SOAP and REST APIs on their own: integrations written in Java, .NET, PHP, Python, scripts
and the like. Such a program can be checked before the switch by pointing it at this test host, which has the
security settings our services will have.</p>
<ul class="toc">
<li><a href="#how">How to test, in three steps</a></li>
<li><a href="#result">Reading the result</a></li>
<li><a href="#addresses">Addresses on this test host</a></li>
<li><a href="#fix">If the test fails: what to upgrade</a></li>
<li><a href="#code">Small test programs</a></li>
</ul>

<h2 id="how">How to test, in three steps</h2>
<ol class="steps">
<li>In the integration&rsquo;s settings, find the address of our API. Replace only its <strong>host name</strong>
with <span class="code">${esc(new URL(origin).host)}</span> and keep the rest of the address (the path) as it is.
The address must still start with <span class="code">https://</span>.
For example <span class="code">https://<em>our-usual-host</em>/services/Soap/u/59.0</span> becomes
<span class="code">${esc(origin + PATHS.soapPartner)}</span>.</li>
<li>Run the integration as usual: a login or a single API call is enough.</li>
<li>Look at what it reports, and compare with <a href="#result">the result</a> below. Then put the original
address back.</li>
</ol>
<p>This test host accepts no login and has no data, so your integration <strong>will</strong> report an error: that
is expected. What matters is <em>which</em> error. Bodies of requests (where credentials usually travel) are
discarded without being read as XML or stored. Each request is logged with its method, address path, TLS version and
the program&rsquo;s name (User-Agent), so that we can see which integrations have tested. If you can, test with a
test account rather than a real password.</p>
<p class="small">Change the host name in the integration&rsquo;s settings, not with a hosts-file entry that sends our
usual name to this host: the certificate would not match that name and you would get a certificate error instead of
a result.</p>

<h2 id="result">Reading the result</h2>
<div class="box pass"><p class="verdict"><span class="icon" aria-hidden="true">&#10004;</span><strong>Pass:</strong>
your integration got an answer from this host, even an error answer.</p>
<p>It connected with TLS 1.2 or newer and needs no change. The answers it can get:</p>
${passList()}
<p>Any other HTTP answer from this host to an <span class="code">https://</span> address (such as 404 or 405) is a
pass too: only a connection with TLS 1.2 or newer gets that far.</p></div>
<div class="box fail"><p class="verdict"><span class="icon" aria-hidden="true">&#10008;</span><strong>Fail:</strong>
your integration got no HTTP answer at all, and reports a TLS, SSL, handshake or protocol error.</p>
<p>It must be upgraded before the switch (see <a href="#fix">what to upgrade</a>). Typical messages:</p>
${failureList()}</div>
<div class="box unknown"><p class="verdict"><strong>Not a result yet</strong></p>
<ul>
<li>A time-out, &ldquo;connection refused&rdquo; or &ldquo;unknown host&rdquo;: the program did not reach this
host. Check the address and whether a firewall or proxy lets it through, then test again.</li>
<li>A certificate error (for example <span class="code">PKIX path building failed</span>,
<span class="code">CERTIFICATE_VERIFY_FAILED</span> or &ldquo;Could not establish trust relationship&rdquo;): the
program does not trust this host&rsquo;s certificate, or reached it under another name. Fix that first; it says
nothing about TLS 1.2 yet.</li>
<li>If your network inspects HTTPS traffic (a TLS-intercepting proxy or security software), the test checks that
device, not your program.</li>
</ul></div>

<h2 id="addresses">Addresses on this test host</h2>
<p>Any version number works, for example 32.0 or 59.0. These addresses answer on the secure (HTTPS) address of this
host only.</p>
${addressTable(origin)}
<p>The quick check is for scripts and monitoring: <span class="code">${esc(origin + PATHS.readiness)}</span> answers
one line of text starting with <span class="code">${esc(READINESS_PREFIX)}</span>, then the TLS version and cipher
suite of the connection.</p>

<h2 id="fix">If the test fails: what to upgrade</h2>
<p>TLS 1.2 is provided by the runtime or operating system the integration runs on, rather than by the integration
itself. Usually updating that runtime, or changing one setting, is enough.</p>
${runtimeSections()}

<h2 id="code">Small test programs</h2>
<p>For developers: each of these calls this test host and prints what it got. Run it on the same machine, with the
same runtime, as the integration.</p>
${allSnippets(origin).map(snippetSection).join('\n')}

<p><a href="${esc(input.testPageUrl)}">Back to the browser test page</a></p>
</div>`;
  return page({ title: 'Testing an API integration (TLS 1.2)', body });
}
