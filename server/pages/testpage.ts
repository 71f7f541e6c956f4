/**
 * The HTTP test page. Everything the visitor needs is in the HTML itself: the steps for the detected browser
 * are rendered here by the server, so they are on the page even where the script breaks; the script only
 * probes the HTTPS listener and reveals the right block.
 */
import type { Advice, ClientInfo } from '../advice/types.js';
import { renderAdviceHtml } from '../advice/render.js';
import { BLOCKED_STEPS } from '../advice/network-steps.js';
import type { SiteConfig } from '../site.js';
import { esc, page } from './html.js';
import { renderSiteHeader, renderSiteNotice, renderSiteSections } from './site.js';

export type ProbeName = 'policy' | 'legacy' | 'tls10' | 'tls11' | 'tls12' | 'tls13';
const MATRIX: ReadonlyArray<[ProbeName, string]> = [
  ['tls10', 'TLS 1.0'],
  ['tls11', 'TLS 1.1'],
  ['tls12', 'TLS 1.2'],
  ['tls13', 'TLS 1.3'],
];

export interface TestPageInput {
  /** Hostname the visitor used (for the no-script link and the probes). */
  hostname: string;
  httpsPort: number;
  /** Probe URLs by name: policy (the service's policy), legacy (control), tls10 ... tls13. */
  probes: Partial<Record<ProbeName, string>>;
  timeoutMs: number;
  client: ClientInfo;
  advice: Advice;
  /** The service's minimum, in words: "TLS 1.2" or "TLS 1.3". */
  minVersion: string;
  /** Steps for iPadOS, shown instead when a "Mac" turns out to have a touch screen. */
  alternate: Advice | null;
  /** The organisation's branding, notice, services, schedule and support contact (TLSTEST_CONFIG). */
  site?: SiteConfig;
  /** Where the page reports its verdict (counted in the metrics); none: no report. */
  beaconUrl?: string | null;
}

export function httpsOrigin(hostname: string, port: number): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return port === 443 ? `https://${host}` : `https://${host}:${port}`;
}

function describeClient(client: ClientInfo): string {
  const browser = [client.browser, client.browser_version].filter(Boolean).join(' ');
  const os = [client.os, client.os_version].filter(Boolean).join(' ');
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || 'a browser we could not identify';
}

export function renderTestPage(input: TestPageInput): string {
  const successUrl = `${httpsOrigin(input.hostname, input.httpsPort)}/`;
  const min = esc(input.minVersion);
  const probeAttributes = (Object.entries(input.probes) as Array<[ProbeName, string]>)
    .map(([name, url]) => `data-probe-${name}="${esc(url)}"`)
    .join(' ');
  const steps = renderAdviceHtml(input.advice);
  const alternate = input.alternate
    ? `<div id="steps-touch" class="hide">${renderAdviceHtml(input.alternate)}</div>`
    : '';
  const site = input.site;
  const beacon = input.beaconUrl ? ` data-beacon-url="${esc(input.beaconUrl)}"` : '';
  const body = `
<div id="page">
${site ? renderSiteHeader(site) : ''}
<h1>Secure connection test</h1>
<p class="intro">Our services are switching to <strong>${min} or newer</strong>, the current standard for
encrypting the connection between your browser and our servers. Browsers that cannot use it will no longer be able
to connect. This page checks your browser in a few seconds. It changes nothing on your computer.</p>
${site ? renderSiteNotice(site) : ''}
<div id="result" data-verdict="pending" data-timeout-ms="${input.timeoutMs}" data-diagnosis-url="/api/v1/diagnosis"${beacon}
${probeAttributes} role="status" aria-live="polite">
<div id="r-pending" class="box pending js-only"><p class="verdict"><span class="icon" aria-hidden="true">&hellip;</span>
Testing your browser&hellip; please wait.</p></div>
<div id="r-pass" class="box pass hide"><p class="verdict"><span class="icon" aria-hidden="true">&#10004;</span>
<strong>Pass:</strong> your browser connected securely with ${min} or newer.</p>
<p>You are ready: no action is needed. <a href="${esc(successUrl)}">See the details of your connection</a>.</p></div>
<div id="r-fail-protocol" class="box fail hide"><p class="verdict"><span class="icon" aria-hidden="true">&#10008;</span>
<strong>Fail:</strong> your browser could not connect securely with ${min} or newer.</p>
<p>It can still connect with an older, weaker protocol, so your browser is too old or has ${min} switched off.
After the switch you will not be able to use our services with this browser until you follow the steps below.</p></div>
<div id="r-fail-blocked" class="box fail hide"><p class="verdict"><span class="icon" aria-hidden="true">&#10008;</span>
<strong>Blocked:</strong> no secure connection to our test server worked, not even with older protocols.</p>
<p>So the cause is probably not your browser but something between it and us: a firewall or proxy, security
software, the computer's clock, or a certificate your computer does not trust. Try these steps:</p>
<ol class="steps">${BLOCKED_STEPS.map((s) => `<li>${esc(s)}</li>`).join('')}</ol></div>
<div id="r-unknown" class="box unknown hide"><p class="verdict"><span class="icon" aria-hidden="true">?</span>
<strong>Not finished:</strong> the test did not get an answer in time.</p>
<p>Something between your computer and our test server (a firewall, proxy or slow network) may be holding the
connection. Reload this page to try again. You can also open <a href="${esc(successUrl)}">this secure test link</a>:
if it shows &ldquo;Success&rdquo;, your browser is ready.</p></div>
<div id="matrix" class="hide"><h2>Protocols your browser can use</h2>
<table class="facts"><tr>${MATRIX.map(([, label]) => `<th scope="col">${label}</th>`).join('')}</tr>
<tr>${MATRIX.map(([name]) => `<td id="m-${name}" data-yes="Yes" data-no="No" data-blocked="Blocked">-</td>`).join('')}</tr></table></div>
<div id="notes-box" class="hide"><ul id="notes"></ul></div>
</div>
<noscript><div class="box unknown"><p class="verdict"><strong>Scripts are turned off</strong>, so this page cannot
test your browser by itself.</p>
<p>Open this link: <a href="${esc(successUrl)}">${esc(successUrl)}</a>. If it shows &ldquo;Success&rdquo;, your
browser is ready. If it shows an error instead, follow the steps below.</p></div></noscript>
<div id="steps" class="steps-box">
<h2>Steps for Resolution</h2>
<p class="small">For ${esc(describeClient(input.client))}, as your browser reports itself.</p>
<div id="steps-main">${steps}</div>${alternate}
</div>
${site ? renderSiteSections(site) : ''}
<p class="small">This test connects to <span class="code">${esc(successUrl)}</span> with the same security settings
as our services. It sends nothing about you except what any web page request contains.</p>
</div>`;
  const product = site?.product ?? site?.organisation;
  return page({ title: `${product ? `${product}: ` : ''}Secure connection test (${input.minVersion})`, body, scripts: ['/static/tlstest.js'] });
}
