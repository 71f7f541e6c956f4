/**
 * Tiny HTML helpers shared by every page. Pages are plain strings built once per request (or once at start
 * where nothing varies); all dynamic text goes through esc().
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for use in HTML element content and double- or single-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

export interface PageOptions {
  title: string;
  /** Inner HTML of <body>; the caller escapes what it puts in. */
  body: string;
  lang?: string;
  /** Extra external scripts (same origin only, never inline: the CSP forbids inline script). */
  scripts?: string[];
}

/**
 * A complete HTML page. Old-browser safe: HTML 4-era markup that also validates as HTML5, one same-origin
 * stylesheet, no inline script, no third-party asset.
 */
export function page(opts: PageOptions): string {
  const scripts = (opts.scripts ?? [])
    .map((src) => `<script type="text/javascript" src="${esc(src)}"></script>`)
    .join('');
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${esc(opts.lang ?? 'en')}">` +
    '<head><meta charset="utf-8">' +
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(opts.title)}</title>` +
    '<link rel="stylesheet" type="text/css" href="/static/tlstest.css">' +
    '</head><body><div id="page" role="main">' +
    opts.body +
    '</div>' +
    scripts +
    '</body></html>\n'
  );
}
