/**
 * Advice routes:
 * - GET /api/v1/advice: JSON steps for resolution for a User-Agent (the `ua` query parameter, else the
 *   request's own User-Agent header).
 * - GET /advice: a page for support staff: paste a customer's User-Agent, read the same steps.
 * Both speak the language chosen by `?lang=` or Accept-Language (English by default); advice_id and tls12 are
 * the same in every language.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { adviceForUserAgent, renderAdviceHtml } from '../advice/index.js';
import type { Advice, ClientInfo } from '../advice/types.js';
import { LANG_TAG, negotiateLanguage, t, type Lang, type MessageKey } from '../i18n/index.js';
import { esc, page } from '../pages/html.js';
import { languageSwitcher } from '../pages/testpage.js';

/** Longest `ua` parameter accepted. Real User-Agents are far shorter; anything longer is a paste mistake. */
export const MAX_UA_PARAM = 2048;

const DEVICE_TYPES = ['desktop', 'mobile', 'tablet', 'smarttv', 'console', 'wearable', 'embedded'] as const;

type UaParam = { kind: 'absent' } | { kind: 'ok'; ua: string } | { kind: 'too-long' };

/** The `ua` query parameter: first value if repeated; blank counts as absent. */
function readUaParam(query: unknown): UaParam {
  const raw = query && typeof query === 'object' ? (query as Record<string, unknown>)['ua'] : undefined;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value.trim() === '') return { kind: 'absent' };
  if (value.length > MAX_UA_PARAM) return { kind: 'too-long' };
  return { kind: 'ok', ua: value };
}

function headerUa(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function requestLang(request: FastifyRequest): Lang {
  const query = request.query && typeof request.query === 'object' ? (request.query as Record<string, unknown>) : {};
  return negotiateLanguage(request.headers['accept-language'], query['lang']);
}

function publicAdvice(a: Advice) {
  return { advice_id: a.advice_id, tls12: a.tls12, heading: a.heading, summary: a.summary ?? '', steps: a.steps, links: a.links };
}

function publicClient(c: ClientInfo) {
  return {
    browser: c.browser,
    browser_version: c.browser_version,
    engine: c.engine,
    os: c.os,
    os_version: c.os_version,
    device_type: c.device_type,
  };
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store').header('Vary', 'User-Agent, Accept-Language');
}

/** The form keeps the chosen language in a hidden field, so a submitted User-Agent stays in that language. */
function form(ua: string, lang: Lang): string {
  return (
    '<form method="get" action="/advice" class="advice-form">' +
    `<p><label for="ua">${esc(t(lang, 'advice.label'))}</label><br>` +
    `<textarea id="ua" name="ua" rows="4" cols="80" maxlength="${MAX_UA_PARAM}">${esc(ua)}</textarea></p>` +
    `<p><input type="hidden" name="lang" value="${esc(lang)}"><input type="submit" value="${esc(t(lang, 'advice.submit'))}"></p>` +
    '</form>'
  );
}

function deviceWord(lang: Lang, device: string | null): string {
  if (!device) return t(lang, 'advice.unknown');
  return (DEVICE_TYPES as readonly string[]).includes(device) ? t(lang, `advice.device.${device}` as MessageKey) : device;
}

function clientTable(c: ClientInfo, a: Advice, lang: Lang): string {
  const unknown = t(lang, 'advice.unknown');
  const rows: Array<[string, string]> = [
    [t(lang, 'advice.row.kind'), t(lang, `advice.kind.${c.kind}`)],
    [t(lang, 'advice.row.browser'), [c.browser, c.browser_version].filter(Boolean).join(' ') || unknown],
    [t(lang, 'advice.row.system'), [c.os, c.os_version].filter(Boolean).join(' ') || unknown],
    [t(lang, 'advice.row.device'), deviceWord(lang, c.device_type)],
    [t(lang, 'advice.row.tls12'), t(lang, `advice.tls12.${a.tls12}`)],
    [t(lang, 'advice.row.advice'), a.advice_id],
  ];
  return (
    '<table class="advice-client"><tbody>' +
    rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('') +
    '</tbody></table>'
  );
}

export default async function adviceRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/v1/advice', async (request, reply) => {
    const param = readUaParam(request.query);
    const lang = requestLang(request);
    noStore(reply);
    if (param.kind === 'too-long') {
      return reply.code(400).send({ error: t(lang, 'advice.tooLong', { max: MAX_UA_PARAM }), max_length: MAX_UA_PARAM });
    }
    const ua = param.kind === 'ok' ? param.ua : headerUa(request.headers['user-agent']);
    const { client, advice, alternate } = adviceForUserAgent(ua, lang);
    return reply.send({
      lang,
      kind: client.kind,
      client: publicClient(client),
      ...publicAdvice(advice),
      alternate_touch_mac: alternate ? publicAdvice(alternate) : null,
    });
  });

  app.get('/advice', async (request, reply) => {
    const param = readUaParam(request.query);
    const lang = requestLang(request);
    noStore(reply).type('text/html; charset=utf-8');
    const title = t(lang, 'advice.title');
    const ua = param.kind === 'ok' ? param.ua : '';
    let body =
      languageSwitcher(lang, ua ? { ua } : {}) +
      `<h1>${esc(title)}</h1>` +
      `<p>${esc(t(lang, 'advice.intro'))}</p>`;

    if (param.kind === 'too-long') {
      body += `<p class="advice-error"><strong>${esc(t(lang, 'advice.tooLong', { max: MAX_UA_PARAM }))}</strong></p>` + form('', lang);
      return reply.code(400).send(page({ title, lang: LANG_TAG[lang], body }));
    }
    body += form(ua, lang);
    if (param.kind === 'ok') {
      const { client, advice, alternate } = adviceForUserAgent(ua, lang);
      body +=
        `<h2>${esc(t(lang, 'advice.result'))}</h2>` +
        clientTable(client, advice, lang) +
        '<div class="advice">' +
        renderAdviceHtml(advice) +
        '</div>';
      if (alternate) {
        body +=
          `<h2>${esc(t(lang, 'advice.ipad.h2'))}</h2>` +
          `<p>${esc(t(lang, 'advice.ipad.text'))}</p>` +
          '<div class="advice">' +
          renderAdviceHtml(alternate) +
          '</div>';
      }
    }
    return reply.send(page({ title, lang: LANG_TAG[lang], body }));
  });
}
