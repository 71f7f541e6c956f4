/**
 * The HTTP test page. Everything the visitor needs is in the HTML itself: the steps for the detected browser
 * are rendered here by the server, so they are on the page even where the script breaks; the script only
 * probes the HTTPS listeners, shows progress, and reveals the block of the verdict the server diagnoses.
 * All visitor-facing text comes from the message catalogues (server/i18n).
 */
import type { Advice, ClientInfo } from '../advice/types.js';
import { renderAdviceHtml } from '../advice/render.js';
import { LANGUAGES, LANG_TAG, t, type Lang, type MessageKey } from '../i18n/index.js';
import type { SiteConfig } from '../site.js';
import { esc, page } from './html.js';
import { renderSiteHeader, renderSiteNotice, renderSiteSections } from './site.js';

export type ProbeName = 'policy' | 'legacy' | 'tls10' | 'tls11' | 'tls12' | 'tls13';
const PROBE_NAMES: readonly ProbeName[] = ['policy', 'legacy', 'tls10', 'tls11', 'tls12', 'tls13'];
const MATRIX: ReadonlyArray<[ProbeName, string]> = [
  ['tls10', 'TLS 1.0'],
  ['tls11', 'TLS 1.1'],
  ['tls12', 'TLS 1.2'],
  ['tls13', 'TLS 1.3'],
];
const BLOCKED_STEPS: readonly MessageKey[] = ['test.blocked.step1', 'test.blocked.step2', 'test.blocked.step3', 'test.blocked.step4'];

export interface TestPageInput {
  lang: Lang;
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
  /** Extra HTML sections (already escaped) shown after the intro, e.g. the site's schedule. */
  siteSections?: string;
  /** The organisation's branding, notice, services, schedule and support contact (TLSTEST_CONFIG). */
  site?: SiteConfig;
  /** Where the page reports its verdict (counted in the metrics); none: no report. */
  beaconUrl?: string | null;
}

export function httpsOrigin(hostname: string, port: number): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return port === 443 ? `https://${host}` : `https://${host}:${port}`;
}

export function describeClient(lang: Lang, client: ClientInfo): string {
  const browser = [client.browser, client.browser_version].filter(Boolean).join(' ');
  const os = [client.os, client.os_version].filter(Boolean).join(' ');
  if (browser && os) return t(lang, 'test.steps.on', { browser, os });
  return browser || os || t(lang, 'test.steps.unidentified');
}

function verdictBox(id: string, cls: string, icon: string, label: string, text: string, more: string, hidden = true): string {
  return (
    `<div id="${id}" class="box ${cls}${hidden ? ' hide" hidden="hidden' : ''}"><p class="verdict"><span class="icon" aria-hidden="true">${icon}</span>` +
    `<strong>${esc(label)}</strong> ${esc(text)}</p>${more}</div>`
  );
}

/** Plain text with one {link} placeholder made into a link. */
function withLink(text: string, url: string): string {
  return esc(text).replace('{link}', `<a href="${esc(url)}">${esc(url)}</a>`);
}

/**
 * Links to the same page in every language. `keep` holds query parameters the links must carry along (the
 * /advice page keeps the pasted User-Agent).
 */
export function languageSwitcher(lang: Lang, keep: Readonly<Record<string, string>> = {}): string {
  const extra = Object.entries(keep)
    .map(([k, v]) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('');
  const links = LANGUAGES.map((l) =>
    l === lang
      ? `<strong lang="${LANG_TAG[l]}">${esc(t(l, 'lang.name'))}</strong>`
      : `<a href="${esc(`?lang=${l}${extra}`)}" lang="${LANG_TAG[l]}" hreflang="${LANG_TAG[l]}">${esc(t(l, 'lang.name'))}</a>`,
  ).join(' | ');
  return `<p id="languages" class="small">${esc(t(lang, 'lang.switch'))}: ${links}</p>`;
}

export function renderTestPage(input: TestPageInput): string {
  const { lang } = input;
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const min = input.minVersion;
  const successUrl = `${httpsOrigin(input.hostname, input.httpsPort)}/`;
  const probeAttributes = PROBE_NAMES.filter((n) => input.probes[n])
    .map((n) => `data-probe-${n}="${esc(input.probes[n])}" data-label-${n}="${esc(tr(`test.probe.${n}`))}"`)
    .join(' ');
  const alternate = input.alternate
    ? `<div id="steps-touch" class="hide" hidden="hidden">${renderAdviceHtml(input.alternate)}</div>`
    : '';
  const matrixValues = (['yes', 'no', 'blocked', 'unknown'] as const)
    .map((v) => `data-${v}="${esc(tr(`test.matrix.${v}`))}"`)
    .join(' ');
  const site = input.site;
  const pageLang = LANG_TAG[lang];
  const beacon = input.beaconUrl ? ` data-beacon-url="${esc(input.beaconUrl)}"` : '';
  const body = `
${languageSwitcher(lang)}
${site ? renderSiteHeader(site) : ''}
<h1>${esc(tr('test.h1'))}</h1>
<div id="result" data-verdict="pending" data-lang="${lang}" data-timeout-ms="${input.timeoutMs}" data-diagnosis-url="/api/v1/diagnosis"${beacon}
 ${probeAttributes}>
<div id="r-pending" class="box pending js-only" hidden="hidden" data-checking="${esc(tr('test.progress.checking'))}"
 data-still="${esc(tr('test.progress.still'))}" data-analysing="${esc(tr('test.progress.analysing'))}">
<p class="verdict"><span class="icon" aria-hidden="true">&hellip;</span> ${esc(tr('test.pending'))}</p>
<p id="progress-text">&nbsp;</p>
<div class="bar" aria-hidden="true"><div id="bar-fill" class="bar-fill"></div></div></div>
${verdictBox('r-pass', 'pass', '&#10004;', tr('test.pass.label'), tr('test.pass.text', { min }),
  `<p>${esc(tr('test.pass.more'))} <a href="${esc(successUrl)}">${esc(tr('test.pass.details'))}</a></p>`)}
${verdictBox('r-fail-protocol', 'fail', '&#10008;', tr('test.failProtocol.label'), tr('test.failProtocol.text', { min }),
  `<p>${esc(tr('test.failProtocol.more', { min }))}</p>`)}
${verdictBox('r-fail-blocked', 'fail', '&#10008;', tr('test.failBlocked.label'), tr('test.failBlocked.text'),
  `<p>${esc(tr('test.failBlocked.more'))}</p><ol class="steps">${BLOCKED_STEPS.map((k) => `<li>${esc(tr(k))}</li>`).join('')}</ol>`)}
${verdictBox('r-unknown', 'unknown', '?', tr('test.unknown.label'), tr('test.unknown.text'),
  `<p>${withLink(tr('test.unknown.more'), successUrl)}</p>`)}
<div id="matrix" class="hide" hidden="hidden"><h2>${esc(tr('test.matrix.h2'))}</h2>
<table class="facts"><tr>${MATRIX.map(([, label]) => `<th scope="col">${label}</th>`).join('')}</tr>
<tr>${MATRIX.map(([name]) => `<td id="m-${name}" ${matrixValues}>-</td>`).join('')}</tr></table></div>
<div id="notes-box" class="hide" hidden="hidden"><ul id="notes"></ul></div>
<div id="summary-box" class="hide" hidden="hidden"><h2>${esc(tr('test.summary.h2'))}</h2>
<p>${esc(tr('test.summary.reference'))}: <strong id="reference" class="code"></strong></p>
<p class="small">${esc(tr('test.summary.help'))}</p>
<label for="summary-text" class="small">${esc(tr('test.summary.label'))}</label>
<textarea id="summary-text" rows="4" cols="60" readonly="readonly"></textarea>
<p class="js-only" hidden="hidden" id="copy-line"><button type="button" id="copy" class="hide" hidden="hidden">${esc(tr('test.summary.copy'))}</button>
<span id="copied" class="hide" hidden="hidden">${esc(tr('test.summary.copied'))}</span></p></div>
</div>
<p id="announce" class="visually-hidden" role="status" aria-live="polite"></p>
<p class="intro">${esc(tr('test.intro', { min }))}</p>
${site ? renderSiteNotice(site, pageLang) : ''}
${input.siteSections ?? ''}
${site ? renderSiteSections(site, pageLang) : ''}
<noscript><div class="box unknown"><p class="verdict"><strong>${esc(tr('test.noscript.text'))}</strong></p>
<p>${withLink(tr('test.noscript.more'), successUrl)}</p></div></noscript>
<div id="steps" class="steps-box">
<h2>${esc(tr('test.steps.h2'))}</h2>
<p class="small">${esc(tr('test.steps.for', { client: describeClient(lang, input.client) }))}</p>
<div id="steps-main">${renderAdviceHtml(input.advice)}</div>${alternate}
</div>
<p class="small">${esc(tr('test.footer', { url: successUrl })).replace(esc(successUrl), `<span class="code">${esc(successUrl)}</span>`)}</p>
<p class="small"><a href="/api-integrations">${esc(tr('test.api.link'))}</a></p>
`;
  const product = site?.product ?? site?.organisation;
  return page({ title: `${product ? `${product}: ` : ''}${tr('test.title', { min })}`, lang: pageLang, body, scripts: ['/static/tlstest.js'] });
}
