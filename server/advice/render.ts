/**
 * HTML fragment of one Advice, for the test page and the /advice page. Old-browser safe markup; every piece of
 * text is escaped.
 */
import { esc } from '../pages/html.js';
import type { Advice } from './types.js';

const SAFE_URL = /^https?:\/\/[^\s"'<>]+$/i;

/** `<h3>` heading, an optional summary paragraph, `<ol class="steps">` and a list of vendor links. */
export function renderAdviceHtml(advice: Advice): string {
  const heading = `<h3 class="advice-heading">${esc(advice.heading)}</h3>`;
  const summary = advice.summary ? `<p class="advice-summary">${esc(advice.summary)}</p>` : '';
  const steps = advice.steps.length
    ? `<ol class="steps">${advice.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`
    : '';
  const links = advice.links.filter((l) => SAFE_URL.test(l.url));
  const linkList = links.length
    ? `<ul class="advice-links">${links
        .map((l) => `<li><a href="${esc(l.url)}" rel="noopener noreferrer">${esc(l.label)}</a></li>`)
        .join('')}</ul>`
    : '';
  return heading + summary + steps + linkList;
}
