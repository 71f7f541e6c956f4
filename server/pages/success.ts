/** The HTTPS success page: says plainly that this very connection worked and how. */
import { esc, page } from './html.js';

export interface SuccessPageInput {
  protocol: string;
  cipher: string;
  testPageUrl: string;
  /** The service's policy in words, e.g. "TLS 1.2 and TLS 1.3 (intermediate)". */
  policy?: string;
  /** The service's minimum in words: "TLS 1.2" or "TLS 1.3". */
  minVersion?: string;
}

export function renderSuccessPage(input: SuccessPageInput): string {
  const body = `
<div id="page">
<h1>Success</h1>
<div id="result" class="box pass" data-verdict="pass"><p class="verdict"><span class="icon" aria-hidden="true">&#10004;</span>
<strong>Your browser connected securely.</strong></p>
<p>It can use our services after the switch to ${esc(input.minVersion ?? 'TLS 1.2')} or newer: no action is needed.</p></div>
<h2>Details of this connection</h2>
<table class="facts">
<tr><th scope="row">Protocol</th><td id="tls-protocol">${esc(input.protocol)}</td></tr>
<tr><th scope="row">Cipher suite</th><td id="tls-cipher">${esc(input.cipher)}</td></tr>
${input.policy ? `<tr><th scope="row">This service accepts</th><td id="tls-policy">${esc(input.policy)}</td></tr>` : ''}
</table>
<p><a href="${esc(input.testPageUrl)}">Back to the test page</a></p>
</div>`;
  return page({ title: 'Success: secure connection (TLS)', body });
}
