/**
 * Advice routes:
 * - GET /api/v1/advice: JSON steps for resolution for a User-Agent (the `ua` query parameter, else the
 *   request's own User-Agent header).
 * - GET /advice: a page for support staff: paste a customer's User-Agent, read the same steps.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { adviceForUserAgent, renderAdviceHtml } from '../advice/index.js';
import type { Advice, ClientInfo, Tls12Capability } from '../advice/types.js';
import { esc, page } from '../pages/html.js';

/** Longest `ua` parameter accepted. Real User-Agents are far shorter; anything longer is a paste mistake. */
export const MAX_UA_PARAM = 2048;

const TOO_LONG = `The User-Agent is longer than ${MAX_UA_PARAM} characters. Paste only the User-Agent line.`;

const CAPABILITY_WORDS: Readonly<Record<Tls12Capability, string>> = {
  enabled: 'supported and on by default',
  'off-by-default': 'supported, but turned off by default',
  unsupported: 'not supported',
  unknown: 'unknown',
};

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
  return reply.header('Cache-Control', 'no-store');
}

function form(ua: string): string {
  return (
    '<form method="get" action="/advice" class="advice-form">' +
    '<p><label for="ua">Customer\'s User-Agent</label><br>' +
    `<textarea id="ua" name="ua" rows="4" cols="80" maxlength="${MAX_UA_PARAM}">${esc(ua)}</textarea></p>` +
    '<p><input type="submit" value="Show steps"></p>' +
    '</form>'
  );
}

function clientTable(c: ClientInfo, a: Advice): string {
  const rows: Array<[string, string]> = [
    ['Kind', c.kind],
    ['Browser', [c.browser, c.browser_version].filter(Boolean).join(' ') || 'unknown'],
    ['System', [c.os, c.os_version].filter(Boolean).join(' ') || 'unknown'],
    ['Device', c.device_type ?? 'unknown'],
    ['TLS 1.2', CAPABILITY_WORDS[a.tls12]],
    ['Advice', a.advice_id],
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
    noStore(reply);
    if (param.kind === 'too-long') {
      return reply.code(400).send({ error: TOO_LONG, max_length: MAX_UA_PARAM });
    }
    const ua = param.kind === 'ok' ? param.ua : headerUa(request.headers['user-agent']);
    const { client, advice, alternate } = adviceForUserAgent(ua);
    return reply.send({
      kind: client.kind,
      client: publicClient(client),
      ...publicAdvice(advice),
      alternate_touch_mac: alternate ? publicAdvice(alternate) : null,
    });
  });

  app.get('/advice', async (request, reply) => {
    const param = readUaParam(request.query);
    noStore(reply).type('text/html; charset=utf-8');
    const title = 'Steps for resolution by User-Agent';
    let body =
      `<h1>${esc(title)}</h1>` +
      '<p>Paste the User-Agent a customer reads from the test page to see the steps that page shows them.</p>';

    if (param.kind === 'too-long') {
      body += `<p class="advice-error"><strong>${esc(TOO_LONG)}</strong></p>` + form('');
      return reply.code(400).send(page({ title, body }));
    }
    const ua = param.kind === 'ok' ? param.ua : '';
    body += form(ua);
    if (param.kind === 'ok') {
      const { client, advice, alternate } = adviceForUserAgent(ua);
      body += '<h2>Result</h2>' + clientTable(client, advice) + '<div class="advice">' + renderAdviceHtml(advice) + '</div>';
      if (alternate) {
        body +=
          '<h2>If the customer is on an iPad</h2>' +
          '<p>iPads in desktop mode send this same Mac User-Agent; the test page then shows these steps instead.</p>' +
          '<div class="advice">' +
          renderAdviceHtml(alternate) +
          '</div>';
      }
    }
    return reply.send(page({ title, body }));
  });
}
