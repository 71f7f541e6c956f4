/**
 * The HTTP test page. Everything the visitor needs is in the HTML itself: the steps for the detected browser
 * are rendered here by the server, so they are on the page even where the script breaks; the script only
 * probes the HTTPS listener and reveals the right block.
 */
import type { Advice, ClientInfo } from '../advice/types.js';
import { renderAdviceHtml } from '../advice/render.js';
import { esc, page } from './html.js';

export interface TestPageInput {
  /** Hostname the visitor used (for the no-script link); the script itself uses location.hostname. */
  hostname: string;
  httpsPort: number;
  timeoutMs: number;
  client: ClientInfo;
  advice: Advice;
  /** Steps for iPadOS, shown instead when a "Mac" turns out to have a touch screen. */
  alternate: Advice | null;
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
  const steps = renderAdviceHtml(input.advice);
  const alternate = input.alternate
    ? `<div id="steps-touch" class="hide">${renderAdviceHtml(input.alternate)}</div>`
    : '';
  const body = `
<div id="page">
<h1>Secure connection test</h1>
<p class="intro">Our services are switching to <strong>TLS 1.2 or newer</strong>, the current standard for
encrypting the connection between your browser and our servers. Browsers that cannot use it will no longer be able
to connect. This page checks your browser in a few seconds. It changes nothing on your computer.</p>
<div id="result" data-verdict="pending" data-https-port="${input.httpsPort}" data-timeout-ms="${input.timeoutMs}"
 role="status" aria-live="polite">
<div id="r-pending" class="box pending js-only"><p class="verdict"><span class="icon" aria-hidden="true">&hellip;</span>
Testing your browser&hellip; please wait.</p></div>
<div id="r-pass" class="box pass hide"><p class="verdict"><span class="icon" aria-hidden="true">&#10004;</span>
<strong>Pass:</strong> your browser connected securely with TLS 1.2 or newer.</p>
<p>You are ready: no action is needed. <a href="${esc(successUrl)}">See the details of your connection</a>.</p></div>
<div id="r-fail" class="box fail hide"><p class="verdict"><span class="icon" aria-hidden="true">&#10008;</span>
<strong>Fail:</strong> your browser could not connect securely with TLS 1.2 or newer.</p>
<p>After the switch you will not be able to use our services with this browser until you follow the steps below.</p></div>
<div id="r-unknown" class="box unknown hide"><p class="verdict"><span class="icon" aria-hidden="true">?</span>
<strong>Not finished:</strong> the test did not get an answer in time.</p>
<p>Something between your computer and our test server (a firewall, proxy or slow network) may be holding the
connection. Reload this page to try again. You can also open <a href="${esc(successUrl)}">this secure test link</a>:
if it shows &ldquo;Success&rdquo;, your browser is ready.</p></div>
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
<p class="small">This test connects to <span class="code">${esc(successUrl)}</span> with the same security settings
as our services. It sends nothing about you except what any web page request contains.</p>
<p class="small"><a href="/api-integrations">Testing an API integration?</a></p>
</div>`;
  return page({ title: 'Secure connection test (TLS 1.2)', body, scripts: ['/static/tlstest.js'] });
}
