/**
 * The organisation's parts of the test page, from the site configuration: a header with logo and names, the
 * notice, the affected services, the schedule table and the support contact. Plain HTML 4-era markup (tables,
 * lists, no flexbox or grid) that IE 6 renders; every text goes through esc(). With the neutral defaults each
 * part is left out.
 */
import type { SiteConfig } from '../site.js';
import { esc } from './html.js';

/** `lang` for the organisation's own texts when they are in another language than the page's. */
function langAttr(site: SiteConfig, pageLang: string): string {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return primary(site.language) === primary(pageLang) ? '' : ` lang="${esc(site.language)}"`;
}

export function renderSiteHeader(site: SiteConfig): string {
  if (!site.organisation && !site.product && !site.logo) return '';
  const logo = site.logo
    ? `<img id="site-logo" src="${esc(site.logo.url)}" height="${site.logo.height}" alt="${esc(site.organisation ?? site.product ?? 'Logo')}">`
    : '';
  const names = [
    site.organisation ? `<strong id="site-organisation">${esc(site.organisation)}</strong>` : '',
    site.product ? `<span id="site-product">${esc(site.product)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<p id="site-header">${logo}${names ? ` ${names}` : ''}</p>`;
}

export function renderSiteNotice(site: SiteConfig, pageLang = 'en'): string {
  if (!site.notice) return '';
  const paragraphs = site.notice
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<div id="site-notice" class="box unknown"${langAttr(site, pageLang)}>${paragraphs}</div>`;
}

export function renderSiteSections(site: SiteConfig, pageLang = 'en'): string {
  const parts: string[] = [];
  if (site.services.length > 0) {
    const items = site.services
      .map((s) => `<li>${esc(s.name)}${s.address ? ` <span class="code">${esc(s.address)}</span>` : ''}</li>`)
      .join('');
    parts.push(`<div id="site-services"${langAttr(site, pageLang)}><h2>Services this change affects</h2><ul>${items}</ul></div>`);
  }
  if (site.schedule.length > 0) {
    const hasNotes = site.schedule.some((e) => e.note);
    const rows = site.schedule
      .map(
        (e) =>
          `<tr><td>${esc(e.environment)}</td><td>${esc(e.date)}</td>${hasNotes ? `<td>${esc(e.note ?? '')}</td>` : ''}</tr>`,
      )
      .join('');
    parts.push(
      `<div id="site-schedule-box"><h2>When older protocols are switched off</h2>` +
        `<table id="site-schedule" class="facts"${langAttr(site, pageLang)}><tr><th scope="col">Environment</th><th scope="col">Date</th>` +
        `${hasNotes ? '<th scope="col">Note</th>' : ''}</tr>${rows}</table></div>`,
    );
  }
  const s = site.support;
  if (s.url || s.phone || s.email || s.hours) {
    const rows = [
      s.phone ? `<tr><th scope="row">Phone</th><td id="support-phone">${esc(s.phone)}</td></tr>` : '',
      s.hours ? `<tr><th scope="row">Hours</th><td id="support-hours">${esc(s.hours)}</td></tr>` : '',
      s.email ? `<tr><th scope="row">E-mail</th><td><a id="support-email" href="mailto:${esc(s.email)}">${esc(s.email)}</a></td></tr>` : '',
      s.url ? `<tr><th scope="row">Web</th><td><a id="support-url" href="${esc(s.url)}">${esc(s.url)}</a></td></tr>` : '',
    ].join('');
    parts.push(
      `<div id="site-support"><h2>Need help?</h2><p>${site.organisation ? `${esc(site.organisation)} support` : 'Our support team'} can help you with these steps.</p>` +
        `<table class="facts">${rows}</table></div>`,
    );
  }
  return parts.join('\n');
}
