/** The HTTPS success page: says plainly that this very connection worked and how. */
import { LANG_TAG, t, type Lang } from '../i18n/index.js';
import { esc, page } from './html.js';

export interface SuccessPageInput {
  lang: Lang;
  protocol: string;
  cipher: string;
  testPageUrl: string;
  /** The service's minimum, in words: "TLS 1.2" or "TLS 1.3". */
  minVersion: string;
  /** The versions the service accepts and its policy preset, e.g. "TLS 1.2 – TLS 1.3 (intermediate)". */
  policy?: string;
}

export function renderSuccessPage(input: SuccessPageInput): string {
  const { lang } = input;
  const body = `
<h1>${esc(t(lang, 'success.h1'))}</h1>
<div id="result" class="box pass" data-verdict="pass"><p class="verdict"><span class="icon" aria-hidden="true">&#10004;</span>
<strong>${esc(t(lang, 'success.text'))}</strong></p>
<p>${esc(t(lang, 'success.more', { min: input.minVersion }))}</p></div>
<h2>${esc(t(lang, 'success.details'))}</h2>
<table class="facts">
<tr><th scope="row">${esc(t(lang, 'success.protocol'))}</th><td id="tls-protocol">${esc(input.protocol)}</td></tr>
<tr><th scope="row">${esc(t(lang, 'success.cipher'))}</th><td id="tls-cipher">${esc(input.cipher)}</td></tr>
${input.policy ? `<tr><th scope="row">${esc(t(lang, 'success.policy'))}</th><td id="tls-policy">${esc(input.policy)}</td></tr>` : ''}
</table>
<p><a href="${esc(input.testPageUrl)}">${esc(t(lang, 'success.back'))}</a></p>
`;
  return page({ title: t(lang, 'success.title'), lang: LANG_TAG[lang], body });
}
