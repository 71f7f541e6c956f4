/**
 * The fast lane: the few requests every visitor makes (the probe image on each TLS policy, the static assets, the
 * test page) answered straight on Node's request and response, before Fastify's router, hooks and reply objects,
 * with headers prepared once at start. Everything else, and anything unusual about these (another method, a
 * different path spelling, a probe policy asking for an asset), falls through to Fastify unchanged.
 *
 * What the Fastify app does for every answer is done here too, from the same sources: the security headers
 * (plugins/headers.ts), the URL length limit (plugins/errors.ts), the probe policies' path rule (app.ts), the
 * probe's bookkeeping (routes/probe.ts), the request counter (metrics), Connection: close while shutting down and
 * the access log line (server.ts hooks, logger.ts). Requests with a body are left to Fastify. A check added to
 * every request as a Fastify hook must be added here as well.
 * The answers are the Fastify routes' answers byte for byte (test/fastlane.test.ts compares them).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { assetAnswer, type Asset } from './assets.js';
import type { AppContext } from './context.js';
import { logAccess, type Logger } from './logger.js';
import { SECURITY_HEADERS } from './plugins/headers.js';
import { PROBE_GIF, PROBE_HEADERS, rememberProbe } from './routes/probe.js';
import { pageLanguage, TEST_PAGE_HEADERS, testPageCache } from './routes/testpage.js';
import { connectionFacts } from './tls/connections.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FastLaneOptions {
  ctx: AppContext;
  listener: 'http' | 'https';
  logger: Logger;
  assets: ReadonlyMap<string, Asset>;
}

/** A flat [name, value, name, value...] header list for writeHead (the cheapest form Node accepts). */
function flat(...groups: Array<Readonly<Record<string, string>>>): string[] {
  const out: string[] = [];
  for (const g of groups) for (const [k, v] of Object.entries(g)) out.push(k, v);
  return out;
}

/**
 * The value of query parameter `name` in `url` (from `q`, the index of '?'): undefined when absent, null when
 * repeated (Fastify would see an array, which no route accepts as an id).
 */
export function queryParam(url: string, q: number, name: string): string | null | undefined {
  if (q < 0) return undefined;
  let found: string | undefined;
  const prefix = `${name}=`;
  for (const part of url.slice(q + 1).split('&')) {
    if (!part.startsWith(prefix)) continue;
    if (found !== undefined) return null;
    let value = part.slice(prefix.length);
    if (value.includes('%') || value.includes('+')) {
      try {
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        return null;
      }
    }
    found = value;
  }
  return found;
}

/** Wrap Fastify's request handler so that the fast lane answers first where it can. */
export function withFastLane(opts: FastLaneOptions, next: RequestHandler): RequestHandler {
  const lane = createFastLane(opts);
  return (req, res) => {
    if (!lane(req, res)) next(req, res);
  };
}

/**
 * Put the fast lane in front of a server that Fastify created itself (so that every server option Fastify applies
 * stays as it is): its 'request' listener becomes the fallback of the lane.
 */
export function installFastLane(server: Server, opts: FastLaneOptions): void {
  const listeners = server.listeners('request') as RequestHandler[];
  if (listeners.length !== 1) throw new Error(`expected one request listener on the ${opts.listener} server, found ${listeners.length}`);
  server.removeAllListeners('request');
  server.on('request', withFastLane(opts, listeners[0] as RequestHandler));
}

export function createFastLane(opts: FastLaneOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { ctx, listener } = opts;
  const log = opts.logger.child({ listener });
  const https = listener === 'https';
  const probeHeaders = flat(PROBE_HEADERS, { 'content-length': String(PROBE_GIF.length) }, SECURITY_HEADERS);
  const { 'content-security-policy': _csp, ...pageSecurity } = SECURITY_HEADERS;
  const pageHeaders = flat(TEST_PAGE_HEADERS, pageSecurity);
  const pages = https ? null : testPageCache(ctx);
  const maxUrl = ctx.config.limits.maxUrlBytes;

  /** What the Fastify hooks do after every answer: count it, log it. */
  const answered = (req: IncomingMessage, route: string, status: number, start: number, level: 'info' | 'debug') => {
    ctx.metrics.inc('httpRequests', { listener, route, status: String(status) });
    if (level === 'info' || log.isLevelEnabled(level)) logAccess(log, level, listener, req, status, performance.now() - start);
  };
  /** During a graceful shutdown answers say Connection: close (as the Fastify onSend hook does). */
  const closing = (headers: string[]) => (ctx.closing ? [...headers, 'connection', 'close'] : headers);

  return (req, res) => {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    // A request that carries a body is Fastify's: it reads, limits and rejects bodies.
    const headers = req.headers;
    if (headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0')) return false;
    const url = req.url ?? '';
    // Over the URL limit: Fastify answers 414 (plugins/errors.ts).
    if (url.length > maxUrl) return false;
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const start = performance.now();

    if (https && path === '/probe.gif') {
      // Every policy serves the probe; its hello is remembered under the page's run id.
      const id = queryParam(url, q, 'id');
      if (typeof id === 'string') rememberProbe(ctx, id, connectionFacts(req.socket as TLSSocket));
      res.writeHead(200, closing(probeHeaders));
      res.end(PROBE_GIF);
      // One line per probe only at debug: probes are most of the traffic and say little one by one.
      answered(req, '/probe.gif', 200, start, 'debug');
      return true;
    }

    const asset = opts.assets.get(path);
    if (asset) {
      // The probe policies serve nothing but the probe and facts: Fastify answers them (404).
      if (https && (connectionFacts(req.socket as TLSSocket)?.policy ?? 'main') !== 'main') return false;
      const answer = assetAnswer(asset, headers['if-none-match'], headers['if-modified-since']);
      res.writeHead(answer.status, closing(flat(answer.headers, SECURITY_HEADERS)));
      res.end(answer.body ?? undefined);
      answered(req, asset.urlPath, answer.status, start, 'info');
      return true;
    }

    if (pages && path === '/') {
      const lang = pageLanguage(ctx, headers['accept-language'], queryParam(url, q, 'lang'));
      const page = pages.get(headers.host, headers['user-agent'] ?? '', lang);
      res.writeHead(200, closing([...pageHeaders, 'content-security-policy', page.csp, 'content-length', String(page.body.length)]));
      res.end(page.body);
      answered(req, '/', 200, start, 'info');
      return true;
    }
    return false;
  };
}
