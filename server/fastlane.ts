/**
 * The fast lane: the few requests every visitor makes (the probe image on each TLS policy, the static assets, the
 * test page) answered before Fastify's router, hooks and reply objects, with headers prepared once. Everything
 * else, and anything unusual about these (another method, a different path spelling, a probe policy asking for an
 * asset), is Fastify's.
 *
 * The lane decides; two front ends write: server/http1.ts on connections it reads itself (most of them), and
 * withFastLane() below on requests Node's HTTP parser has read (connections handed over to Node).
 *
 * What the Fastify app does for every answer is done here too, from the same sources: the security headers
 * (plugins/headers.ts), the URL length limit (plugins/errors.ts), the probe policies' path rule (app.ts), the
 * probe's bookkeeping (routes/probe.ts), the request counter (metrics), Connection: close while shutting down and
 * the access log line (server.ts hooks, logger.ts). Requests with a body are left to Fastify. A check added to
 * every request as a Fastify hook must be added here as well.
 * The answers are the Fastify routes' answers byte for byte (test/fastlane.test.ts compares them).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type net from 'node:net';
import type { TLSSocket } from 'node:tls';
import { assetAnswer, type Asset } from './assets.js';
import type { AppContext } from './context.js';
import { preparedAccessLine, type AccessLine, type Logger } from './logger.js';
import { SECURITY_HEADERS } from './plugins/headers.js';
import { PROBE_GIF, PROBE_HEADERS, rememberProbe } from './routes/probe.js';
import { pageLanguage, TEST_PAGE_HEADERS, testPageCache, type TestPage } from './routes/testpage.js';
import { connectionFacts } from './tls/connections.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FastLaneOptions {
  ctx: AppContext;
  listener: 'http' | 'https';
  logger: Logger;
  assets: ReadonlyMap<string, Asset>;
}

/** What the lane needs of a request: Node's IncomingMessage has it, and so has server/http1.ts's own parse. */
export interface LaneRequest {
  method?: string | undefined;
  url?: string | undefined;
  /** Lower-case names. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  socket: net.Socket;
}

export interface LaneAnswer {
  status: 200 | 304;
  /** Flat [name, value, ...] list, the same array for the same answer (callers may cache by identity); no Connection. */
  headers: readonly string[];
  /** null: no body (a 304). A HEAD request gets the GET's headers and no body: the writer leaves it out. */
  body: Buffer | null;
  /** The route, for the request counter and the access log. */
  route: string;
  /** Counts one answer in the request metrics (its series prepared once). */
  count: () => void;
  /** Writes its access-log line (prepared once), by request method. */
  access: Readonly<Record<'GET' | 'HEAD', AccessLine>>;
}

export interface FastLane {
  /** The lane's answer, or null when the request is Fastify's. Remembers a probe's hello as the route does. */
  answer(req: LaneRequest): LaneAnswer | null;
  /** What the Fastify hooks do after every answer: count it, log it. */
  answered(req: LaneRequest, answer: LaneAnswer, startMs: number): void;
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

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export function createFastLane(opts: FastLaneOptions): FastLane {
  const { ctx, listener } = opts;
  const log = opts.logger.child({ listener });
  const https = listener === 'https';
  const maxUrl = ctx.config.limits.maxUrlBytes;
  const pages = https ? null : testPageCache(ctx);

  const counter = (route: string, status: 200 | 304) => ctx.metrics.counter('httpRequests', { listener, route, status: String(status) });
  const access = (level: 'info' | 'debug', route: string, status: 200 | 304): LaneAnswer['access'] => ({
    GET: preparedAccessLine(log, level, listener, 'GET', route, status),
    HEAD: preparedAccessLine(log, level, listener, 'HEAD', route, status),
  });
  const probe: LaneAnswer = {
    status: 200,
    headers: flat(PROBE_HEADERS, { 'content-length': String(PROBE_GIF.length) }, SECURITY_HEADERS),
    body: PROBE_GIF,
    route: '/probe.gif',
    count: counter('/probe.gif', 200),
    // One line per probe only at debug: probes are most of the traffic and say little one by one.
    access: access('debug', '/probe.gif', 200),
  };
  // Every asset's two answers, prepared once (assetAnswer decides which).
  const assetAnswers = new Map<Asset, Record<200 | 304, LaneAnswer>>();
  for (const asset of opts.assets.values()) {
    const answers = [assetAnswer(asset, undefined, undefined), assetAnswer(asset, asset.etag, undefined)].map(
      (a): LaneAnswer => ({
        status: a.status,
        headers: flat(a.headers, SECURITY_HEADERS),
        body: a.body,
        route: asset.urlPath,
        count: counter(asset.urlPath, a.status),
        access: access('info', asset.urlPath, a.status),
      }),
    );
    assetAnswers.set(asset, { 200: answers[0] as LaneAnswer, 304: answers[1] as LaneAnswer });
  }
  const { 'content-security-policy': _csp, ...pageSecurity } = SECURITY_HEADERS;
  const pageHeaders = flat(TEST_PAGE_HEADERS, pageSecurity);
  const pageCount = counter('/', 200);
  const pageAccess = access('info', '/', 200);
  const pageAnswers = new WeakMap<TestPage, LaneAnswer>();
  const pageAnswer = (page: TestPage): LaneAnswer => {
    let a = pageAnswers.get(page);
    if (!a) {
      a = {
        status: 200,
        headers: [...pageHeaders, 'content-security-policy', page.csp, 'content-length', String(page.body.length)],
        body: page.body,
        route: '/',
        count: pageCount,
        access: pageAccess,
      };
      pageAnswers.set(page, a);
    }
    return a;
  };

  const answer = (req: LaneRequest): LaneAnswer | null => {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return null;
    // A request that carries a body is Fastify's: it reads, limits and rejects bodies.
    const headers = req.headers;
    if (headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0')) return null;
    const url = req.url ?? '';
    // Over the URL limit: Fastify answers 414 (plugins/errors.ts).
    if (url.length > maxUrl) return null;
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);

    if (https && path === '/probe.gif') {
      // Every policy serves the probe; its hello is remembered under the page's run id.
      const id = queryParam(url, q, 'id');
      if (typeof id === 'string') rememberProbe(ctx, id, connectionFacts(req.socket as TLSSocket));
      return probe;
    }

    const asset = opts.assets.get(path);
    if (asset) {
      // The probe policies serve nothing but the probe and facts: Fastify answers them (404).
      if (https && (connectionFacts(req.socket as TLSSocket)?.policy ?? 'main') !== 'main') return null;
      const status = assetAnswer(asset, one(headers['if-none-match']), one(headers['if-modified-since'])).status;
      return (assetAnswers.get(asset) as Record<200 | 304, LaneAnswer>)[status];
    }

    if (pages && path === '/') {
      const lang = pageLanguage(ctx, one(headers['accept-language']), queryParam(url, q, 'lang'));
      return pageAnswer(pages.get(one(headers.host), one(headers['user-agent']) ?? '', lang));
    }
    return null;
  };

  const answered = (req: LaneRequest, a: LaneAnswer, start: number): void => {
    a.count();
    // The answer's path is the request's (the lane answers exact paths only), its query left out as logAccess does.
    a.access[req.method === 'HEAD' ? 'HEAD' : 'GET'](req.headers['user-agent'], performance.now() - start);
  };
  return { answer, answered };
}

/** Wrap Fastify's request handler so that the fast lane answers first where it can (requests Node's parser read). */
export function withFastLane(opts: FastLaneOptions, next: RequestHandler, lane: FastLane = createFastLane(opts)): RequestHandler {
  const { ctx } = opts;
  return (req, res) => {
    const start = performance.now();
    const a = lane.answer(req);
    if (!a) return next(req, res);
    // During a graceful shutdown answers say Connection: close (as the Fastify onSend hook does).
    res.writeHead(a.status, ctx.closing ? [...a.headers, 'connection', 'close'] : (a.headers as string[]));
    res.end(a.body ?? undefined);
    lane.answered(req, a, start);
  };
}

/**
 * Put the fast lane in front of a server that Fastify created itself (so that every server option Fastify applies
 * stays as it is): its 'request' listener becomes the fallback of the lane.
 */
export function installFastLane(server: Server, opts: FastLaneOptions, lane?: FastLane): void {
  const listeners = server.listeners('request') as RequestHandler[];
  if (listeners.length !== 1) throw new Error(`expected one request listener on the ${opts.listener} server, found ${listeners.length}`);
  server.removeAllListeners('request');
  server.on('request', withFastLane(opts, listeners[0] as RequestHandler, lane));
}
